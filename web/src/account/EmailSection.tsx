import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRequestError, translateUserError, validateFields } from '../api/errors';
import { useQuery } from '../api/hooks';
import { PageLoader } from '../components/Page';
import { AccountEmailQuery, CancelEmailChangeMutation, ChangeEmailMutation, ResendVerificationEmailMutation } from '../credentials/api';
import { messagesByField } from '../credentials/errors';
import { FieldMessages } from '../credentials/PasswordRules';
import { useSession } from '../session/hooks';

const FIELDS = ['newEmail', 'currentPassword'] as const;
type Field = (typeof FIELDS)[number];

/** Account settings: the e-mail address, whether it is verified, and changing it (confirmed from the new address). */
export function EmailSection() {
  const { t } = useTranslation();
  const { client } = useSession();
  const { data, refetch } = useQuery(AccountEmailQuery, {});
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Record<Field, string>>({ newEmail: '', currentPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; failed?: boolean } | null>(null);

  const me = data?.me;
  if (!me) return <PageLoader />;

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateFields(t, values, { newEmail: 'email', currentPassword: 'required' });
    setFieldErrors(Object.fromEntries(Object.entries(invalid).map(([field, message]) => [field, [message]])));
    setFormErrors([]);
    if (Object.keys(invalid).length > 0) return;
    setBusy(true);
    const result = await client
      .mutation(ChangeEmailMutation, { input: { newEmail: values.newEmail.trim(), currentPassword: values.currentPassword } })
      .toPromise();
    setBusy(false);
    const payload = result.data?.changeEmail;
    if (result.error || !payload) return setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    if (payload.errors.length > 0) {
      const split = messagesByField(t, payload.errors, FIELDS);
      setFieldErrors(split.fields);
      return setFormErrors(split.form);
    }
    setEditing(false);
    setValues({ newEmail: '', currentPassword: '' });
    setNotice({ text: t('credentials.emailSection.sent', { email: payload.pendingEmail }) });
    refetch();
  };

  const cancelChange = async () => {
    setBusy(true);
    const result = await client.mutation(CancelEmailChangeMutation, {}).toPromise();
    setBusy(false);
    const error = result.data?.cancelEmailChange.errors[0];
    setNotice(error ? { text: translateUserError(t, error), failed: true } : { text: t('credentials.emailSection.cancelled') });
    refetch();
  };

  const resendVerification = async () => {
    setBusy(true);
    const result = await client.mutation(ResendVerificationEmailMutation, {}).toPromise();
    setBusy(false);
    const error = result.data?.resendVerificationEmail.errors[0];
    setNotice(error ? { text: translateUserError(t, error), failed: true } : { text: t('credentials.emailSection.resent') });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-email-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="account-email-title">
            {t('credentials.emailSection.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('credentials.emailSection.description')}
          </Text>
        </Stack>
        <Group gap="sm">
          <Text fw={500} data-testid="account-email">
            {me.email}
          </Text>
          <Badge color={me.emailVerified ? 'teal' : 'yellow'} variant="light">
            {me.emailVerified ? t('credentials.emailSection.verified') : t('credentials.emailSection.unverified')}
          </Badge>
          {me.emailVerified === false && (
            <Button size="xs" variant="subtle" onClick={() => void resendVerification()} disabled={busy}>
              {t('credentials.emailSection.resend')}
            </Button>
          )}
        </Group>
        {me.pendingEmail && (
          <Alert color="blue" variant="light" title={t('credentials.emailSection.pending', { email: me.pendingEmail })}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('credentials.emailSection.pendingHint')}</Text>
              <Button size="xs" variant="light" onClick={() => void cancelChange()} loading={busy}>
                {t('credentials.emailSection.cancel')}
              </Button>
            </Stack>
          </Alert>
        )}
        {notice && (
          <Text size="sm" c={notice.failed ? 'red' : 'teal'} role="status">
            {notice.text}
          </Text>
        )}
        {editing ? (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Stack gap="sm" maw={420}>
              {formErrors.length > 0 && (
                <Alert color="red" variant="light">
                  {formErrors.join(' ')}
                </Alert>
              )}
              <TextInput
                label={t('credentials.emailSection.newEmail')}
                type="email"
                value={values.newEmail}
                onChange={(event) => change('newEmail')(event.currentTarget.value)}
                error={fieldErrors.newEmail ? <FieldMessages messages={fieldErrors.newEmail} /> : undefined}
                autoComplete="email"
                inputMode="email"
                autoFocus
              />
              <PasswordInput
                label={t('credentials.emailSection.currentPassword')}
                value={values.currentPassword}
                onChange={(event) => change('currentPassword')(event.currentTarget.value)}
                error={fieldErrors.currentPassword ? <FieldMessages messages={fieldErrors.currentPassword} /> : undefined}
                autoComplete="current-password"
                visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
              />
              <Group gap="sm">
                <Button type="submit" loading={busy}>
                  {t('credentials.emailSection.submit')}
                </Button>
                <Button variant="subtle" onClick={() => setEditing(false)}>
                  {t('credentials.emailSection.cancelForm')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button variant="light" onClick={() => (setEditing(true), setNotice(null))}>
              {t('credentials.emailSection.change')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
