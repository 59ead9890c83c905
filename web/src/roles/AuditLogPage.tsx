import { useEffect, useState } from 'react';
import { Button, Card, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PageInfo } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { AuditLogActionsQuery, AuditLogQuery, type AuditLogEntry } from './api';
import { Feedback, looseT } from './common';

const PAGE_SIZE = 50;

type Translate = (key: string | string[], options?: Record<string, unknown>) => string;

/** One detail value in words: permissions and roles by name, yes/no, dates in the reader's format. */
function detailValue(t: Translate, key: string, value: string, language: string): string {
  if (key === 'permissions' || key === 'previousPermissions') {
    return value
      .split(',')
      .filter(Boolean)
      .map((p) => t([`roles.permission.${p.toUpperCase()}.label`], { defaultValue: p }))
      .join(', ');
  }
  if (key === 'from' || key === 'to' || key === 'role') return t([`roles.builtIn.${value.toUpperCase()}`], { defaultValue: value });
  if (value === 'true' || value === 'false') return t(`roles.common.${value === 'true' ? 'yes' : 'no'}`);
  if (key === 'expiresAt') return formatDateTime(value, language);
  return value;
}

/** "key: value" lines of an entry's details, ids and empty values left out. */
function detailLines(t: Translate, details: string, language: string): string[] {
  try {
    const parsed = JSON.parse(details) as Record<string, unknown>;
    return Object.entries(parsed)
      .filter(([key, value]) => value !== null && value !== '' && !key.endsWith('Id'))
      .map(([key, value]) => `${t([`roles.audit.detail.${key}`], { defaultValue: key })}: ${detailValue(t, key, String(value), language)}`);
  } catch {
    return [details];
  }
}

/** What the network's administrators did, newest first, filterable by action. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('roles.audit.title'));
  const { client } = useSession();
  const [action, setAction] = useState('');
  const actions = useQuery(AuditLogActionsQuery, {});
  const log = useQuery(AuditLogQuery, { first: PAGE_SIZE, action: action || null });
  const [entries, setEntries] = useState<AuditLogEntry[]>([]);
  const [pageInfo, setPageInfo] = useState<PageInfo>({ hasNextPage: false, endCursor: null });
  const [error, setError] = useState<string | null>(null);
  const lt = looseT(t);

  useEffect(() => {
    if (!log.data) return;
    setEntries(log.data.auditLog.edges.map((e) => e.node));
    setPageInfo(log.data.auditLog.pageInfo);
  }, [log.data]);

  const loadMore = async () => {
    const result = await client.query(AuditLogQuery, { first: PAGE_SIZE, after: pageInfo.endCursor, action: action || null }).toPromise();
    const connection = result.data?.auditLog;
    if (result.error || !connection) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    setEntries((current) => [...current, ...connection.edges.map((e) => e.node)]);
    setPageInfo(connection.pageInfo);
  };

  const actionLabel = (name: string) => lt([`roles.audit.actions.${name.replace(/[.-]/g, '_')}`], { defaultValue: name });
  const options = [
    { value: '', label: t('roles.audit.allActions') },
    ...(actions.data?.auditLogActions ?? []).map((name) => ({ value: name, label: actionLabel(name) })),
  ];

  return (
    <ContentPage title={t('roles.audit.title')} subtitle={t('roles.audit.subtitle')}>
      <Feedback errors={error ? [error] : []} />
      <NativeSelect
        label={t('roles.audit.filter')}
        data={options}
        value={action}
        onChange={(e) => setAction(e.currentTarget.value)}
        w={{ base: '100%', sm: 360 }}
      />
      <Card withBorder radius="lg" padding="md">
        {log.error && !log.data ? (
          <Feedback errors={[describeRequestError(t, log.error)]} />
        ) : !log.data ? (
          <PageLoader />
        ) : entries.length === 0 ? (
          <Text c="dimmed" ta="center" py="md">
            {t('roles.audit.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
            <Table verticalSpacing="sm" aria-label={t('roles.audit.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roles.audit.when')}</Table.Th>
                  <Table.Th>{t('roles.audit.actor')}</Table.Th>
                  <Table.Th>{t('roles.audit.action')}</Table.Th>
                  <Table.Th>{t('roles.audit.target')}</Table.Th>
                  <Table.Th>{t('roles.audit.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{entry.actor?.displayName ?? t('roles.audit.system')}</Table.Td>
                    <Table.Td>{actionLabel(entry.action)}</Table.Td>
                    <Table.Td>{entry.target?.displayName ?? '—'}</Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        {detailLines(lt, entry.details, i18n.language).map((line) => (
                          <Text size="xs" key={line} style={{ wordBreak: 'break-word' }}>
                            {line}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {pageInfo.hasNextPage && (
          <Button variant="subtle" mt="sm" onClick={() => void loadMore()}>
            {t('roles.common.loadMore')}
          </Button>
        )}
      </Card>
    </ContentPage>
  );
}
