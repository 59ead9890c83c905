import { useState } from 'react';
import { Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { DeleteCustomRoleMutation, MemberRolesQuery, RolesQuery, type BuiltInRole, type CustomRole } from './api';
import { describeUserError, Feedback, looseT, PermissionBadges, RoleBadge } from './common';
import { CustomRoleDialog } from './CustomRoleDialog';
import { MemberRolesCard } from './MemberRolesCard';

/** Built-in roles, the network's custom roles (create, edit, delete) and each member's role. */
export function RolesPage() {
  const { t } = useTranslation();
  usePageTitle(t('roles.rolesPage.title'));
  const roles = useQuery(RolesQuery, {});
  const [editing, setEditing] = useState<CustomRole | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomRole | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const custom = roles.data?.roles.custom ?? [];

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
      <BuiltInRolesCard roles={roles.data.roles.builtIn} />

      <CustomRolesCard roles={custom} onNew={() => setEditing('new')} onEdit={setEditing} onDelete={setDeleting} />

      <MemberRolesCard customRoles={custom} />

      {editing && (
        <CustomRoleDialog
          role={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved, created) => {
            setEditing(null);
            setDone(t(created ? 'roles.rolesPage.created' : 'roles.rolesPage.updated', { name: saved.name }));
          }}
        />
      )}
      {deleting && (
        <DeleteRoleDialog
          role={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDone(t('roles.rolesPage.deleted', { name: deleting.name }));
            setDeleting(null);
          }}
        />
      )}
    </ContentPage>
  );
}

function BuiltInRolesCard({ roles }: { roles: BuiltInRole[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('roles.rolesPage.builtInTitle')}
        </Title>
        <Table.ScrollContainer minWidth={560} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
          <Table verticalSpacing="sm" aria-label={t('roles.rolesPage.builtInTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roles.rolesPage.role')}</Table.Th>
                <Table.Th>{t('roles.rolesPage.permissions')}</Table.Th>
                <Table.Th ta="right">{t('roles.rolesPage.members')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roles.map((role) => (
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
  );
}

function CustomRolesCard({
  roles,
  onNew,
  onEdit,
  onDelete,
}: {
  roles: CustomRole[];
  onNew: () => void;
  onEdit: (role: CustomRole) => void;
  onDelete: (role: CustomRole) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            {t('roles.rolesPage.customTitle')}
          </Title>
          <Button onClick={onNew}>{t('roles.rolesPage.newRole')}</Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('roles.rolesPage.customHint')}
        </Text>
        {roles.length === 0 ? (
          <Text c="dimmed" ta="center" py="md">
            {t('roles.rolesPage.noCustomRoles')}
          </Text>
        ) : (
          <ul aria-label={t('roles.rolesPage.customTitle')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {roles.map((role) => (
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
                      <Button variant="default" size="xs" onClick={() => onEdit(role)} aria-label={t('roles.rolesPage.editRole', { name: role.name })}>
                        {t('roles.common.edit')}
                      </Button>
                      <Button
                        variant="default"
                        color="red"
                        size="xs"
                        onClick={() => onDelete(role)}
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
  );
}

function DeleteRoleDialog({ role, onClose, onDeleted }: { role: CustomRole; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  // Its holders go back to their built-in role: the member list changes too.
  const remove = useMutation(DeleteCustomRoleMutation, {
    refetch: [RolesQuery, MemberRolesQuery],
    describe: (error: UserError) => describeUserError(t, error),
  });
  const confirm = async () => {
    if (await remove.run({ input: { id: role.id } })) onDeleted();
  };
  return (
    <Modal opened onClose={onClose} title={t('roles.rolesPage.deleteTitle', { name: role.name })} centered>
      <Stack gap="md">
        <Feedback errors={remove.errors.form} />
        <Text size="sm">{t('roles.rolesPage.deleteBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('roles.common.cancel')}
          </Button>
          <Button color="red" loading={remove.busy} onClick={() => void confirm()}>
            {t('roles.common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
