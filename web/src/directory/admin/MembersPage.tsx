import { useEffect, useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Radio, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeRequestError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { AlertIcon } from '../../components/icons';
import { usePageTitle } from '../../components/usePageTitle';
import { useSession } from '../../session/hooks';
import { ExportButton } from './ExportButton';
import {
  describeCrmError,
  AdminMembersQuery,
  BulkTagMembersMutation,
  TagsQuery,
  type AdminMemberListItem,
  type DirectoryFilter,
  type SortOrder,
} from './crm.api';
import { filterFieldErrors, MemberFilterForm, queryUserErrors } from './MemberFilterForm';

const PAGE_SIZE = 50;
/** The list follows the filter a moment after the admin stops typing. */
const DEBOUNCE_MS = 300;
const SORTS: SortOrder[] = ['NAME', 'ENTRY_YEAR_DESC', 'RECENTLY_JOINED', 'LAST_SIGN_IN'];

export function useDebounced<T>(value: T, ms = DEBOUNCE_MS): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function formatDateTime(iso: string | null, language: string): string {
  return iso ? new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}

export function TagBadge({ tag }: { tag: { name: string; color: string | null } }) {
  return (
    <Badge variant="light" color={tag.color ?? 'gray'} radius="sm" tt="none">
      {tag.name}
    </Badge>
  );
}

/**
 * The admin member list: filter by anything (tags, LINE, sign-ins, answers included), select
 * people or take everyone the filter matches, and tag or untag them in one step.
 */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const { client } = useSession();
  usePageTitle(t('crm.members.title'));
  const [filter, setFilter] = useState<DirectoryFilter>({});
  const [sort, setSort] = useState<SortOrder>('NAME');
  const applied = useDebounced(filter);
  const tags = useQuery(TagsQuery, {});
  const first = useQuery(AdminMembersQuery, { filter: applied, sort, first: PAGE_SIZE, after: null });
  const [more, setMore] = useState<{ key: string; rows: AdminMemberListItem[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [scope, setScope] = useState<'selected' | 'all'>('selected');
  const [tagId, setTagId] = useState<string | null>(null);
  const [bulkMessage, setBulkMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [working, setWorking] = useState(false);

  const key = JSON.stringify([applied, sort]);
  useEffect(() => {
    setSelected(new Set());
    setBulkMessage(null);
  }, [key]);
  const page = first.data?.adminMembers;
  const extra = more?.key === key ? more : null;
  const rows = useMemo(() => [...(page?.edges.map((edge) => edge.node) ?? []), ...(extra?.rows ?? [])], [page, extra]);
  const hasNextPage = extra ? extra.hasNextPage : (page?.pageInfo.hasNextPage ?? false);
  const filterErrors = filterFieldErrors(t('crm.errors.filterField'), queryUserErrors(first.error));
  const tagList = tags.data?.tags.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    const after = extra ? extra.endCursor : (page?.pageInfo.endCursor ?? null);
    const result = await client.query(AdminMembersQuery, { filter: applied, sort, first: PAGE_SIZE, after }).toPromise();
    const next = result.data?.adminMembers;
    if (!next) return;
    setMore({
      key,
      rows: [...(extra?.rows ?? []), ...next.edges.map((edge) => edge.node)],
      endCursor: next.pageInfo.endCursor,
      hasNextPage: next.pageInfo.hasNextPage,
    });
  };

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allShownSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));

  const bulk = async (action: 'ADD' | 'REMOVE') => {
    if (!tagId) return;
    setWorking(true);
    const input = scope === 'all' ? { tagId, filter: applied, action } : { tagId, memberIds: [...selected], action };
    const result = await client.mutation(BulkTagMembersMutation, { input }).toPromise();
    setWorking(false);
    const payload = result.data?.bulkTagMembers;
    if (result.error || !payload) return setBulkMessage({ ok: false, text: result.error ? describeRequestError(t, result.error) : t('errors.unexpected') });
    if (payload.errors.length > 0) return setBulkMessage({ ok: false, text: payload.errors.map((error) => describeCrmError(t, error)).join(' ') });
    setBulkMessage({
      ok: true,
      text: t(action === 'ADD' ? 'crm.bulk.added' : 'crm.bulk.removed', { count: payload.affectedCount, tag: payload.tag?.name ?? '' }),
    });
    setMore(null);
    first.refetch();
    tags.refetch();
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('crm.members.title')}
        </Title>
        <ExportButton filter={applied} sort={sort} />
      </Group>
      <Card withBorder radius="md">
        <Stack gap="sm">
          <MemberFilterForm initial={filter} tags={tagList} onChange={setFilter} errors={filterErrors} />
          <Group justify="space-between">
            <Text fw={600} aria-live="polite" data-testid="member-count">
              {page ? t('crm.members.count', { count: page.totalCount }) : '…'}
            </Text>
            <Select
              label={t('crm.members.sort')}
              data={SORTS.map((value) => ({ value, label: t(`crm.sort.${value}`) }))}
              value={sort}
              onChange={(value) => value && setSort(value as SortOrder)}
              allowDeselect={false}
              w={220}
            />
          </Group>
        </Stack>
      </Card>

      <Card withBorder radius="md" aria-label={t('crm.bulk.title')} role="region">
        <Stack gap="xs">
          <Text fw={600}>{t('crm.bulk.title')}</Text>
          <Radio.Group value={scope} onChange={(value) => setScope(value as 'selected' | 'all')}>
            <Group gap="md">
              <Radio value="selected" label={t('crm.bulk.selected', { count: selected.size })} />
              <Radio value="all" label={t('crm.bulk.allMatching', { count: page?.totalCount ?? 0 })} />
            </Group>
          </Radio.Group>
          <Group align="flex-end">
            <Select
              label={t('crm.bulk.tag')}
              placeholder={t('crm.bulk.chooseTag')}
              data={tagList.map((tag) => ({ value: tag.id, label: tag.name }))}
              value={tagId}
              onChange={setTagId}
              searchable
              w={240}
            />
            <Button onClick={() => void bulk('ADD')} loading={working} disabled={!tagId || (scope === 'selected' && selected.size === 0)}>
              {t('crm.bulk.add')}
            </Button>
            <Button
              variant="light"
              color="red"
              onClick={() => void bulk('REMOVE')}
              loading={working}
              disabled={!tagId || (scope === 'selected' && selected.size === 0)}
            >
              {t('crm.bulk.remove')}
            </Button>
            <Anchor component={Link} to="/admin/tags" size="sm">
              {t('crm.bulk.manageTags')}
            </Anchor>
          </Group>
          {bulkMessage && (
            <Text size="sm" c={bulkMessage.ok ? 'teal' : 'red'} role={bulkMessage.ok ? 'status' : 'alert'}>
              {bulkMessage.text}
            </Text>
          )}
        </Stack>
      </Card>

      {first.error && Object.keys(filterErrors).length === 0 && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {describeRequestError(t, first.error)}
        </Alert>
      )}
      <ScrollArea>
        <Table striped highlightOnHover verticalSpacing="xs" miw={900} aria-label={t('crm.members.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t('crm.members.selectAll')}
                  checked={allShownSelected}
                  indeterminate={!allShownSelected && rows.some((row) => selected.has(row.id))}
                  onChange={() => setSelected(allShownSelected ? new Set() : new Set(rows.map((row) => row.id)))}
                />
              </Table.Th>
              <Table.Th>{t('crm.fields.name')}</Table.Th>
              <Table.Th>{t('crm.fields.status')}</Table.Th>
              <Table.Th>{t('crm.fields.email')}</Table.Th>
              <Table.Th>{t('crm.fields.entryYear')}</Table.Th>
              <Table.Th>{t('crm.fields.department')}</Table.Th>
              <Table.Th>{t('crm.fields.tags')}</Table.Th>
              <Table.Th>{t('crm.fields.lastSignIn')}</Table.Th>
              <Table.Th>{t('crm.fields.signInCount')}</Table.Th>
              <Table.Th>{t('crm.fields.line')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-member-id={row.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('crm.members.select', { name: row.profile.displayName })}
                    checked={selected.has(row.id)}
                    onChange={() => toggle(row.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/admin/members/${row.id}`}>
                    {row.profile.displayName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" size="sm">
                    {t(`crm.status.${row.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.email ?? '—'}</Table.Td>
                <Table.Td>{row.profile.entryYear ?? '—'}</Table.Td>
                <Table.Td>{row.profile.department ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {row.tags.map((tag) => (
                      <TagBadge key={tag.id} tag={tag} />
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(row.lastSignInAt, i18n.language)}</Table.Td>
                <Table.Td>{row.signInCount}</Table.Td>
                <Table.Td>{row.lineLinked ? t('crm.filter.yes') : t('crm.filter.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {page && rows.length === 0 && <Text c="dimmed">{t('crm.members.empty')}</Text>}
      {hasNextPage && (
        <Button variant="default" onClick={() => void loadMore()}>
          {t('crm.members.more')}
        </Button>
      )}
    </Stack>
  );
}
