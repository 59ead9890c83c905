import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Divider, PasswordInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { UserError } from '../api/documents';
import { describeRequestError, splitUserErrors, validateFields } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { LANGUAGE_STORAGE_KEY, type Language } from '../i18n';
import { JoinNetworkQuery, RegisterWithAnswersMutation, type RegistrationQuestion } from '../registration/api';
import { NetworkBrandingHeader } from '../registration/NetworkBrandingHeader';
import { answersInput, QuestionField, type AnswerValue } from '../registration/QuestionField';
import { useSession } from '../session/hooks';
import { session } from '../session/session';
import { SocialSignInButtons } from '../social/SocialSignInButtons';
import { InvitationNotice, useInvitationCode } from '../roles/JoinInvitation';
import { SocialSignupNotice, useSocialSignup } from '../social/SocialSignupNotice';

const FIELDS = ['displayName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
const ANSWER_FIELD = /^(?:input\.)?answers\.(.+)$/;

/**
 * The visitor's language unless they chose one or their browser speaks one we offer; otherwise
 * the network's own (a Japanese network's page is Japanese for, say, a Korean browser).
 */
function useNetworkLanguage(defaultLocale: string | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (defaultLocale !== 'ja' && defaultLocale !== 'en') return;
    let chosen: string | null;
    try {
      chosen = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    } catch {
      chosen = null; // storage disabled: no remembered choice
    }
    const fromUrl = new URLSearchParams(window.location.search).get('lang');
    const browserSpeaksOne = navigator.languages.some((l) => /^(ja|en)\b/i.test(l));
    if (chosen || fromUrl || browserSpeaksOne) return;
    if (i18n.resolvedLanguage !== defaultLocale) void i18n.changeLanguage(defaultLocale as Language);
  }, [defaultLocale, i18n]);
}

/** The registration page of one network: /join/:networkSlug, with its branding and questions. */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { networkSlug = '' } = useParams();
  const { client } = useSession();
  const invitation = useInvitationCode(networkSlug);
  const query = useQuery(JoinNetworkQuery, { slug: networkSlug });
  const network = query.data?.network ?? null;
  const networkName = network?.name ?? null;
  usePageTitle(networkName ? t('join.pageTitle', { network: networkName }) : null);
  useNetworkLanguage(network?.defaultLocale);

  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', password: '' });
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [answerErrors, setAnswerErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  /** The address a message went to: registering with a password continues from the link in it. */
  const [sentTo, setSentTo] = useState<string | null>(null);

  // Signing up through LINE (or another provider): what it shared prefills the form; no password.
  const signup = useSocialSignup();
  useEffect(() => {
    const details = signup.details;
    if (!details) return;
    setValues((current) => ({ ...current, displayName: current.displayName || details.displayName || '', email: current.email || details.email || '' }));
  }, [signup.details]);

  // An old address of the network: show the current one.
  useEffect(() => {
    if (network && network.slug !== networkSlug.trim().toLowerCase()) void navigate(`/join/${network.slug}`, { replace: true });
  }, [network, networkSlug, navigate]);

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };
  const answer = (questionId: string) => (value: AnswerValue) => {
    setAnswers((current) => ({ ...current, [questionId]: value }));
    setAnswerErrors((current) => ({ ...current, [questionId]: '' }));
  };

  /** An error about one answer, in the visitor's language, by its code and the question's kind. */
  const describeAnswerError = (error: UserError, question: RegistrationQuestion): string => {
    if (error.code === 'REQUIRED' || error.code === 'UNKNOWN_QUESTION') return t(`registration.join.answerErrors.${error.code}`);
    switch (question.kind) {
      case 'YEAR':
        return t('registration.join.answerErrors.year', { max: new Date().getFullYear() + 10 });
      case 'DATE':
        return t('registration.join.answerErrors.date');
      case 'SINGLE_CHOICE':
      case 'MULTIPLE_CHOICE':
        return t('registration.join.answerErrors.choice');
      case 'FREE_TEXT':
        return t('registration.join.answerErrors.text');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!network) return;
    const invalid = validateFields(
      t,
      values,
      signup.ticket ? { displayName: 'required', email: 'email' } : { displayName: 'required', email: 'email', password: 'required' },
    );
    setFieldErrors(invalid);
    setAnswerErrors({});
    setFormErrors([]);
    if (Object.keys(invalid).length > 0) return;

    setSubmitting(true);
    const input = {
      networkSlug: network.slug,
      displayName: values.displayName.trim(),
      email: values.email.trim(),
      ...(signup.ticket ? { socialSignupTicket: signup.ticket } : { password: values.password }),
      answers: answersInput(network.registrationQuestions, answers),
      ...(invitation.code ? { invitationCode: invitation.code } : {}),
    };
    const result = await client.mutation(RegisterWithAnswersMutation, { input }).toPromise();
    const payload = result.data?.register;
    setSubmitting(false);
    if (result.error || !payload) {
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    // The answer for every registration with a password, whether or not the address has an account.
    if (payload.errors.length === 1 && payload.errors[0]!.code === 'CHECK_YOUR_INBOX') {
      invitation.clear();
      setSentTo(input.email);
      return;
    }
    if (payload.errors.length > 0 || !payload.accessToken) {
      const byQuestion = new Map(network.registrationQuestions.map((q) => [q.id, q]));
      const perAnswer: Record<string, string> = {};
      const others: UserError[] = [];
      for (const error of payload.errors) {
        const question = byQuestion.get(ANSWER_FIELD.exec(error.field ?? '')?.[1] ?? '');
        if (question) perAnswer[question.id] ??= describeAnswerError(error, question);
        else if (ANSWER_FIELD.test(error.field ?? '')) others.push({ ...error, field: null });
        else others.push(error);
      }
      const split = splitUserErrors(t, others, FIELDS);
      setFieldErrors(split.fields);
      setAnswerErrors(perAnswer);
      const hasFieldErrors = Object.keys(split.fields).length > 0 || Object.keys(perAnswer).length > 0;
      setFormErrors(split.form.length > 0 || hasFieldErrors ? split.form : [t('errors.unexpected')]);
      if (payload.errors.some((e) => e.code === 'REGISTRATION_CLOSED')) query.refetch();
      return;
    }
    session.start(payload.accessToken, network.slug);
    invitation.clear();
    void navigate(payload.member?.status === 'APPROVED' ? '/' : '/pending', { replace: true });
  };

  if (query.fetching && !query.data) {
    return (
      <CardPage>
        <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton h={14} w="40%" />
          <Skeleton h={30} w="80%" />
          <Skeleton h={40} />
          <Skeleton h={40} />
          <Skeleton h={40} />
        </Stack>
      </CardPage>
    );
  }

  if (query.error) {
    return (
      <CardPage>
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} title={t('errors.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeRequestError(t, query.error)}</Text>
            <Button variant="light" color="red" size="xs" onClick={query.refetch}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      </CardPage>
    );
  }

  if (!network || !networkName) {
    return (
      <CardPage>
        <Stack gap="sm">
          <Title order={1} fz={24}>
            {t('join.networkNotFoundTitle')}
          </Title>
          <Text c="dimmed">{t('join.networkNotFound', { slug: networkSlug })}</Text>
        </Stack>
      </CardPage>
    );
  }

  const header = <NetworkBrandingHeader network={network} eyebrow={t('join.eyebrow')} title={t('join.title', { network: networkName })} />;
  const signInLink = (
    <Text size="sm" ta="center">
      {t('join.haveAccount')}{' '}
      <Anchor component={Link} to={`/sign-in?network=${encodeURIComponent(network.slug)}`}>
        {t('join.signInLink')}
      </Anchor>
    </Text>
  );

  if (sentTo) {
    return (
      <CardPage>
        <Stack gap="md" role="status" aria-live="polite" data-testid="join-check-inbox">
          {header}
          <Title order={2} fz={20}>
            {t('registration.join.checkInboxTitle')}
          </Title>
          <Text>{t('registration.join.checkInboxBody', { email: sentTo, network: networkName })}</Text>
          <Text size="sm" c="dimmed">
            {t('registration.join.checkInboxHint')}
          </Text>
        </Stack>
      </CardPage>
    );
  }

  if (!network.registrationOpen) {
    return (
      <CardPage>
        <Stack gap="md">
          {header}
          <Alert color="yellow" variant="light" icon={<AlertIcon size={20} />} title={t('registration.join.closedTitle')} role="status">
            {t('registration.join.closedBody', { network: networkName })}
          </Alert>
          {signInLink}
        </Stack>
      </CardPage>
    );
  }

  const color = network.primaryColor ?? undefined;
  const questions = network.registrationQuestions;
  return (
    <CardPage>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {header}
          <Text c="dimmed" size="sm">
            {t('join.subtitle')}
          </Text>

          {formErrors.length > 0 && (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
              {formErrors.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          )}

          <SocialSignupNotice signup={signup} />
          <InvitationNotice networkSlug={network.slug} code={invitation.code} onDismiss={invitation.clear} />
          {!signup.ticket && <SocialSignInButtons networkSlug={network.slug} intent="sign-up" />}
          <TextInput
            label={t('join.displayName')}
            description={t('join.displayNameHint')}
            value={values.displayName}
            onChange={(event) => change('displayName')(event.currentTarget.value)}
            error={fieldErrors.displayName}
            required
            withAsterisk={false}
            autoComplete="name"
          />
          <TextInput
            label={t('join.email')}
            type="email"
            value={values.email}
            onChange={(event) => change('email')(event.currentTarget.value)}
            error={fieldErrors.email}
            disabled={signup.details?.existingAccount}
            description={
              signup.details?.emailVerified && values.email.trim().toLowerCase() === signup.details.email
                ? t('social.signup.emailVerified', { provider: signup.details.providerName })
                : undefined
            }
            required
            withAsterisk={false}
            autoComplete="email"
            inputMode="email"
          />
          {!signup.ticket && (
            <PasswordInput
              label={t('join.password')}
              value={values.password}
              onChange={(event) => change('password')(event.currentTarget.value)}
              error={fieldErrors.password}
              required
              withAsterisk={false}
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            />
          )}

          {questions.length > 0 && (
            <Stack gap="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
              <Divider
                component="legend"
                w="100%"
                label={
                  <Text size="sm" fw={600}>
                    {t('registration.join.questionsTitle', { network: networkName })}
                  </Text>
                }
                labelPosition="left"
              />
              {questions.map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  value={answers[question.id]}
                  error={answerErrors[question.id] || undefined}
                  onChange={answer(question.id)}
                />
              ))}
            </Stack>
          )}

          <Button type="submit" fullWidth size="md" loading={submitting} color={color}>
            {t('join.submit')}
          </Button>
          {signInLink}
        </Stack>
      </form>
    </CardPage>
  );
}
