import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { NetworkQuery, SignInMutation } from '../api/documents';
import { describeRequestError, splitUserErrors, validateFields } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { session } from '../session/session';
import { SocialSignInButtons } from '../social/SocialSignInButtons';

const FIELDS = ['networkSlug', 'email', 'password'] as const;

/** The forgot-password page, keeping what was already typed. */
function forgotPasswordPath(networkSlug: string, email: string): string {
  const params = new URLSearchParams();
  if (networkSlug.trim()) params.set('network', networkSlug.trim());
  if (email.trim()) params.set('email', email.trim());
  const query = params.toString();
  return query ? `/forgot-password?${query}` : '/forgot-password';
}
type Field = (typeof FIELDS)[number];

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.pageTitle'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const { client, token, expired } = useSession();
  const from = (location.state as { from?: string } | null)?.from;

  const [values, setValues] = useState<Record<Field, string>>(() => ({
    networkSlug: params.get('network') ?? session.lastNetworkSlug() ?? '',
    email: '',
    password: '',
  }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const [slug] = useDebouncedValue(values.networkSlug.trim(), 300);
  const network = useQuery(NetworkQuery, { slug }, { pause: !slug });
  const networkName = network.data?.network?.name;
  const networkUnknown = Boolean(slug) && network.data !== undefined && network.data.network === null;

  if (token !== null && !submitting) return <Navigate to={from ?? '/'} replace />;

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateFields(t, values, { networkSlug: 'required', email: 'email', password: 'required' });
    setFieldErrors(invalid);
    setFormErrors([]);
    if (Object.keys(invalid).length > 0) return;

    setSubmitting(true);
    const input = { networkSlug: values.networkSlug.trim(), email: values.email.trim(), password: values.password };
    const result = await client.mutation(SignInMutation, { input }).toPromise();
    const payload = result.data?.signIn;
    if (result.error || !payload) {
      setSubmitting(false);
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    if (payload.errors.length > 0 || !payload.accessToken) {
      setSubmitting(false);
      const split = splitUserErrors(t, payload.errors, FIELDS);
      setFieldErrors(split.fields);
      setFormErrors(split.form.length > 0 || Object.keys(split.fields).length > 0 ? split.form : [t('errors.unexpected')]);
      return;
    }
    const target = payload.member?.status === 'PENDING' ? '/pending' : (from ?? '/');
    session.start(payload.accessToken, input.networkSlug);
    void navigate(target, { replace: true });
  };

  const joinSlug = values.networkSlug.trim();
  return (
    <CardPage>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} fz={26}>
              {t('signIn.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {networkName ? t('signIn.networkFound', { name: networkName }) : t('signIn.subtitle')}
            </Text>
          </Stack>

          {expired && formErrors.length === 0 && (
            <Alert color="yellow" variant="light">
              {t('signIn.sessionExpired')}
            </Alert>
          )}
          {formErrors.length > 0 && (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
              {formErrors.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          )}

          <TextInput
            label={t('signIn.network')}
            description={networkUnknown ? t('signIn.networkUnknown', { slug }) : t('signIn.networkHint')}
            value={values.networkSlug}
            onChange={(event) => change('networkSlug')(event.currentTarget.value)}
            error={fieldErrors.networkSlug}
            required
            withAsterisk={false}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            autoComplete="organization"
          />
          <SocialSignInButtons networkSlug={values.networkSlug} intent="sign-in" />
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
          <Anchor component={Link} to={forgotPasswordPath(values.networkSlug, values.email)} size="sm" mt={-8}>
            {t('credentials.forgot.link')}
          </Anchor>
          <Button type="submit" fullWidth size="md" loading={submitting}>
            {t('signIn.submit')}
          </Button>
          {joinSlug && (
            <Text size="sm" ta="center">
              {t('signIn.noAccount')}{' '}
              <Anchor component={Link} to={`/join/${encodeURIComponent(joinSlug)}`}>
                {t('signIn.joinLink', { network: networkName ?? joinSlug })}
              </Anchor>
            </Text>
          )}
        </Stack>
      </form>
    </CardPage>
  );
}
