import { useEffect, useState, type FormEvent } from 'react';
import { Badge, Button, Card, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import {
  InviteStaffMutation,
  ResendStaffInvitationMutation,
  RevokeStaffInvitationMutation,
  RolesQuery,
  StaffInvitationsQuery,
  type StaffInvitation,
  type StaffInvitationStatus,
} from './api';
import { describeUserError, Feedback, fieldErrors, looseT, RoleBadge } from './common';

const FIELDS = ['email', 'role', 'message', 'expiresInDays'] as const;
const STATUS_COLORS: Record<StaffInvitationStatus, string> = { PENDING: 'blue', ACCEPTED: 'teal', REVOKED: 'gray', EXPIRED: 'orange' };

/** Administrators invite people by e-mail to help run the network, and follow up on the invitations. */
export function StaffInvitationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('roles.staffPage.title'));
  const { client } = useSession();
  const { viewer } = useViewer();
  const invitations = useQuery(StaffInvitationsQuery, {});
  const roles = useQuery(RolesQuery, {});
  const [list, setList] = useState<StaffInvitation[]>([]);
  const [email, setEmail] = useState('');
  const [choice, setChoice] = useState('STAFF');
  const [message, setMessage] = useState('');
  const [days, setDays] = useState<number | string>(7);
  const [errors, setErrors] = useState<{ byField: Partial<Record<(typeof FIELDS)[number], string>>; form: string[] }>({ byField: {}, form: [] });
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (invitations.data) setList(invitations.data.staffInvitations);
  }, [invitations.data]);

  const options = [
    ...(['STAFF', 'ADMIN', 'MEMBER'] as MemberRole[])
      .filter((role) => role !== 'ADMIN' || viewer?.role === 'OWNER')
      .map((role) => ({ value: role, label: looseT(t)(`roles.builtIn.${role}`) })),
    ...(roles.data?.roles.custom ?? []).map((custom) => ({
      value: `STAFF:${custom.id}`,
      label: t('roles.withCustomRole', { role: looseT(t)('roles.builtIn.STAFF'), custom: custom.name }),
    })),
  ];

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    const [role, customRoleId] = choice.split(':') as [MemberRole, string | undefined];
    setSending(true);
    setDone(null);
    const result = await client
      .mutation(InviteStaffMutation, {
        input: { email: email.trim(), role, customRoleId: customRoleId ?? null, message: message.trim() || null, expiresInDays: Number(days) || 7 },
      })
      .toPromise();
    setSending(false);
    const payload = result.data?.inviteStaff;
    if (result.error || !payload) return setErrors({ byField: {}, form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')] });
    if (payload.errors.length > 0 || !payload.invitation) return setErrors(fieldErrors(t, payload.errors, FIELDS));
    const sent = payload.invitation;
    setErrors({ byField: {}, form: [] });
    setList((current) => [sent, ...current.filter((i) => i.id !== sent.id)]);
    setEmail('');
    setMessage('');
    setDone(t('roles.staffPage.sent', { email: sent.email }));
  };

  const act = async (invitation: StaffInvitation, action: 'resend' | 'revoke') => {
    setRowErrors([]);
    setDone(null);
    const result =
      action === 'resend'
        ? await client.mutation(ResendStaffInvitationMutation, { input: { id: invitation.id } }).toPromise()
        : await client.mutation(RevokeStaffInvitationMutation, { input: { id: invitation.id } }).toPromise();
    const payload = result.data && ('resendStaffInvitation' in result.data ? result.data.resendStaffInvitation : result.data.revokeStaffInvitation);
    if (result.error || !payload) return setRowErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    if (payload.errors.length > 0 || !payload.invitation) return setRowErrors(payload.errors.map((e) => describeUserError(t, e)));
    const updated = payload.invitation;
    setList((current) => current.map((i) => (i.id === updated.id ? updated : i)));
    setDone(t(action === 'resend' ? 'roles.staffPage.resent' : 'roles.staffPage.revoked', { email: updated.email }));
  };

  return (
    <ContentPage title={t('roles.staffPage.title')} subtitle={t('roles.staffPage.subtitle')}>
      <Feedback done={done} errors={rowErrors} onClose={() => setDone(null)} />
      <Card withBorder radius="lg" padding="lg">
        <form onSubmit={(event) => void invite(event)} noValidate>
          <Stack gap="md">
            <Title order={2} fz="lg">
              {t('roles.staffPage.inviteTitle')}
            </Title>
            <Feedback errors={errors.form} />
            <Group grow align="flex-start">
              <TextInput
                label={t('roles.staffPage.email')}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={errors.byField.email}
                autoComplete="off"
                required
                withAsterisk={false}
              />
              <NativeSelect
                label={t('roles.staffPage.role')}
                data={options}
                value={choice}
                onChange={(e) => setChoice(e.currentTarget.value)}
                error={errors.byField.role}
              />
            </Group>
            <Textarea
              label={t('roles.staffPage.message')}
              description={t('roles.staffPage.messageHint')}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              error={errors.byField.message}
              maxLength={1000}
              autosize
              minRows={2}
            />
            <NumberInput
              label={t('roles.staffPage.expiresInDays')}
              value={days}
              onChange={setDays}
              min={1}
              max={30}
              error={errors.byField.expiresInDays}
              w={200}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={sending}>
                {t('roles.staffPage.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('roles.staffPage.listTitle')}
          </Title>
          {invitations.error && !invitations.data ? (
            <Feedback errors={[describeRequestError(t, invitations.error)]} />
          ) : !invitations.data ? (
            <PageLoader />
          ) : list.length === 0 ? (
            <Text c="dimmed" ta="center" py="md">
              {t('roles.staffPage.none')}
            </Text>
          ) : (
            <ul aria-label={t('roles.staffPage.listTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {list.map((invitation) => (
                <li key={invitation.id}>
                  <Group justify="space-between" py="sm" gap="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Group gap="xs">
                        <Text fw={600}>{invitation.email}</Text>
                        <Badge color={STATUS_COLORS[invitation.status]} variant="light">
                          {looseT(t)(`roles.staffPage.status.${invitation.status}`)}
                        </Badge>
                      </Group>
                      <RoleBadge role={invitation.role} customRoleName={invitation.customRoleName} />
                      <Text size="xs" c="dimmed">
                        {invitation.status === 'ACCEPTED' && invitation.acceptedAt
                          ? t('roles.staffPage.acceptedAt', {
                              date: formatDateTime(invitation.acceptedAt, i18n.language),
                              name: invitation.acceptedMember?.displayName ?? '',
                            })
                          : t('roles.staffPage.sentAt', {
                              date: formatDateTime(invitation.lastSentAt, i18n.language),
                              expires: formatDateTime(invitation.expiresAt, i18n.language),
                              by: invitation.invitedBy?.displayName ?? '—',
                              count: invitation.sendCount,
                            })}
                      </Text>
                    </Stack>
                    {(invitation.status === 'PENDING' || invitation.status === 'EXPIRED') && (
                      <Group gap="xs">
                        <Button
                          variant="default"
                          size="xs"
                          onClick={() => void act(invitation, 'resend')}
                          aria-label={t('roles.staffPage.resendFor', { email: invitation.email })}
                        >
                          {t('roles.staffPage.resend')}
                        </Button>
                        <Button
                          variant="default"
                          color="red"
                          size="xs"
                          onClick={() => void act(invitation, 'revoke')}
                          aria-label={t('roles.staffPage.revokeFor', { email: invitation.email })}
                        >
                          {t('roles.staffPage.revoke')}
                        </Button>
                      </Group>
                    )}
                  </Group>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </Card>
    </ContentPage>
  );
}
