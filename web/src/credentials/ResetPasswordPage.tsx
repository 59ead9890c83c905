import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { describeRequestError } from '../api/errors';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { ResetPasswordMutation } from './api';
import { messagesByField } from './errors';
import { FieldMessages, PasswordRules } from './PasswordRules';
import { TokenOutcome } from './TokenOutcome';

const FIELDS = ['newPassword'] as const;

/** `/reset-password?token=…&network=…`: the link in the reset e-mail; choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('credentials.reset.pageTitle'));
  const [params] = useSearchParams();
  const { client } = useSession();
  const token = params.get('token')?.trim() ?? '';
  const [values, setValues] = useState({ newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<{ newPassword?: string[]; confirmPassword?: string; form: string[]; linkBroken: boolean }>({
    form: [],
    linkBroken: false,
  });
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState<{ networkSlug: string | null } | null>(null);
  const networkSlug = done?.networkSlug ?? params.get('network');
  const signInPath = networkSlug ? `/sign-in?network=${encodeURIComponent(networkSlug)}` : '/sign-in';
  const forgotPath = networkSlug ? `/forgot-password?network=${encodeURIComponent(networkSlug)}` : '/forgot-password';

  const change = (field: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.newPassword) return setErrors({ newPassword: [t('validation.required')], form: [], linkBroken: false });
    if (values.newPassword !== values.confirmPassword) {
      return setErrors({ confirmPassword: t('credentials.reset.mismatch'), form: [], linkBroken: false });
    }
    setSubmitting(true);
    const result = await client.mutation(ResetPasswordMutation, { input: { token, newPassword: values.newPassword } }).toPromise();
    setSubmitting(false);
    const payload = result.data?.resetPassword;
    if (result.error || !payload) {
      return setErrors({ form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')], linkBroken: false });
    }
    if (payload.passwordChanged) return setDone({ networkSlug: payload.networkSlug });
    const split = messagesByField(t, payload.errors, FIELDS);
    setErrors({ newPassword: split.fields.newPassword, form: split.form, linkBroken: payload.errors.some((e) => e.code.startsWith('TOKEN_')) });
  };

  if (done) {
    return (
      <CardPage>
        <TokenOutcome phase="done" working="" title={t('credentials.reset.doneTitle')} body={t('credentials.reset.doneBody')}>
          <Button component={Link} to={signInPath}>
            {t('credentials.reset.signIn')}
          </Button>
        </TokenOutcome>
      </CardPage>
    );
  }

  return (
    <CardPage>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Title order={1} fz={24}>
            {t('credentials.reset.title')}
          </Title>
          {errors.form.length > 0 && (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
              {errors.form.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
              {errors.linkBroken && (
                <Anchor component={Link} to={forgotPath} size="sm">
                  {t('credentials.reset.requestNew')}
                </Anchor>
              )}
            </Alert>
          )}
          <PasswordInput
            label={t('credentials.reset.newPassword')}
            description={<PasswordRules />}
            inputWrapperOrder={['label', 'input', 'error', 'description']}
            value={values.newPassword}
            onChange={(event) => change('newPassword')(event.currentTarget.value)}
            error={errors.newPassword ? <FieldMessages messages={errors.newPassword} /> : undefined}
            autoComplete="new-password"
            autoFocus
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          />
          <PasswordInput
            label={t('credentials.reset.confirmPassword')}
            value={values.confirmPassword}
            onChange={(event) => change('confirmPassword')(event.currentTarget.value)}
            error={errors.confirmPassword}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          />
          <Button type="submit" fullWidth loading={submitting}>
            {t('credentials.reset.submit')}
          </Button>
        </Stack>
      </form>
    </CardPage>
  );
}
