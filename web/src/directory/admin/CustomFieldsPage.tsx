import { useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { AlertIcon, CheckIcon, XIcon } from '../../components/icons';
import { PageLoader } from '../../components/Page';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/hooks';
import { describeProfileError } from '../ProfileEditPage';
import {
  ArchiveCustomFieldMutation,
  CreateCustomFieldMutation,
  CUSTOM_FIELD_TYPES,
  FIELD_VISIBILITIES,
  FieldAdminQuery,
  isChoiceType,
  ReorderCustomFieldsMutation,
  RestoreCustomFieldMutation,
  SetProfileFieldVisibilityMutation,
  UpdateCustomFieldMutation,
  type CustomField,
  type CustomFieldType,
  type FieldVisibility,
} from '../profiles.api';

type LooseT = (key: string | string[], options?: Record<string, unknown>) => string;
const looseT = (t: TFunction): LooseT => t as unknown as LooseT;

const FORM_FIELDS = ['label', 'key', 'type', 'options', 'helpText', 'visibility'] as const;
type FormField = (typeof FORM_FIELDS)[number];

interface Draft {
  label: string;
  key: string;
  type: CustomFieldType;
  options: { value: string | null; label: string }[];
  helpText: string;
  visibility: FieldVisibility;
}

const draftOf = (field?: CustomField): Draft => ({
  label: field?.label ?? '',
  key: field?.key ?? '',
  type: field?.type ?? 'TEXT',
  options: field?.options.map((option) => ({ value: option.value, label: option.label })) ?? [
    { value: null, label: '' },
    { value: null, label: '' },
  ],
  helpText: field?.helpText ?? '',
  visibility: field?.visibility ?? 'MEMBERS',
});

/** Creates a custom field or edits one (its type stays); options keep their stored values when renamed. */
function CustomFieldForm({ field, onSaved, onCancel }: { field?: CustomField; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [draft, setDraft] = useState<Draft>(() => draftOf(field));
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const visibilityOptions = FIELD_VISIBILITIES.map((visibility) => ({ value: visibility, label: looseT(t)(`profiles.visibility.${visibility}`) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const options = isChoiceType(draft.type) ? draft.options.map((option) => ({ value: option.value, label: option.label })) : null;
    const common = { label: draft.label, key: draft.key.trim(), helpText: draft.helpText.trim() || null, visibility: draft.visibility };
    const result = field
      ? await client.mutation(UpdateCustomFieldMutation, { input: { id: field.id, ...common, ...(options ? { options } : {}) } }).toPromise()
      : await client.mutation(CreateCustomFieldMutation, { input: { ...common, type: draft.type, options } }).toPromise();
    setSaving(false);
    if (result.error || !result.data) {
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    const payload = 'createCustomField' in result.data ? result.data.createCustomField : result.data.updateCustomField;
    if (payload.field) return onSaved();
    const byField: Partial<Record<FormField, string>> = {};
    const form: string[] = [];
    for (const error of payload.errors) {
      const name = error.field?.split('.')[0] as FormField | undefined;
      if (name && FORM_FIELDS.includes(name)) byField[name] ??= describeProfileError(t, { ...error, field: name });
      else form.push(describeProfileError(t, error));
    }
    setErrors(byField);
    setFormErrors(form);
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={field ? t('profiles.admin.editTitle', { label: field.label }) : t('profiles.admin.addTitle')}
    >
      <Stack gap="sm">
        {formErrors.length > 0 && (
          <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
            {formErrors.join(' ')}
          </Alert>
        )}
        <TextInput
          label={t('profiles.admin.label')}
          value={draft.label}
          onChange={(e) => change({ label: e.currentTarget.value })}
          error={errors.label}
          required
          data-autofocus
        />
        <TextInput
          label={t('profiles.admin.key')}
          description={t('profiles.admin.keyHelp')}
          value={draft.key}
          onChange={(e) => change({ key: e.currentTarget.value })}
          error={errors.key}
          required
        />
        <Select
          label={t('profiles.admin.type')}
          data={CUSTOM_FIELD_TYPES.map((type) => ({ value: type, label: looseT(t)(`profiles.types.${type}`) }))}
          value={draft.type}
          onChange={(value) => value && change({ type: value as CustomFieldType })}
          disabled={Boolean(field)}
          allowDeselect={false}
          error={errors.type}
        />
        {isChoiceType(draft.type) && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('profiles.admin.options')}
            </Text>
            {draft.options.map((option, index) => (
              <Group key={index} wrap="nowrap">
                <TextInput
                  aria-label={t('profiles.admin.option', { number: index + 1 })}
                  value={option.label}
                  onChange={(e) => change({ options: draft.options.map((o, i) => (i === index ? { ...o, label: e.currentTarget.value } : o)) })}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('profiles.admin.removeOption')}
                  onClick={() => change({ options: draft.options.filter((_, i) => i !== index) })}
                >
                  <XIcon size={16} />
                </ActionIcon>
              </Group>
            ))}
            {errors.options && (
              <Text c="red" size="sm" role="alert">
                {errors.options}
              </Text>
            )}
            <Group>
              <Button variant="light" size="xs" onClick={() => change({ options: [...draft.options, { value: null, label: '' }] })}>
                {t('profiles.admin.addOption')}
              </Button>
            </Group>
          </Stack>
        )}
        <Textarea
          label={t('profiles.admin.helpText')}
          value={draft.helpText}
          onChange={(e) => change({ helpText: e.currentTarget.value })}
          error={errors.helpText}
          autosize
          minRows={1}
        />
        <Select
          label={t('profiles.admin.visibility')}
          data={visibilityOptions}
          value={draft.visibility}
          onChange={(value) => value && change({ visibility: value as FieldVisibility })}
          allowDeselect={false}
          error={errors.visibility}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('profiles.admin.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('profiles.admin.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/admin/fields`: who sees each standard field, and the network's own fields (add, edit, order, archive). */
export function CustomFieldsPage() {
  const { t } = useTranslation();
  usePageTitle(t('profiles.admin.title'));
  const { client } = useSession();
  const { data, error, fetching, refetch } = useQuery(FieldAdminQuery, {});
  const [editing, setEditing] = useState<CustomField | 'new' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (fetching && !data) return <PageLoader />;
  if (error || !data) {
    return (
      <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
        {error ? describeRequestError(t, error) : t('errors.unexpected')}
      </Alert>
    );
  }
  const visibilityOptions = FIELD_VISIBILITIES.map((visibility) => ({ value: visibility, label: looseT(t)(`profiles.visibility.${visibility}`) }));

  const run = async (
    operation: Promise<{ error?: unknown; data?: unknown }>,
    errorsOf: (data: never) => { code: string; field: string | null; message: string }[] | undefined,
  ) => {
    const result = await operation;
    const problems = result.data ? errorsOf(result.data as never) : undefined;
    if (result.error || !problems) setMessage({ ok: false, text: t('errors.unexpected') });
    else if (problems.length > 0) setMessage({ ok: false, text: problems.map((p) => describeProfileError(t, p)).join(' ') });
    else setMessage({ ok: true, text: t('profiles.admin.saved') });
    refetch();
  };

  const setVisibility = (field: string, visibility: FieldVisibility) =>
    run(
      client.mutation(SetProfileFieldVisibilityMutation, { input: { field, visibility } }).toPromise(),
      (d: { setProfileFieldVisibility: { errors: never[] } }) => d.setProfileFieldVisibility.errors,
    );
  const move = (index: number, by: -1 | 1) => {
    const ids = data.customFields.map((field) => field.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    return run(
      client.mutation(ReorderCustomFieldsMutation, { input: { ids } }).toPromise(),
      (d: { reorderCustomFields: { errors: never[] } }) => d.reorderCustomFields.errors,
    );
  };
  const archive = (field: CustomField) =>
    field.archivedAt
      ? run(
          client.mutation(RestoreCustomFieldMutation, { id: field.id }).toPromise(),
          (d: { restoreCustomField: { errors: never[] } }) => d.restoreCustomField.errors,
        )
      : run(
          client.mutation(ArchiveCustomFieldMutation, { id: field.id }).toPromise(),
          (d: { archiveCustomField: { errors: never[] } }) => d.archiveCustomField.errors,
        );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('profiles.admin.title')}
        </Title>
        <Text c="dimmed">{t('profiles.admin.subtitle')}</Text>
      </Stack>
      {message && (
        <Alert
          color={message.ok ? 'teal' : 'red'}
          variant="light"
          icon={message.ok ? <CheckIcon size={20} /> : <AlertIcon size={20} />}
          role={message.ok ? 'status' : 'alert'}
          withCloseButton
          onClose={() => setMessage(null)}
        >
          {message.text}
        </Alert>
      )}

      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          {t('profiles.admin.standardTitle')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('profiles.admin.field')}</Table.Th>
                <Table.Th>{t('profiles.admin.visibility')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.profileFieldSettings.map((setting) => (
                <Table.Tr key={setting.field}>
                  <Table.Td>{looseT(t)(`profiles.fields.${setting.field}`)}</Table.Td>
                  <Table.Td>
                    {setting.changeable ? (
                      <Select
                        aria-label={`${looseT(t)(`profiles.fields.${setting.field}`)}: ${t('profiles.admin.visibility')}`}
                        data={visibilityOptions}
                        value={setting.visibility}
                        onChange={(value) => value && void setVisibility(setting.field, value as FieldVisibility)}
                        allowDeselect={false}
                        size="xs"
                        w={220}
                      />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {setting.decidedBy === 'ALWAYS' ? t('profiles.admin.always') : t('profiles.admin.memberChooses')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <Card withBorder padding="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('profiles.admin.customTitle')}
          </Title>
          <Button size="xs" onClick={() => setEditing('new')}>
            {t('profiles.admin.add')}
          </Button>
        </Group>
        {data.customFields.length === 0 ? (
          <Text c="dimmed">{t('profiles.admin.none')}</Text>
        ) : (
          <Stack gap="xs">
            {data.customFields.map((field, index) => (
              <Card key={field.id} withBorder padding="sm" data-testid={`custom-field-${field.key}`}>
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text fw={600}>{field.label}</Text>
                      <Badge variant="light" tt="none">
                        {looseT(t)(`profiles.types.${field.type}`)}
                      </Badge>
                      <Badge variant="outline" color="gray" tt="none">
                        {looseT(t)(`profiles.visibility.${field.visibility}`)}
                      </Badge>
                      {field.archivedAt && (
                        <Badge color="gray" tt="none">
                          {t('profiles.admin.archived')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {field.key}
                      {field.options.length > 0 && ` · ${field.options.map((o) => o.label).join(' / ')}`}
                    </Text>
                  </Stack>
                  <Group gap={4}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => void move(index, -1)}
                      disabled={index === 0}
                      aria-label={`${t('profiles.admin.moveUp')}: ${field.label}`}
                    >
                      ↑
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => void move(index, 1)}
                      disabled={index === data.customFields.length - 1}
                      aria-label={`${t('profiles.admin.moveDown')}: ${field.label}`}
                    >
                      ↓
                    </Button>
                    <Button size="compact-xs" variant="light" onClick={() => setEditing(field)}>
                      {t('profiles.admin.edit')}
                    </Button>
                    <Button size="compact-xs" variant="light" color={field.archivedAt ? 'teal' : 'gray'} onClick={() => void archive(field)}>
                      {field.archivedAt ? t('profiles.admin.restore') : t('profiles.admin.archive')}
                    </Button>
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Card>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing && editing !== 'new' ? t('profiles.admin.editTitle', { label: editing.label }) : t('profiles.admin.addTitle')}
      >
        {editing !== null && (
          <CustomFieldForm
            field={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setMessage({ ok: true, text: t('profiles.admin.saved') });
              refetch();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
