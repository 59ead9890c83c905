import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, Checkbox, Group, Modal, NativeSelect, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import {
  BUILT_IN_ROLES,
  ChangeMemberRoleMutation,
  CreateCustomRoleMutation,
  DeleteCustomRoleMutation,
  MemberRolesQuery,
  PERMISSIONS,
  RolesQuery,
  UpdateCustomRoleMutation,
  type CustomRole,
  type Permission,
  type RoleHolder,
} from './api';
import { describeUserError, Feedback, fieldErrors, looseT, PermissionBadges, RoleBadge } from './common';

const PAGE_SIZE = 50;
const ROLE_FIELDS = ['name', 'description', 'permissions'] as const;

/** Built-in roles, the network's custom roles (create, edit, delete) and each member's role. */
export function RolesPage() {
  const { t } = useTranslation();
  usePageTitle(t('roles.rolesPage.title'));
  const { client } = useSession();
  const roles = useQuery(RolesQuery, {});
  const [editing, setEditing] = useState<CustomRole | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomRole | null>(null);
  const [deleteErrors, setDeleteErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const custom = roles.data?.roles.custom ?? [];

  const confirmDelete = async () => {
    if (!deleting) return;
    const result = await client.mutation(DeleteCustomRoleMutation, { input: { id: deleting.id } }).toPromise();
    const payload = result.data?.deleteCustomRole;
    if (result.error || !payload) return setDeleteErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    if (payload.errors.length > 0) return setDeleteErrors(payload.errors.map((e) => describeUserError(t, e)));
    setDone(t('roles.rolesPage.deleted', { name: deleting.name }));
    setDeleting(null);
    roles.refetch();
  };

  if (roles.error && !roles.data) {
    return (
      <ContentPage title={t('roles.rolesPage.title')}>
        <Feedback errors={[describeRequestError(t, roles.error)]} />
      </ContentPage>
    );
  }
  if (!roles.data) return <PageLoader />;

  return (
    <ContentPage title={t('roles.rolesPage.title')} subtitle={t('roles.rolesPage.subtitle')}>
      <Feedback done={done} onClose={() => setDone(null)} />
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('roles.rolesPage.builtInTitle')}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm" aria-label={t('roles.rolesPage.builtInTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roles.rolesPage.role')}</Table.Th>
                  <Table.Th>{t('roles.rolesPage.permissions')}</Table.Th>
                  <Table.Th ta="right">{t('roles.rolesPage.members')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {roles.data.roles.builtIn.map((role) => (
                  <Table.Tr key={role.role}>
                    <Table.Td>
                      <Stack gap={2}>
                        <RoleBadge role={role.role} />
                        <Text size="xs" c="dimmed">
                          {looseT(t)(`roles.builtInHint.${role.role}`)}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <PermissionBadges permissions={role.permissions} />
                    </Table.Td>
                    <Table.Td ta="right">{role.memberCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>

      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} fz="lg">
              {t('roles.rolesPage.customTitle')}
            </Title>
            <Button onClick={() => setEditing('new')}>{t('roles.rolesPage.newRole')}</Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('roles.rolesPage.customHint')}
          </Text>
          {custom.length === 0 ? (
            <Text c="dimmed" ta="center" py="md">
              {t('roles.rolesPage.noCustomRoles')}
            </Text>
          ) : (
            <ul aria-label={t('roles.rolesPage.customTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {custom.map((role) => (
                <li key={role.id}>
                  <Card withBorder radius="md" padding="md" mb="sm">
                    <Group justify="space-between" align="flex-start" gap="sm">
                      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                        <Text fw={600}>{role.name}</Text>
                        {role.description && (
                          <Text size="sm" c="dimmed">
                            {role.description}
                          </Text>
                        )}
                        <PermissionBadges permissions={role.permissions} />
                        <Text size="xs" c="dimmed">
                          {t('roles.rolesPage.holders', { count: role.memberCount })}
                        </Text>
                      </Stack>
                      <Group gap="xs">
                        <Button variant="default" size="xs" onClick={() => setEditing(role)} aria-label={t('roles.rolesPage.editRole', { name: role.name })}>
                          {t('roles.common.edit')}
                        </Button>
                        <Button
                          variant="default"
                          color="red"
                          size="xs"
                          onClick={() => {
                            setDeleteErrors([]);
                            setDeleting(role);
                          }}
                          aria-label={t('roles.rolesPage.deleteRole', { name: role.name })}
                        >
                          {t('roles.common.delete')}
                        </Button>
                      </Group>
                    </Group>
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </Card>

      <MemberRolesCard customRoles={custom} onChanged={roles.refetch} />

      {editing && (
        <CustomRoleDialog
          role={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            setDone(t(created ? 'roles.rolesPage.created' : 'roles.rolesPage.updated', { name: saved.name }));
            roles.refetch();
          }}
        />
      )}
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('roles.rolesPage.deleteTitle', { name: deleting?.name ?? '' })} centered>
        <Stack gap="md">
          <Feedback errors={deleteErrors} />
          <Text size="sm">{t('roles.rolesPage.deleteBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('roles.common.cancel')}
            </Button>
            <Button color="red" onClick={() => void confirmDelete()}>
              {t('roles.common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </ContentPage>
  );
}

function CustomRoleDialog({ role, onClose, onSaved }: { role: CustomRole | null; onClose: () => void; onSaved: (role: CustomRole, created: boolean) => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [permissions, setPermissions] = useState<Permission[]>(role?.permissions ?? []);
  const [errors, setErrors] = useState<{ byField: Partial<Record<(typeof ROLE_FIELDS)[number], string>>; form: string[] }>({ byField: {}, form: [] });
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const input = { name: name.trim(), description: description.trim() || null, permissions };
    const result = role
      ? await client.mutation(UpdateCustomRoleMutation, { input: { ...input, id: role.id } }).toPromise()
      : await client.mutation(CreateCustomRoleMutation, { input }).toPromise();
    setSaving(false);
    const payload = result.data && ('updateCustomRole' in result.data ? result.data.updateCustomRole : result.data.createCustomRole);
    if (result.error || !payload) return setErrors({ byField: {}, form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')] });
    if (payload.errors.length > 0 || !payload.role) return setErrors(fieldErrors(t, payload.errors, ROLE_FIELDS));
    onSaved(payload.role, !role);
  };

  return (
    <Modal opened onClose={onClose} title={role ? t('roles.rolesPage.editTitle', { name: role.name }) : t('roles.rolesPage.newTitle')} centered size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Feedback errors={errors.form} />
          <TextInput label={t('roles.rolesPage.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.byField.name} maxLength={60} data-autofocus />
          <Textarea
            label={t('roles.rolesPage.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.byField.description}
            maxLength={300}
            autosize
            minRows={2}
          />
          <Checkbox.Group
            label={t('roles.rolesPage.permissions')}
            value={permissions}
            onChange={(value) => setPermissions(value as Permission[])}
            error={errors.byField.permissions}
          >
            <Stack gap="xs" mt="xs">
              {PERMISSIONS.map((permission) => (
                <Checkbox
                  key={permission}
                  value={permission}
                  label={looseT(t)(`roles.permission.${permission}.label`)}
                  description={looseT(t)(`roles.permission.${permission}.hint`)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Text size="xs" c="dimmed">
            {t('roles.nextRenewal')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('roles.common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('roles.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The option value of a role choice: a built-in role, or `MEMBER:<id>` / `STAFF:<id>` with a custom role. */
function choiceOf(holder: Pick<RoleHolder, 'role' | 'customRole'>): string {
  return holder.customRole ? `${holder.role}:${holder.customRole.id}` : holder.role;
}

function MemberRolesCard({ customRoles, onChanged }: { customRoles: CustomRole[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const { viewer } = useViewer();
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState('');
  const members = useQuery(MemberRolesQuery, { search: submitted || null, first: PAGE_SIZE });
  const [rows, setRows] = useState<RoleHolder[]>([]);
  const [changing, setChanging] = useState<RoleHolder | null>(null);
  const [choice, setChoice] = useState('MEMBER');
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const [endCursor, setEndCursor] = useState<string | null>(null);

  useEffect(() => {
    if (!members.data) return;
    setRows(members.data.memberRoles.edges.map((e) => e.node));
    setEndCursor(members.data.memberRoles.pageInfo.hasNextPage ? members.data.memberRoles.pageInfo.endCursor : null);
  }, [members.data]);

  const loadMore = async () => {
    const result = await client.query(MemberRolesQuery, { search: submitted || null, first: PAGE_SIZE, after: endCursor }).toPromise();
    const connection = result.data?.memberRoles;
    if (result.error || !connection) return setErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    setRows((current) => [...current, ...connection.edges.map((e) => e.node).filter((n) => !current.some((c) => c.id === n.id))]);
    setEndCursor(connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null);
  };

  const isOwner = viewer?.role === 'OWNER';
  const options = [
    ...BUILT_IN_ROLES.filter((role) => isOwner || (role !== 'OWNER' && role !== 'ADMIN')).map((role) => ({ value: role, label: looseT(t)(`roles.builtIn.${role}`) })),
    ...customRoles.flatMap((custom) =>
      (['MEMBER', 'STAFF'] as MemberRole[]).map((role) => ({
        value: `${role}:${custom.id}`,
        label: t('roles.withCustomRole', { role: looseT(t)(`roles.builtIn.${role}`), custom: custom.name }),
      })),
    ),
  ];

  const open = (holder: RoleHolder) => {
    setChanging(holder);
    setChoice(choiceOf(holder));
    setErrors([]);
    setDone(null);
  };

  const save = async () => {
    if (!changing) return;
    const [role, customRoleId] = choice.split(':') as [MemberRole, string | undefined];
    setSaving(true);
    const result = await client.mutation(ChangeMemberRoleMutation, { input: { memberId: changing.id, role, customRoleId: customRoleId ?? null } }).toPromise();
    setSaving(false);
    const payload = result.data?.changeMemberRole;
    if (result.error || !payload) return setErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
    if (payload.errors.length > 0 || !payload.member) return setErrors(payload.errors.map((e) => describeUserError(t, e)));
    const updated = payload.member;
    setRows((current) => current.map((row) => (row.id === updated.id ? updated : row)));
    setChanging(null);
    setDone(t('roles.membersCard.changed', { name: updated.displayName }));
    onChanged();
  };

  const canChange = (holder: RoleHolder) => isOwner || (holder.role !== 'OWNER' && holder.role !== 'ADMIN');

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
        {members.error && !members.data ? (
          <Feedback errors={[describeRequestError(t, members.error)]} />
        ) : !members.data ? (
          <PageLoader />
        ) : rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="md">
            {t('roles.membersCard.none')}
          </Text>
        ) : (
          <ul aria-label={t('roles.membersCard.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {rows.map((holder) => (
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
                      onClick={() => open(holder)}
                      aria-label={t('roles.membersCard.changeFor', { name: holder.displayName })}
                    >
                      {t('roles.membersCard.change')}
                    </Button>
                  </Group>
                </Group>
              </li>
            ))}
          </ul>
        )}
        {endCursor && (
          <Button variant="subtle" onClick={() => void loadMore()}>
            {t('roles.common.loadMore')}
          </Button>
        )}
        {members.data && (
          <Text size="xs" c="dimmed">
            {t('roles.membersCard.count', { count: members.data.memberRoles.totalCount, shown: rows.length })}
          </Text>
        )}
      </Stack>
      <Modal opened={changing !== null} onClose={() => setChanging(null)} title={t('roles.membersCard.dialogTitle', { name: changing?.displayName ?? '' })} centered>
        <Stack gap="md">
          <Feedback errors={errors} />
          <NativeSelect label={t('roles.membersCard.newRole')} data={options} value={choice} onChange={(e) => setChoice(e.currentTarget.value)} />
          <Alert variant="light" color="blue">
            {t('roles.nextRenewal')}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setChanging(null)}>
              {t('roles.common.cancel')}
            </Button>
            <Button loading={saving} onClick={() => void save()}>
              {t('roles.common.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
