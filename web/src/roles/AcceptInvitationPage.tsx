import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { session } from '../session/session';
import { AcceptStaffInvitationMutation, StaffInvitationPreviewQuery } from './api';
import { fieldErrors, looseT, roleLabel } from './common';

const FIELDS = ['displayName', 'password'] as const;

/** /invitations/:token — the page an e-mailed staff invitation opens: accept it with a new or an existing account. */
export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const { client } = useSession();
  const preview = useQuery(StaffInvitationPreviewQuery, { token });
  const invitation = preview.data?.staffInvitation ?? null;
  usePageTitle(invitation ? t('roles.accept.pageTitle', { network: invitation.network.name }) : t('roles.accept.title'));
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ byField: Partial<Record<(typeof FIELDS)[number], string>>; form: string[] }>({ byField: {}, form: [] });
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!invitation) return;
    const missing: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (!invitation.accountExists && !displayName.trim()) missing.displayName = t('validation.required');
    if (!password) missing.password = t('validation.required');
    if (Object.keys(missing).length > 0) return setErrors({ byField: missing, form: [] });
    setSubmitting(true);
    const result = await client
      .mutation(AcceptStaffInvitationMutation, { input: { token, password, displayName: invitation.accountExists ? null : displayName.trim() } })
      .toPromise();
    setSubmitting(false);
    const payload = result.data?.acceptStaffInvitation;
    if (result.error || !payload) return setErrors({ byField: {}, form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')] });
    if (payload.errors.length > 0 || !payload.accessToken) return setErrors(fieldErrors(t, payload.errors, FIELDS));
    session.start(payload.accessToken, invitation.network.slug);
    void navigate('/', { replace: true });
  };

  if (preview.fetching && !preview.data) {
    return (
      <CardPage>
        <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton h={30} w="80%" />
          <Skeleton h={40} />
          <Skeleton h={40} />
        </Stack>
      </CardPage>
    );
  }
  if (preview.error && !preview.data) {
    return (
      <CardPage>
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
          {describeRequestError(t, preview.error)}
        </Alert>
      </CardPage>
    );
  }
  if (!invitation || invitation.status !== 'PENDING') {
    return (
      <CardPage>
        <Stack gap="sm">
          <Title order={1} fz={24}>
            {t('roles.accept.unusableTitle')}
          </Title>
          <Text c="dimmed">{looseT(t)(`roles.accept.unusable.${invitation?.status ?? 'UNKNOWN'}`)}</Text>
        </Stack>
      </CardPage>
    );
  }

  return (
    <CardPage>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="xs" fw={700} tt="uppercase" c="indigo" lts={0.5}>
              {t('roles.accept.eyebrow')}
            </Text>
            <Title order={1} fz={26}>
              {t('roles.accept.heading', { network: invitation.network.name })}
            </Title>
            <Text c="dimmed" size="sm">
              {t('roles.accept.body', {
                inviter: invitation.inviterName ?? t('roles.accept.anAdministrator'),
                role: roleLabel(t, invitation.role, invitation.customRoleName),
              })}
            </Text>
            {invitation.message && (
              <Alert variant="light" color="gray">
                {invitation.message}
              </Alert>
            )}
            <Text size="xs" c="dimmed">
              {t('roles.accept.expires', { date: formatDateTime(invitation.expiresAt, i18n.language) })}
            </Text>
          </Stack>
          {errors.form.length > 0 && (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
              {errors.form.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          )}
          <TextInput label={t('roles.accept.email')} value={invitation.email} readOnly />
          {invitation.accountExists ? (
            <Text size="sm">{t('roles.accept.existingAccount')}</Text>
          ) : (
            <TextInput
              label={t('roles.accept.displayName')}
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={errors.byField.displayName}
              autoComplete="name"
              required
              withAsterisk={false}
            />
          )}
          <PasswordInput
            label={invitation.accountExists ? t('roles.accept.password') : t('roles.accept.newPassword')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.byField.password}
            autoComplete={invitation.accountExists ? 'current-password' : 'new-password'}
            required
            withAsterisk={false}
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          />
          <Button type="submit" fullWidth size="md" loading={submitting}>
            {t('roles.accept.submit')}
          </Button>
        </Stack>
      </form>
    </CardPage>
  );
}
