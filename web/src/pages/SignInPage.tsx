import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  ChooseSignInNetworkMutation,
  NetworkQuery,
  SignInMutation,
  SignInNetworkChoiceQuery,
  type AuthPayload,
  type SignInNetworkChoice,
} from '../api/documents';
import { describeRequestError, splitUserErrors, validateFields } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { NetworkChoice, rememberedNetwork } from '../session/NetworkChoice';
import { session } from '../session/session';
import { SocialSignInButtons } from '../social/SocialSignInButtons';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** The forgot-password page, keeping what was already typed. */
function forgotPasswordPath(networkSlug: string | null, email: string): string {
  const params = new URLSearchParams();
  if (networkSlug) params.set('network', networkSlug);
  if (email.trim()) params.set('email', email.trim());
  const query = params.toString();
  return query ? `/forgot-password?${query}` : '/forgot-password';
}

/**
 * `/sign-in`: e-mail and password (or LINE, Google, …) first, no network id to know. An account
 * with one network goes straight in; with several, the network used last on this device is taken
 * (with a way to choose another), or the person chooses among their networks by name.
 * `?network=<slug>` (from a network's join page) signs in to that network; `?choice=<ticket>` is
 * where a social sign-in lands when the account has several networks.
 */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { client, token, expired } = useSession();
  const from = (location.state as { from?: string } | null)?.from;
  const givenNetwork = params.get('network')?.trim() || null;
  const choiceTicket = params.get('choice');

  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [lastNetwork, setLastNetwork] = useState(() => session.lastNetworkSlug());
  const [choice, setChoice] = useState<SignInNetworkChoice | null>(null);
  const [choosing, setChoosing] = useState<string | null>(null);

  const shownNetwork = givenNetwork ?? lastNetwork;
  const network = useQuery(NetworkQuery, { slug: shownNetwork ?? '' }, { pause: !shownNetwork });
  const networkName = network.data?.network?.name;
  // The network's name names where this device signs in: asked again while it could not be loaded.
  const { error: networkError, data: networkData, refetch: refetchNetwork } = network;
  useEffect(() => {
    if (!networkError || networkData) return;
    const retry = window.setTimeout(refetchNetwork, 2000);
    return () => window.clearTimeout(retry);
  }, [networkError, networkData, refetchNetwork]);
  const socialChoice = useQuery(SignInNetworkChoiceQuery, { ticket: choiceTicket ?? '' }, { pause: !choiceTicket });

  const signedIn = (payload: AuthPayload) => {
    session.start(payload.accessToken!, payload.member?.network.slug);
    void navigate(payload.member?.status === 'PENDING' ? '/pending' : (from ?? '/'), { replace: true });
  };

  const showErrors = (errors: string[]) => {
    setSubmitting(false);
    setChoosing(null);
    setFormErrors(errors.length > 0 ? errors : [t('errors.unexpected')]);
  };

  const choose = async (ticket: string, networkSlug: string) => {
    setChoosing(networkSlug);
    setFormErrors([]);
    const result = await client.mutation(ChooseSignInNetworkMutation, { input: { ticket, networkSlug } }).toPromise();
    const payload = result.data?.chooseSignInNetwork;
    if (payload?.accessToken) return signedIn(payload);
    if (payload?.errors.some((error) => error.code === 'SIGN_IN_EXPIRED')) {
      setChoice(null);
      return showErrors([t('sessions.chooseNetwork.expired')]);
    }
    showErrors(result.error ? [describeRequestError(t, result.error)] : splitUserErrors(t, payload?.errors ?? [], FIELDS).form);
  };

  // The account has several networks: the one used last here, unless the person asked to choose.
  const offer = (offered: SignInNetworkChoice) => {
    const remembered = rememberedNetwork(offered);
    if (remembered) return choose(offered.ticket, remembered);
    setSubmitting(false);
    setChoice(offered);
  };

  const offeredBySocial = socialChoice.data?.signInNetworkChoice;
  useEffect(() => {
    if (offeredBySocial === null) setFormErrors([t('sessions.chooseNetwork.expired')]);
    else if (offeredBySocial) void offer(offeredBySocial);
    // Once per answer: `offer` is a new function on every render.
  }, [offeredBySocial]);

  if (token !== null && !submitting && choosing === null) return <Navigate to={from ?? '/'} replace />;

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const chooseAnother = () => {
    session.forgetNetworkSlug();
    setLastNetwork(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateFields(t, values, { email: 'email', password: 'required' });
    setFieldErrors(invalid);
    setFormErrors([]);
    if (Object.keys(invalid).length > 0) return;

    setSubmitting(true);
    const input = { email: values.email.trim(), password: values.password, ...(givenNetwork ? { networkSlug: givenNetwork } : {}) };
    const result = await client.mutation(SignInMutation, { input }).toPromise();
    const payload = result.data?.signIn;
    if (result.error || !payload) return showErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    if (payload.accessToken) return signedIn(payload);
    if (payload.networkChoice) return offer(payload.networkChoice);
    const split = splitUserErrors(t, payload.errors, FIELDS);
    setFieldErrors(split.fields);
    setSubmitting(false);
    setFormErrors(split.form.length > 0 || Object.keys(split.fields).length > 0 ? split.form : [t('errors.unexpected')]);
  };

  const errorAlert = formErrors.length > 0 && (
    <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
      {formErrors.map((message) => (
        <Text key={message} size="sm">
          {message}
        </Text>
      ))}
    </Alert>
  );

  if (choice) {
    return (
      <CardPage>
        <Stack gap="md">
          {errorAlert}
          <NetworkChoice choice={choice} choosing={choosing} onChoose={(slug) => void choose(choice.ticket, slug)} />
        </Stack>
      </CardPage>
    );
  }

  return (
    <CardPage>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} fz={26}>
              {t('signIn.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {givenNetwork && networkName ? t('signIn.networkFound', { name: networkName }) : t('signIn.subtitle')}
            </Text>
          </Stack>

          {expired && formErrors.length === 0 && (
            <Alert color="yellow" variant="light">
              {t('signIn.sessionExpired')}
            </Alert>
          )}
          {errorAlert}

          <SocialSignInButtons networkSlug={givenNetwork} intent="sign-in" />
          <TextInput
            label={t('signIn.email')}
            type="email"
            value={values.email}
            onChange={(event) => change('email')(event.currentTarget.value)}
            error={fieldErrors.email}
            required
            withAsterisk={false}
            autoComplete="username"
            inputMode="email"
          />
          <PasswordInput
            label={t('signIn.password')}
            value={values.password}
            onChange={(event) => change('password')(event.currentTarget.value)}
            error={fieldErrors.password}
            required
            withAsterisk={false}
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          />
          <Anchor component={Link} to={forgotPasswordPath(givenNetwork, values.email)} size="sm" mt={-8}>
            {t('credentials.forgot.link')}
          </Anchor>
          <Button type="submit" fullWidth size="md" loading={submitting || choosing !== null}>
            {t('signIn.submit')}
          </Button>
          {!givenNetwork && lastNetwork && networkName && (
            <Text size="sm" ta="center">
              {t('sessions.chooseNetwork.goingTo', { network: networkName })}{' '}
              <Anchor component="button" type="button" size="sm" onClick={chooseAnother}>
                {t('sessions.chooseNetwork.chooseAnother')}
              </Anchor>
            </Text>
          )}
          {givenNetwork && (
            <Stack gap={4} align="center">
              <Text size="sm" ta="center">
                {t('signIn.noAccount')}{' '}
                <Anchor component={Link} to={`/join/${encodeURIComponent(givenNetwork)}`}>
                  {t('signIn.joinLink', { network: networkName ?? givenNetwork })}
                </Anchor>
              </Text>
              <Anchor component={Link} to="/sign-in" size="sm">
                {t('sessions.chooseNetwork.otherNetwork')}
              </Anchor>
            </Stack>
          )}
        </Stack>
      </form>
    </CardPage>
  );
}
