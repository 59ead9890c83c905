import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../api/errors';
import { ChangePasswordMutation } from '../credentials/api';
import { messagesByField } from '../credentials/errors';
import { FieldMessages, PasswordRules } from '../credentials/PasswordRules';
import { useSession } from '../session/hooks';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number] | 'confirmPassword';

const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** Account settings: changing the password (the current one is required; other devices are signed out). */
export function PasswordSection() {
  const { t } = useTranslation();
  const { client } = useSession();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string[]>> = {};
    if (!values.currentPassword) missing.currentPassword = [t('validation.required')];
    if (!values.newPassword) missing.newPassword = [t('validation.required')];
    else if (values.newPassword !== values.confirmPassword) missing.confirmPassword = [t('credentials.reset.mismatch')];
    setFieldErrors(missing);
    setFormErrors([]);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    const result = await client
      .mutation(ChangePasswordMutation, { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } })
      .toPromise();
    setBusy(false);
    const payload = result.data?.changePassword;
    if (result.error || !payload) return setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    if (!payload.passwordChanged) {
      const split = messagesByField(t, payload.errors, FIELDS);
      setFieldErrors(split.fields);
      return setFormErrors(split.form.length > 0 || Object.keys(split.fields).length > 0 ? split.form : [t('errors.unexpected')]);
    }
    setValues(EMPTY);
    setEditing(false);
    setChanged(true);
  };

  const errorOf = (field: Field) => (fieldErrors[field] ? <FieldMessages messages={fieldErrors[field]} /> : undefined);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-password-title">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="account-password-title">
            {t('credentials.passwordSection.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('credentials.passwordSection.description')}
          </Text>
        </Stack>
        {changed && (
          <Text size="sm" c="teal" role="status">
            {t('credentials.passwordSection.changed')}
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
              <PasswordInput
                label={t('credentials.passwordSection.currentPassword')}
                value={values.currentPassword}
                onChange={(event) => change('currentPassword')(event.currentTarget.value)}
                error={errorOf('currentPassword')}
                autoComplete="current-password"
                autoFocus
                visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
              />
              <PasswordInput
                label={t('credentials.passwordSection.newPassword')}
                description={<PasswordRules />}
                inputWrapperOrder={['label', 'input', 'error', 'description']}
                value={values.newPassword}
                onChange={(event) => change('newPassword')(event.currentTarget.value)}
                error={errorOf('newPassword')}
                autoComplete="new-password"
                visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
              />
              <PasswordInput
                label={t('credentials.passwordSection.confirmPassword')}
                value={values.confirmPassword}
                onChange={(event) => change('confirmPassword')(event.currentTarget.value)}
                error={errorOf('confirmPassword')}
                autoComplete="new-password"
                visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
              />
              <Group gap="sm">
                <Button type="submit" loading={busy}>
                  {t('credentials.passwordSection.submit')}
                </Button>
                <Button variant="subtle" onClick={() => (setEditing(false), setValues(EMPTY), setFieldErrors({}), setFormErrors([]))}>
                  {t('credentials.passwordSection.cancelForm')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button variant="light" onClick={() => (setEditing(true), setChanged(false))}>
              {t('credentials.passwordSection.change')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
