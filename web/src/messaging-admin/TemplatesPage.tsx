import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../api/documents';
import { useQuery } from '../api/hooks';
import { usePageTitle } from '../components/usePageTitle';
import { userErrorMessage } from '../messaging/userErrors';
import { useSession } from '../session/hooks';
import { MemberPicker } from './MemberPicker';
import {
  CreateTemplateMutation,
  DeleteTemplateMutation,
  MessageTemplatesQuery,
  PreviewTemplateQuery,
  UpdateTemplateMutation,
  type MessageTemplate,
} from './messagingAdmin.api';

/** Variables an admin can insert with one click; any profile field or custom field works when typed. */
const VARIABLES = ['{{name}}', '{{network}}', '{{profile.department}}', '{{profile.entryYear}}', '{{profile.employer | "—"}}'];

/** Renders a body for one chosen member, as they would receive it. */
export function TemplatePreview({ body }: { body: string }) {
  const { t } = useTranslation();
  const [recipient, setRecipient] = useState<Map<string, string>>(new Map());
  const recipientId = [...recipient.keys()][0];
  const preview = useQuery(PreviewTemplateQuery, { body, recipientId: recipientId ?? '' }, { pause: !recipientId || !body.trim() });
  return (
    <Card withBorder radius="md" role="region" aria-label={t('messagingAdmin.templates.preview')}>
      <Stack gap="xs">
        <MemberPicker label={t('messagingAdmin.templates.previewFor')} chosen={recipient} onChange={setRecipient} single />
        {preview.data && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="template-preview">
            {preview.data.previewMessageTemplate.text}
          </Text>
        )}
        {preview.error && (
          <Text size="sm" c="red" role="alert">
            {preview.error.graphQLErrors[0]?.message ?? t('errors.network')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function TemplateForm({ template, onSaved, onCancel }: { template: MessageTemplate | null; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [errors, setErrors] = useState<UserError[]>([]);
  const [failed, setFailed] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = template
      ? await client.mutation(UpdateTemplateMutation, { input: { id: template.id, name, body } }).toPromise()
      : await client.mutation(CreateTemplateMutation, { input: { name, body } }).toPromise();
    const payload = result.data && ('createMessageTemplate' in result.data ? result.data.createMessageTemplate : result.data.updateMessageTemplate);
    setFailed(!payload);
    setErrors(payload?.errors ?? []);
    if (payload?.template) onSaved();
  };
  const errorOf = (field: string) => {
    const found = errors.filter((error) => error.field === field);
    return found.length > 0 ? userErrorMessage(t, found, false) : undefined;
  };
  const general = failed
    ? t('errors.network')
    : userErrorMessage(
        t,
        errors.filter((error) => error.field !== 'name' && error.field !== 'body'),
        false,
      );
  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('messagingAdmin.templates.form')} noValidate>
      <Stack gap="sm">
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <TextInput
          label={t('messagingAdmin.templates.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errorOf('name')}
          required
        />
        <Textarea
          label={t('messagingAdmin.templates.body')}
          description={t('messagingAdmin.templates.bodyHint', { interpolation: { prefix: '[[', suffix: ']]' } })}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errorOf('body')}
          autosize
          minRows={4}
          required
        />
        <Group gap={6} aria-label={t('messagingAdmin.templates.insert')} role="group">
          {VARIABLES.map((variable) => (
            <Button key={variable} size="compact-xs" variant="light" onClick={() => setBody((current) => `${current}${variable}`)}>
              {variable}
            </Button>
          ))}
        </Group>
        <TemplatePreview body={body} />
        <Group>
          <Button type="submit">{t('messagingAdmin.templates.save')}</Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('messagingAdmin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('messagingAdmin.templates.title'));
  const { client } = useSession();
  const templates = useQuery(MessageTemplatesQuery, {});
  const [editing, setEditing] = useState<MessageTemplate | 'new' | null>(null);
  const remove = async (template: MessageTemplate) => {
    if (!window.confirm(t('messagingAdmin.templates.confirmDelete', { name: template.name }))) return;
    await client.mutation(DeleteTemplateMutation, { input: { id: template.id } }).toPromise();
    templates.refetch();
  };
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('messagingAdmin.templates.title')}
        </Title>
        {!editing && <Button onClick={() => setEditing('new')}>{t('messagingAdmin.templates.new')}</Button>}
      </Group>
      {editing && (
        <TemplateForm
          key={editing === 'new' ? 'new' : editing.id}
          template={editing === 'new' ? null : editing}
          onSaved={() => {
            setEditing(null);
            templates.refetch();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <Table aria-label={t('messagingAdmin.templates.list')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('messagingAdmin.templates.name')}</Table.Th>
            <Table.Th>{t('messagingAdmin.templates.body')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templates.data?.messageTemplates.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td>{node.name}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {node.body}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="light" onClick={() => setEditing(node)}>
                    {t('messagingAdmin.edit')}
                  </Button>
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => void remove(node)}>
                    {t('messagingAdmin.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
