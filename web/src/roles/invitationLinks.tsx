import { useState, type FormEvent } from 'react';
import { Badge, Button, Checkbox, CopyButton, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { formatDateTime } from '../components/format';
import { useSession } from '../session/hooks';
import { CreateInvitationLinkMutation, RevokeInvitationLinkMutation, type CustomRole, type InvitationLink, type InvitationLinkStatus } from './api';
import { describeUserError, Feedback, fieldErrors, looseT, roleLabel } from './common';

const FIELDS = ['label', 'expiresAt', 'maxUses', 'role', 'customRoleId', 'skipApproval'] as const;
const STATUS_COLORS: Record<InvitationLinkStatus, string> = { ACTIVE: 'teal', EXPIRED: 'orange', USED_UP: 'gray', REVOKED: 'gray' };

/** The full address of a link, to copy and share. */
export function linkUrl(link: Pick<InvitationLink, 'path'>): string {
  return new URL(link.path, window.location.origin).toString();
}

/**
 * Makes an invitation link. Administrators may also give it a role and let it skip approval;
 * members choose only a label, an expiry and a use limit.
 */
export function CreateInvitationLinkForm({
  administrator,
  customRoles = [],
  isOwner = false,
  onCreated,
}: {
  administrator: boolean;
  customRoles?: CustomRole[];
  isOwner?: boolean;
  onCreated: (link: InvitationLink) => void;
}) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [label, setLabel] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [maxUses, setMaxUses] = useState<number | string>('');
  const [choice, setChoice] = useState('');
  const [skipApproval, setSkipApproval] = useState(false);
  const [errors, setErrors] = useState<{ byField: Partial<Record<(typeof FIELDS)[number], string>>; form: string[] }>({ byField: {}, form: [] });
  const [saving, setSaving] = useState(false);

  const roleOptions = [
    { value: '', label: t('roles.linksPage.noRole') },
    ...(['STAFF', 'ADMIN'] as MemberRole[]).filter((role) => role !== 'ADMIN' || isOwner).map((role) => ({ value: role, label: roleLabel(t, role) })),
    ...customRoles.map((custom) => ({ value: `MEMBER:${custom.id}`, label: roleLabel(t, 'MEMBER', custom.name) })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [role, customRoleId] = choice ? (choice.split(':') as [MemberRole, string | undefined]) : [null, undefined];
    // An expiry date means "until the end of that day" where the person making the link is.
    const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59`).toISOString() : null;
    setSaving(true);
    const result = await client
      .mutation(CreateInvitationLinkMutation, {
        input: {
          label: label.trim() || null,
          expiresAt,
          maxUses: maxUses === '' ? null : Number(maxUses),
          ...(administrator ? { role, customRoleId: customRoleId ?? null, skipApproval } : {}),
        },
      })
      .toPromise();
    setSaving(false);
    const payload = result.data?.createInvitationLink;
    if (result.error || !payload) return setErrors({ byField: {}, form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')] });
    if (payload.errors.length > 0 || !payload.link) return setErrors(fieldErrors(t, payload.errors, FIELDS));
    setErrors({ byField: {}, form: [] });
    setLabel('');
    setExpiresOn('');
    setMaxUses('');
    setChoice('');
    setSkipApproval(false);
    onCreated(payload.link);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Feedback errors={errors.form} />
        <TextInput
          label={t('roles.linksPage.label')}
          description={t('roles.linksPage.labelHint')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={errors.byField.label}
          maxLength={100}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('roles.linksPage.expiresOn')}
            description={t('roles.linksPage.optional')}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={errors.byField.expiresAt}
          />
          <NumberInput
            label={t('roles.linksPage.maxUses')}
            description={t('roles.linksPage.optional')}
            value={maxUses}
            onChange={setMaxUses}
            min={1}
            max={100000}
            allowDecimal={false}
            error={errors.byField.maxUses}
          />
        </Group>
        {administrator && (
          <>
            <NativeSelect
              label={t('roles.linksPage.role')}
              description={t('roles.linksPage.roleHint')}
              data={roleOptions}
              value={choice}
              onChange={(e) => setChoice(e.currentTarget.value)}
              error={errors.byField.role ?? errors.byField.customRoleId}
            />
            <Checkbox
              label={t('roles.linksPage.skipApproval')}
              description={t('roles.linksPage.skipApprovalHint')}
              checked={skipApproval}
              onChange={(e) => setSkipApproval(e.currentTarget.checked)}
              error={errors.byField.skipApproval}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('roles.linksPage.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Links with their address to copy, uses, state, and withdrawing. */
export function InvitationLinkList({
  links,
  showCreator,
  onChanged,
}: {
  links: InvitationLink[];
  showCreator: boolean;
  onChanged: (link: InvitationLink) => void;
}) {
  const { t, i18n } = useTranslation();
  const { client } = useSession();
  const [errors, setErrors] = useState<string[]>([]);

  const revoke = async (link: InvitationLink) => {
    setErrors([]);
    const result = await client.mutation(RevokeInvitationLinkMutation, { input: { id: link.id } }).toPromise();
    const payload = result.data?.revokeInvitationLink;
    if (result.error || !payload) return setErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    if (payload.errors.length > 0 || !payload.link) return setErrors(payload.errors.map((e) => describeUserError(t, e)));
    onChanged(payload.link);
  };

  if (links.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="md">
        {t('roles.linksPage.none')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Feedback errors={errors} />
      <ul aria-label={t('roles.linksPage.listTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {links.map((link) => {
          const url = linkUrl(link);
          const name = link.label ?? link.code;
          return (
            <li key={link.id} data-code={link.code}>
              <Stack gap={4} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                <Group justify="space-between" gap="xs">
                  <Group gap="xs">
                    <Text fw={600}>{link.label ?? t('roles.linksPage.unnamed')}</Text>
                    <Badge color={STATUS_COLORS[link.status]} variant="light">
                      {looseT(t)(`roles.linksPage.status.${link.status}`)}
                    </Badge>
                    {link.skipApproval && (
                      <Badge color="grape" variant="light">
                        {t('roles.linksPage.skipsApproval')}
                      </Badge>
                    )}
                    {(link.role || link.customRoleName) && (
                      <Badge color="indigo" variant="light">
                        {roleLabel(t, link.role ?? 'MEMBER', link.customRoleName)}
                      </Badge>
                    )}
                  </Group>
                  <Group gap="xs">
                    <CopyButton value={url}>
                      {({ copied, copy }) => (
                        <Button
                          size="xs"
                          variant={copied ? 'filled' : 'light'}
                          color={copied ? 'teal' : undefined}
                          onClick={copy}
                          aria-label={t('roles.linksPage.copyFor', { name })}
                        >
                          {copied ? t('roles.linksPage.copied') : t('roles.linksPage.copy')}
                        </Button>
                      )}
                    </CopyButton>
                    {link.status !== 'REVOKED' && (
                      <Button size="xs" variant="default" color="red" onClick={() => void revoke(link)} aria-label={t('roles.linksPage.revokeFor', { name })}>
                        {t('roles.linksPage.revoke')}
                      </Button>
                    )}
                  </Group>
                </Group>
                <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="invitation-url">
                  {url}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    link.maxUses === null
                      ? t('roles.linksPage.uses', { count: link.uses })
                      : t('roles.linksPage.usesOf', { count: link.uses, max: link.maxUses }),
                    link.expiresAt ? t('roles.linksPage.expires', { date: formatDateTime(link.expiresAt, i18n.language) }) : t('roles.linksPage.noExpiry'),
                    showCreator && link.createdBy ? t('roles.linksPage.by', { name: link.createdBy.displayName }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
