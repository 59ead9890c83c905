import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { useMutation } from '../api/hooks';
import { CreateCustomRoleMutation, PERMISSIONS, RolesQuery, UpdateCustomRoleMutation, type CustomRole, type Permission } from './api';
import { describeUserError, Feedback, looseT } from './common';

const ROLE_FIELDS = ['name', 'description', 'permissions'] as const;

/** Creates a custom role (`role` null) or edits one; the server's objections show next to the fields they concern. */
export function CustomRoleDialog({
  role,
  onClose,
  onSaved,
}: {
  role: CustomRole | null;
  onClose: () => void;
  onSaved: (role: CustomRole, created: boolean) => void;
}) {
  const { t } = useTranslation();
  const options = { fields: ROLE_FIELDS, refetch: [RolesQuery], describe: (error: UserError) => describeUserError(t, error) };
  const create = useMutation(CreateCustomRoleMutation, options);
  const update = useMutation(UpdateCustomRoleMutation, options);
  const { busy, errors } = role ? update : create;
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [permissions, setPermissions] = useState<Permission[]>(role?.permissions ?? []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), description: description.trim() || null, permissions };
    const saved = role ? (await update.run({ input: { ...input, id: role.id } }))?.role : (await create.run({ input }))?.role;
    if (saved) onSaved(saved, !role);
  };

  return (
    <Modal opened onClose={onClose} title={role ? t('roles.rolesPage.editTitle', { name: role.name }) : t('roles.rolesPage.newTitle')} centered size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Feedback errors={errors.form} />
          <TextInput
            label={t('roles.rolesPage.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.fields.name}
            maxLength={60}
            data-autofocus
          />
          <Textarea
            label={t('roles.rolesPage.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.fields.description}
            maxLength={300}
            autosize
            minRows={2}
          />
          <Checkbox.Group
            label={t('roles.rolesPage.permissions')}
            value={permissions}
            onChange={(value) => setPermissions(value as Permission[])}
            error={errors.fields.permissions}
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
            <Button type="submit" loading={busy}>
              {t('roles.common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
