import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { describeRequestError, translateUserError, validateFields } from '../api/errors';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { session } from '../session/session';
import { RequestPasswordResetMutation } from './api';

/** `/forgot-password`: asks for a reset link. The answer never tells whether the address is registered. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('credentials.forgot.pageTitle'));
  const [params] = useSearchParams();
  const { client } = useSession();
  const networkSlug = params.get('network') ?? session.lastNetworkSlug() ?? '';
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const signInPath = networkSlug ? `/sign-in?network=${encodeURIComponent(networkSlug)}` : '/sign-in';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateFields(t, { email }, { email: 'email' });
    setError(invalid.email);
    setFormError(undefined);
    if (invalid.email) return;
    setSubmitting(true);
    const result = await client.mutation(RequestPasswordResetMutation, { input: { email: email.trim(), networkSlug: networkSlug || null } }).toPromise();
    setSubmitting(false);
    const payload = result.data?.requestPasswordReset;
    if (result.error || !payload) return setFormError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    const [firstError] = payload.errors;
    if (firstError) return setError(translateUserError(t, firstError));
    setSentTo(email.trim());
  };

  return (
    <CardPage>
      {sentTo ? (
        <Stack gap="md" role="status">
          <Title order={1} fz={24}>
            {t('credentials.forgot.sentTitle')}
          </Title>
          <Text>{t('credentials.forgot.sentBody', { email: sentTo })}</Text>
          <Anchor component={Link} to={signInPath}>
            {t('credentials.forgot.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} fz={24}>
                {t('credentials.forgot.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('credentials.forgot.intro')}
              </Text>
            </Stack>
            {formError && (
              <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
                {formError}
              </Alert>
            )}
            <TextInput
              label={t('credentials.forgot.email')}
              type="email"
              value={email}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                setError(undefined);
              }}
              error={error}
              required
              withAsterisk={false}
              autoComplete="username"
              inputMode="email"
              autoFocus
            />
            <Button type="submit" fullWidth loading={submitting}>
              {t('credentials.forgot.submit')}
            </Button>
            <Anchor component={Link} to={signInPath} size="sm" ta="center">
              {t('credentials.forgot.backToSignIn')}
            </Anchor>
          </Stack>
        </form>
      )}
    </CardPage>
  );
}
