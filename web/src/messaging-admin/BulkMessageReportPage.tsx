import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from '../api/hooks';
import { usePageTitle } from '../components/usePageTitle';
import { userErrorMessage } from '../messaging/userErrors';
import { useSession } from '../session/hooks';
import { STATUS_COLOR } from './BulkMessagesPage';
import { MessageBody } from './MessageBody';
import { BulkMessageQuery, CancelBulkMessageMutation } from './messagingAdmin.api';

/** One bulk message: progress while it is sent (refreshed every second), counts, open rate and each recipient's status. */
export function BulkMessageReportPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('messagingAdmin.report.title'));
  const { id = '' } = useParams();
  const { client } = useSession();
  const [opened, setOpened] = useState<'all' | 'opened' | 'unopened'>('all');
  const [error, setError] = useState<string | null>(null);
  const report = useQuery(BulkMessageQuery, { id, opened: opened === 'all' ? null : opened === 'opened' });
  const bulk = report.data?.bulkMessage;
  const { refetch } = report;
  const live = bulk?.status === 'SENDING' || bulk?.status === 'SCHEDULED';
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(refetch, 1000);
    return () => clearInterval(timer);
  }, [live, refetch]);
  if (!bulk) return report.fetching ? null : <Alert color="red">{t('messagingAdmin.report.notFound')}</Alert>;
  const cancel = async () => {
    const result = await client.mutation(CancelBulkMessageMutation, { input: { id } }).toPromise();
    setError(userErrorMessage(t, result.data?.cancelBulkMessage.errors, !result.data));
    refetch();
  };
  const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : '—');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('messagingAdmin.report.title')}
        </Title>
        <Badge size="lg" color={STATUS_COLOR[bulk.status]} data-testid="bulk-status">
          {t(`messagingAdmin.bulk.statuses.${bulk.status}`)}
        </Badge>
      </Group>
      <Card withBorder radius="md">
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <MessageBody parts={bulk.bodyParts} />
        </Text>
        {bulk.segmentName && (
          <Text size="sm" c="dimmed">
            {t('messagingAdmin.report.segment', { name: bulk.segmentName })}
          </Text>
        )}
      </Card>
      <Progress value={bulk.progress * 100} size="lg" aria-label={t('messagingAdmin.bulk.progress')} />
      <SimpleGrid cols={{ base: 2, sm: 5 }} role="group" aria-label={t('messagingAdmin.report.figures')}>
        <Text>{t('messagingAdmin.report.recipients', { n: bulk.recipientCount })}</Text>
        <Text>{t('messagingAdmin.report.delivered', { n: bulk.deliveredCount })}</Text>
        <Text>{t('messagingAdmin.report.failed', { n: bulk.failedCount })}</Text>
        <Text>{t('messagingAdmin.report.opened', { n: bulk.openedCount })}</Text>
        <Text>{t('messagingAdmin.report.openRate', { rate: Math.round(bulk.openRate * 100) })}</Text>
      </SimpleGrid>
      {bulk.status === 'SCHEDULED' && (
        <Group>
          <Text>{t('messagingAdmin.report.scheduledFor', { time: time(bulk.scheduledAt) })}</Text>
          <Button variant="light" color="red" onClick={() => void cancel()}>
            {t('messagingAdmin.report.cancel')}
          </Button>
        </Group>
      )}
      {error && <Alert color="red">{error}</Alert>}
      <SegmentedControl
        value={opened}
        onChange={(value) => setOpened(value as typeof opened)}
        data={[
          { value: 'all', label: t('messagingAdmin.report.all') },
          { value: 'opened', label: t('messagingAdmin.report.openedOnly') },
          { value: 'unopened', label: t('messagingAdmin.report.unopened') },
        ]}
      />
      <Table aria-label={t('messagingAdmin.report.recipientsTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('messagingAdmin.report.member')}</Table.Th>
            <Table.Th>{t('messagingAdmin.report.delivery')}</Table.Th>
            <Table.Th>{t('messagingAdmin.report.deliveredAt')}</Table.Th>
            <Table.Th>{t('messagingAdmin.report.openedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bulk.recipients.edges.map(({ node }) => (
            <Table.Tr key={node.member.id}>
              <Table.Td>{node.member.displayName}</Table.Td>
              <Table.Td>{node.failureReason ?? t(`messagingAdmin.report.recipientStatuses.${node.status}`)}</Table.Td>
              <Table.Td>{time(node.deliveredAt)}</Table.Td>
              <Table.Td>{time(node.openedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
