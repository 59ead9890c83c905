import { useState } from 'react';
import { Alert, Button, Card, Group, Modal, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberRole, UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { PageLoader } from '../components/Page';
import { useViewer } from '../session/viewer';
import { BUILT_IN_ROLES, ChangeMemberRoleMutation, MemberRolesQuery, RolesQuery, type CustomRole, type RoleHolder } from './api';
import { describeUserError, Feedback, looseT, RoleBadge } from './common';

const PAGE_SIZE = 50;

/** The option value of a role choice: a built-in role, or `MEMBER:<id>` / `STAFF:<id>` with a custom role. */
function choiceOf(holder: Pick<RoleHolder, 'role' | 'customRole'>): string {
  return holder.customRole ? `${holder.role}:${holder.customRole.id}` : holder.role;
}

/** Each member's role: search, page through, and change one (owners and admins only by the owner). */
export function MemberRolesCard({ customRoles }: { customRoles: CustomRole[] }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  // The cursors of the pages shown: each page asks the server for itself, none is copied.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [changing, setChanging] = useState<RoleHolder | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const first = useQuery(MemberRolesQuery, { search: submitted || null, first: PAGE_SIZE });

  const isOwner = viewer?.role === 'OWNER';
  const canChange = (holder: RoleHolder) => isOwner || (holder.role !== 'OWNER' && holder.role !== 'ADMIN');
  const open = (holder: RoleHolder) => {
    setChanging(holder);
    setDone(null);
  };

  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('roles.membersCard.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('roles.membersCard.hint')}
        </Text>
        <Feedback done={done} onClose={() => setDone(null)} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(search.trim());
            setPages([null]);
          }}
        >
          <Group gap="sm" align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={t('roles.membersCard.search')}
              placeholder={t('roles.membersCard.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              type="search"
            />
            <Button type="submit" variant="light">
              {t('roles.membersCard.searchButton')}
            </Button>
          </Group>
        </form>
        {first.error && !first.data ? (
          <Feedback errors={[describeRequestError(t, first.error)]} />
        ) : !first.data ? (
          <PageLoader />
        ) : first.data.memberRoles.totalCount === 0 ? (
          <Text c="dimmed" ta="center" py="md">
            {t('roles.membersCard.none')}
          </Text>
        ) : (
          <>
            <ul aria-label={t('roles.membersCard.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {pages.map((after, index) => (
                <MemberRolesPage
                  key={after ?? ''}
                  search={submitted || null}
                  after={after}
                  onMore={index === pages.length - 1 ? (cursor) => setPages((current) => [...current, cursor]) : undefined}
                  canChange={canChange}
                  onChange={open}
                />
              ))}
            </ul>
            <Text size="xs" c="dimmed">
              {t('roles.membersCard.count', {
                count: first.data.memberRoles.totalCount,
                shown: Math.min(pages.length * PAGE_SIZE, first.data.memberRoles.totalCount),
              })}
            </Text>
          </>
        )}
      </Stack>
      {changing && (
        <ChangeRoleDialog
          holder={changing}
          customRoles={customRoles}
          isOwner={isOwner}
          onClose={() => setChanging(null)}
          onChanged={(updated) => {
            setChanging(null);
            setDone(t('roles.membersCard.changed', { name: updated.displayName }));
          }}
        />
      )}
    </Card>
  );
}

/** One page of members; the last page shown offers the next. */
function MemberRolesPage({
  search,
  after,
  onMore,
  canChange,
  onChange,
}: {
  search: string | null;
  after: string | null;
  onMore?: (cursor: string) => void;
  canChange: (holder: RoleHolder) => boolean;
  onChange: (holder: RoleHolder) => void;
}) {
  const { t } = useTranslation();
  const page = useQuery(MemberRolesQuery, { search, first: PAGE_SIZE, after });
  if (page.error && !page.data) {
    return (
      <li>
        <Feedback errors={[describeRequestError(t, page.error)]} />
      </li>
    );
  }
  if (!page.data) return null;
  const { edges, pageInfo } = page.data.memberRoles;
  const next = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  return (
    <>
      {edges.map(({ node: holder }) => (
        <li key={holder.id}>
          <Group justify="space-between" py="xs" gap="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text fw={600}>{holder.displayName}</Text>
              {holder.email && (
                <Text size="sm" c="dimmed">
                  {holder.email}
                </Text>
              )}
            </Stack>
            <Group gap="sm">
              <RoleBadge role={holder.role} customRoleName={holder.customRole?.name} />
              {holder.status === 'SUSPENDED' && (
                <Text size="xs" c="red">
                  {t('roles.membersCard.suspended')}
                </Text>
              )}
              <Button
                variant="default"
                size="xs"
                disabled={!canChange(holder)}
                onClick={() => onChange(holder)}
                aria-label={t('roles.membersCard.changeFor', { name: holder.displayName })}
              >
                {t('roles.membersCard.change')}
              </Button>
            </Group>
          </Group>
        </li>
      ))}
      {onMore && next && (
        <li>
          <Button variant="subtle" onClick={() => onMore(next)}>
            {t('roles.common.loadMore')}
          </Button>
        </li>
      )}
    </>
  );
}

function ChangeRoleDialog({
  holder,
  customRoles,
  isOwner,
  onClose,
  onChanged,
}: {
  holder: RoleHolder;
  customRoles: CustomRole[];
  isOwner: boolean;
  onClose: () => void;
  onChanged: (updated: RoleHolder) => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(choiceOf(holder));
  // The member list and the roles' holder counts change with it.
  const change = useMutation(ChangeMemberRoleMutation, {
    refetch: [MemberRolesQuery, RolesQuery],
    describe: (error: UserError) => describeUserError(t, error),
  });
  const options = [
    ...BUILT_IN_ROLES.filter((role) => isOwner || (role !== 'OWNER' && role !== 'ADMIN')).map((role) => ({
      value: role,
      label: looseT(t)(`roles.builtIn.${role}`),
    })),
    ...customRoles.flatMap((custom) =>
      (['MEMBER', 'STAFF'] as MemberRole[]).map((role) => ({
        value: `${role}:${custom.id}`,
        label: t('roles.withCustomRole', { role: looseT(t)(`roles.builtIn.${role}`), custom: custom.name }),
      })),
    ),
  ];

  const save = async () => {
    const [role, customRoleId] = choice.split(':') as [MemberRole, string | undefined];
    const payload = await change.run({ input: { memberId: holder.id, role, customRoleId: customRoleId ?? null } });
    if (payload?.member) onChanged(payload.member);
  };

  return (
    <Modal opened onClose={onClose} title={t('roles.membersCard.dialogTitle', { name: holder.displayName })} centered>
      <Stack gap="md">
        <Feedback errors={change.errors.form} />
        <NativeSelect label={t('roles.membersCard.newRole')} data={options} value={choice} onChange={(e) => setChoice(e.currentTarget.value)} />
        <Alert variant="light" color="blue">
          {t('roles.nextRenewal')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('roles.common.cancel')}
          </Button>
          <Button loading={change.busy} onClick={() => void save()}>
            {t('roles.common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
