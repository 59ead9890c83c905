import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Modal, Progress, Radio, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '../api/hooks';
import { usePageTitle } from '../components/usePageTitle';
import { SegmentsQuery } from '../directory/admin/crm.api';
import { userErrorMessage } from '../messaging/userErrors';
import { useSession } from '../session/hooks';
import { MemberPicker } from './MemberPicker';
import { MessageBody } from './MessageBody';
import { BulkMessagesQuery, MessageTemplatesQuery, SendBulkMessageMutation, type BulkMessageStatus } from './messagingAdmin.api';
import { TemplatePreview } from './TemplatesPage';

export const STATUS_COLOR: Record<BulkMessageStatus, string> = { SCHEDULED: 'blue', SENDING: 'yellow', COMPLETED: 'green', CANCELLED: 'gray', FAILED: 'red' };

/** Audience (a segment or hand-picked members), message (a template or free text), now or later. */
function BulkComposer({ onSent }: { onSent: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { client } = useSession();
  const segments = useQuery(SegmentsQuery, {});
  const templates = useQuery(MessageTemplatesQuery, {});
  const [audience, setAudience] = useState<'segment' | 'members'>('members');
  const [segmentId, setSegmentId] = useState<string | null>(null);
  const [members, setMembers] = useState<Map<string, string>>(new Map());
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const [scheduledAt, setScheduledAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // One key per composition: a double click or a retried request sends once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const template = templates.data?.messageTemplates.edges.find(({ node }) => node.id === templateId)?.node;
  const segment = segments.data?.segments.edges.find(({ node }) => node.id === segmentId)?.node;
  const recipientCount = audience === 'segment' ? (segment?.memberCount ?? 0) : members.size;

  const [confirming, setConfirming] = useState(false);
  const scheduledTime = scheduledAt ? new Date(scheduledAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }) : null;

  const send = async () => {
    setSending(true);
    const result = await client
      .mutation(SendBulkMessageMutation, {
        input: {
          idempotencyKey,
          templateId: templateId ?? null,
          body: templateId ? null : body,
          segmentId: audience === 'segment' ? segmentId : null,
          memberIds: audience === 'members' ? [...members.keys()] : null,
          scheduledAt: scheduledAt ? new Date(scheduledAt).toISOString() : null,
        },
      })
      .toPromise();
    setSending(false);
    setConfirming(false);
    const failure = userErrorMessage(t, result.data?.sendBulkMessage.errors, !result.data);
    setError(failure);
    const sent = result.data?.sendBulkMessage.bulkMessage;
    if (!failure && sent) onSent(sent.id);
  };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setConfirming(true);
  };

  return (
    <form onSubmit={confirm} aria-label={t('messagingAdmin.bulk.composer')} noValidate>
      <Card withBorder radius="md">
        <Stack gap="sm">
          <Radio.Group label={t('messagingAdmin.bulk.audience')} value={audience} onChange={(value) => setAudience(value as 'segment' | 'members')}>
            <Group mt={4}>
              <Radio value="members" label={t('messagingAdmin.bulk.handPicked')} />
              <Radio value="segment" label={t('messagingAdmin.bulk.segment')} />
            </Group>
          </Radio.Group>
          {audience === 'segment' ? (
            <Select
              label={t('messagingAdmin.bulk.segment')}
              data={
                segments.data?.segments.edges.map(({ node }) => ({
                  value: node.id,
                  label: t('messagingAdmin.bulk.segmentOption', { name: node.name, count: node.memberCount }),
                })) ?? []
              }
              value={segmentId}
              onChange={setSegmentId}
            />
          ) : (
            <MemberPicker label={t('messagingAdmin.bulk.recipients')} chosen={members} onChange={setMembers} />
          )}
          <Select
            label={t('messagingAdmin.bulk.template')}
            data={templates.data?.messageTemplates.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
            value={templateId}
            onChange={setTemplateId}
            clearable
          />
          {!templateId && (
            <Textarea label={t('messagingAdmin.bulk.body')} value={body} onChange={(event) => setBody(event.currentTarget.value)} autosize minRows={3} />
          )}
          <TemplatePreview body={template?.body ?? body} />
          <TextInput
            type="datetime-local"
            label={t('messagingAdmin.bulk.scheduledAt')}
            description={t('messagingAdmin.bulk.scheduledAtHint')}
            value={scheduledAt}
            onChange={(event) => setScheduledAt(event.currentTarget.value)}
          />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={sending} disabled={recipientCount === 0}>
              {scheduledAt ? t('messagingAdmin.bulk.schedule', { count: recipientCount }) : t('messagingAdmin.bulk.sendNow', { count: recipientCount })}
            </Button>
          </Group>
        </Stack>
      </Card>
      <Modal opened={confirming} onClose={() => !sending && setConfirming(false)} title={t('messagingAdmin.bulk.confirmTitle')} centered>
        <Stack gap="md">
          <Text>
            {scheduledTime
              ? t('messagingAdmin.bulk.confirmScheduled', { count: recipientCount, time: scheduledTime })
              : t('messagingAdmin.bulk.confirmNow', { count: recipientCount })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={sending} data-autofocus>
              {t('messagingAdmin.cancel')}
            </Button>
            <Button onClick={() => void send()} loading={sending}>
              {scheduledTime
                ? t('messagingAdmin.bulk.confirmSchedule', { count: recipientCount })
                : t('messagingAdmin.bulk.confirmSend', { count: recipientCount })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}

export function BulkMessagesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('messagingAdmin.bulk.title'));
  const navigate = useNavigate();
  const list = useQuery(BulkMessagesQuery, {});
  const [composing, setComposing] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('messagingAdmin.bulk.title')}
        </Title>
        {!composing && <Button onClick={() => setComposing(true)}>{t('messagingAdmin.bulk.new')}</Button>}
      </Group>
      {composing && <BulkComposer onSent={(id) => navigate(`/admin/bulk-messages/${id}`)} />}
      <Table aria-label={t('messagingAdmin.bulk.list')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('messagingAdmin.bulk.message')}</Table.Th>
            <Table.Th>{t('messagingAdmin.bulk.status')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('messagingAdmin.bulk.progress')}</Table.Th>
            <Table.Th>{t('messagingAdmin.bulk.openRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.bulkMessages.edges.map(({ node }) => (
            <Table.Tr key={node.id}>
              <Table.Td>
                <Anchor component={Link} to={`/admin/bulk-messages/${node.id}`} lineClamp={2}>
                  <MessageBody parts={node.bodyParts} />
                </Anchor>
                <Text size="xs" c="dimmed">
                  {new Date(node.scheduledAt ?? node.createdAt).toLocaleString(i18n.language)}
                </Text>
              </Table.Td>
              {/* The status and the rate keep their full width; the message's text gives way. */}
              <Table.Td w={1}>
                <Badge color={STATUS_COLOR[node.status]} miw="max-content">
                  {t(`messagingAdmin.bulk.statuses.${node.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td visibleFrom="sm" miw={120}>
                <Progress value={node.progress * 100} aria-label={t('messagingAdmin.bulk.progress')} />
              </Table.Td>
              <Table.Td w={1} style={{ whiteSpace: 'nowrap' }}>
                {Math.round(node.openRate * 100)}%
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
