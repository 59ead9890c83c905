import { useState } from 'react';
import { Alert, Button, Card, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/hooks';
import { usePageTitle } from '../components/usePageTitle';
import { userErrorMessage } from '../messaging/userErrors';
import { useSession } from '../session/hooks';
import { AutoRepliesQuery, MessageTemplatesQuery, SetAutoReplyMutation, type AutoReply } from './messagingAdmin.api';

function AutoReplyCard({ reply, templates, onSaved }: { reply: AutoReply; templates: { value: string; label: string }[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [enabled, setEnabled] = useState(reply.enabled);
  const [templateId, setTemplateId] = useState<string | null>(reply.template?.id ?? null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const title = t(reply.trigger === 'REGISTERED' ? 'messagingAdmin.autoReplies.registered' : 'messagingAdmin.autoReplies.approved');
  const save = async () => {
    const result = await client.mutation(SetAutoReplyMutation, { input: { trigger: reply.trigger, enabled, templateId } }).toPromise();
    const error = userErrorMessage(t, result.data?.setAutoReply.errors, !result.data);
    setMessage(error ? { ok: false, text: error } : { ok: true, text: t('messagingAdmin.autoReplies.saved') });
    if (!error) onSaved();
  };
  return (
    <Card withBorder radius="md" role="region" aria-label={title}>
      <Stack gap="sm">
        <Text fw={600}>{title}</Text>
        <Switch label={t('messagingAdmin.autoReplies.enabled')} checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />
        <Select label={t('messagingAdmin.autoReplies.template')} data={templates} value={templateId} onChange={setTemplateId} clearable />
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void save()}>{t('messagingAdmin.autoReplies.save')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function AutoRepliesPage() {
  const { t } = useTranslation();
  usePageTitle(t('messagingAdmin.autoReplies.title'));
  const replies = useQuery(AutoRepliesQuery, {});
  const templates = useQuery(MessageTemplatesQuery, {});
  const options = templates.data?.messageTemplates.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
  return (
    <Stack gap="md">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('messagingAdmin.autoReplies.title')}
      </Title>
      <Text c="dimmed">{t('messagingAdmin.autoReplies.intro')}</Text>
      {templates.data &&
        replies.data?.autoReplies.map((reply) => <AutoReplyCard key={reply.trigger} reply={reply} templates={options} onSaved={replies.refetch} />)}
    </Stack>
  );
}
