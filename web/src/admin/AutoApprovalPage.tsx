import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, FileInput, Group, Select, Stack, Switch, Table, Text, Textarea, TextInput, Title, SegmentedControl } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { PageInfo, UserError } from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon, CheckIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import {
  AutoApprovalQuery,
  DeleteRosterEntryMutation,
  ImportRosterMutation,
  RosterEntriesQuery,
  RosterPreviewQuery,
  UpdateAutoApprovalRulesMutation,
  type RosterEntry,
  type RosterImportMode,
  type RosterPreview,
} from '../registration/api';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';

const PAGE_SIZE = 50;
/** The server's limit on one upload (a GraphQL request is at most 1 MB). */
const CSV_MAX_CHARACTERS = 900_000;

function Notice({ text, onClose }: { text: string | null; onClose: () => void }) {
  return (
    <div role="status" aria-live="polite">
      {text && (
        <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton onClose={onClose}>
          {text}
        </Alert>
      )}
    </div>
  );
}

function Errors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
      <Stack gap={2}>
        {messages.map((message, index) => (
          <Text size="sm" key={index}>
            {message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** Administrators set the auto-approval rules (e-mail domains, roster) and keep the roster: upload with a preview, search, remove. */
export function AutoApprovalPage() {
  const { t } = useTranslation();
  usePageTitle(t('registration.autoApproval.pageTitle'));
  const { client } = useSession();
  const { viewer } = useViewer();
  const query = useQuery(AutoApprovalQuery, {});

  const [domains, setDomains] = useState('');
  const [rosterEnabled, setRosterEnabled] = useState(false);
  const [yearQuestionId, setYearQuestionId] = useState<string | null>(null);
  const [rosterCount, setRosterCount] = useState(0);
  const [rulesErrors, setRulesErrors] = useState<string[]>([]);
  const [rulesNotice, setRulesNotice] = useState<string | null>(null);
  const [savingRules, setSavingRules] = useState(false);

  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [mode, setMode] = useState<RosterImportMode>('APPEND');
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [uploadNotice, setUploadNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const roster = useQuery(RosterEntriesQuery, { search: debouncedSearch || null, first: PAGE_SIZE });
  const [entries, setEntries] = useState<RosterEntry[]>([]);
  const [pageInfo, setPageInfo] = useState<PageInfo>({ hasNextPage: false, endCursor: null });
  const [rosterNotice, setRosterNotice] = useState<string | null>(null);
  const [rosterErrors, setRosterErrors] = useState<string[]>([]);

  useEffect(() => {
    const rules = query.data?.autoApprovalRules;
    if (!rules) return;
    setDomains(rules.emailDomains.join('\n'));
    setRosterEnabled(rules.rosterEnabled);
    setYearQuestionId(rules.rosterYearQuestion?.id ?? null);
    setRosterCount(rules.rosterEntryCount);
  }, [query.data]);

  useEffect(() => {
    const connection = roster.data?.rosterEntries;
    if (!connection) return;
    setEntries(connection.edges.map((e) => e.node));
    setPageInfo(connection.pageInfo);
    if (!debouncedSearch) setRosterCount(connection.totalCount);
  }, [roster.data, debouncedSearch]);

  if (query.error && !query.data) {
    return (
      <ContentPage title={t('registration.autoApproval.title')}>
        <Errors messages={[describeRequestError(t, query.error)]} />
      </ContentPage>
    );
  }
  if (!query.data || !viewer) return <PageLoader />;

  const yearQuestions = query.data.registrationQuestions.filter((q) => q.kind === 'YEAR');
  const describe = (errors: UserError[]) => errors.map((e) => translateUserError(t, e));

  const saveRules = async (event: FormEvent) => {
    event.preventDefault();
    setSavingRules(true);
    setRulesNotice(null);
    const result = await client
      .mutation(UpdateAutoApprovalRulesMutation, {
        input: { emailDomains: domains.split(/[\s,]+/).filter(Boolean), rosterEnabled, rosterYearQuestionId: yearQuestionId },
      })
      .toPromise();
    setSavingRules(false);
    const payload = result.data?.updateAutoApprovalRules;
    if (result.error || !payload?.rules) {
      setRulesErrors(result.error ? [describeRequestError(t, result.error)] : describe(payload?.errors ?? []));
      return;
    }
    setRulesErrors([]);
    setDomains(payload.rules.emailDomains.join('\n'));
    const approvedNow = payload.approvedCount ? ` ${t('registration.autoApproval.approvedNow', { count: payload.approvedCount })}` : '';
    setRulesNotice(`${t('registration.autoApproval.rulesSaved')}${approvedNow}`);
  };

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setUploadErrors([]);
    setUploadNotice(null);
    setCsv(null);
    if (!chosen) return;
    const text = await chosen.text();
    if (text.length > CSV_MAX_CHARACTERS) {
      setUploadErrors([t('registration.autoApproval.fileTooLarge')]);
      return;
    }
    setCsv(text);
  };

  const runPreview = async (text: string, importMode: RosterImportMode) => {
    setBusy(true);
    const result = await client.query(RosterPreviewQuery, { csv: text, mode: importMode }).toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      setUploadErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    setPreview(result.data.rosterPreview);
    setUploadErrors(describe(result.data.rosterPreview.errors));
  };

  const upload = async () => {
    if (!csv) return;
    setBusy(true);
    const result = await client.mutation(ImportRosterMutation, { input: { csv, mode } }).toPromise();
    setBusy(false);
    const payload = result.data?.importRoster;
    if (result.error || !payload || payload.importedCount === null) {
      setUploadErrors(result.error ? [describeRequestError(t, result.error)] : describe(payload?.errors ?? []));
      return;
    }
    const approvedNow = payload.approvedCount ? ` ${t('registration.autoApproval.approvedNow', { count: payload.approvedCount })}` : '';
    setUploadNotice(`${t('registration.autoApproval.imported', { count: payload.importedCount, total: payload.totalCount ?? 0 })}${approvedNow}`);
    setRosterCount(payload.totalCount ?? 0);
    setPreview(null);
    setCsv(null);
    setFile(null);
    roster.refetch();
  };

  const remove = async (entry: RosterEntry) => {
    const who = entry.name ?? entry.email ?? '';
    const result = await client.mutation(DeleteRosterEntryMutation, { input: { entryId: entry.id } }).toPromise();
    const payload = result.data?.deleteRosterEntry;
    if (result.error || !payload?.entry) {
      setRosterErrors(result.error ? [describeRequestError(t, result.error)] : describe(payload?.errors ?? []));
      return;
    }
    setRosterErrors([]);
    setEntries((current) => current.filter((e) => e.id !== entry.id));
    setRosterCount((n) => Math.max(0, n - 1));
    setRosterNotice(t('registration.autoApproval.deleted', { who }));
  };

  const loadMore = async () => {
    if (!pageInfo.endCursor) return;
    const result = await client.query(RosterEntriesQuery, { search: debouncedSearch || null, first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise();
    const connection = result.data?.rosterEntries;
    if (result.error || !connection) {
      setRosterErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    setEntries((current) => [...current, ...connection.edges.map((e) => e.node)]);
    setPageInfo(connection.pageInfo);
  };

  return (
    <ContentPage title={t('registration.autoApproval.title')} subtitle={t('registration.autoApproval.subtitle', { network: viewer.network.name })}>
      <Card withBorder radius="lg" padding="lg">
        <form onSubmit={(event) => void saveRules(event)} noValidate>
          <Stack gap="md">
            <Title order={2} fz="lg">
              {t('registration.autoApproval.rulesTitle')}
            </Title>
            <Notice text={rulesNotice} onClose={() => setRulesNotice(null)} />
            <Errors messages={rulesErrors} />
            <Textarea
              label={t('registration.autoApproval.domains')}
              description={t('registration.autoApproval.domainsHint')}
              value={domains}
              onChange={(e) => setDomains(e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              placeholder="alumni.example.ac.jp"
            />
            <Switch
              label={t('registration.autoApproval.rosterEnabled')}
              description={t('registration.autoApproval.rosterHint')}
              checked={rosterEnabled}
              onChange={(e) => setRosterEnabled(e.currentTarget.checked)}
            />
            {yearQuestions.length > 0 ? (
              <Select
                label={t('registration.autoApproval.yearQuestion')}
                data={[{ value: '', label: t('registration.autoApproval.yearQuestionNone') }, ...yearQuestions.map((q) => ({ value: q.id, label: q.label }))]}
                value={yearQuestionId ?? ''}
                onChange={(value) => setYearQuestionId(value || null)}
                allowDeselect={false}
                disabled={!rosterEnabled}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('registration.autoApproval.noYearQuestions')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={savingRules}>
                {t('registration.autoApproval.saveRules')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} fz="lg">
              {t('registration.autoApproval.uploadTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('registration.autoApproval.rosterCount', { count: rosterCount })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('registration.autoApproval.uploadHint')}
          </Text>
          <Notice text={uploadNotice} onClose={() => setUploadNotice(null)} />
          <Errors messages={uploadErrors} />
          <Group align="flex-end" gap="md">
            <FileInput
              label={t('registration.autoApproval.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={(chosen) => void choose(chosen)}
              clearable
              w={{ base: '100%', xs: 280 }}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="roster-mode-label">
                {t('registration.autoApproval.mode')}
              </Text>
              <SegmentedControl
                aria-labelledby="roster-mode-label"
                value={mode}
                onChange={(value) => {
                  setMode(value as RosterImportMode);
                  if (csv && preview) void runPreview(csv, value as RosterImportMode);
                }}
                data={[
                  { value: 'APPEND', label: t('registration.autoApproval.append') },
                  { value: 'REPLACE', label: t('registration.autoApproval.replace') },
                ]}
              />
            </Stack>
            <Button variant="default" disabled={!csv} loading={busy && !preview} onClick={() => csv && void runPreview(csv, mode)}>
              {t('registration.autoApproval.preview')}
            </Button>
          </Group>
          {preview && preview.rows.length > 0 && (
            <Stack gap="sm">
              <Text size="sm" fw={500} aria-live="polite">
                {t('registration.autoApproval.previewSummary', { valid: preview.validCount, errors: preview.errorCount })}
              </Text>
              <Table.ScrollContainer minWidth={560} mah={360}>
                <Table striped withTableBorder stickyHeader aria-label={t('registration.autoApproval.preview')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('registration.autoApproval.line')}</Table.Th>
                      <Table.Th>{t('registration.autoApproval.email')}</Table.Th>
                      <Table.Th>{t('registration.autoApproval.name')}</Table.Th>
                      <Table.Th>{t('registration.autoApproval.year')}</Table.Th>
                      <Table.Th>{t('registration.autoApproval.problems')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.rows.map((row) => (
                      <Table.Tr key={row.line} bg={row.errors.length > 0 ? 'var(--mantine-color-red-light)' : undefined}>
                        <Table.Td>{row.line}</Table.Td>
                        <Table.Td>{row.email}</Table.Td>
                        <Table.Td>{row.name}</Table.Td>
                        <Table.Td>{row.year}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c="red">
                            {row.errors.map((e) => e.message).join(' ')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {preview.errorCount > 0 ? (
                <Text size="sm" c="red">
                  {t('registration.autoApproval.importBlocked')}
                </Text>
              ) : (
                <Group justify="flex-end">
                  <Button onClick={() => void upload()} loading={busy}>
                    {t('registration.autoApproval.import', { count: preview.validCount })}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
        </Stack>
      </Card>

      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('registration.autoApproval.rosterTitle')}
          </Title>
          <Notice text={rosterNotice} onClose={() => setRosterNotice(null)} />
          <Errors messages={rosterErrors} />
          <TextInput
            label={t('registration.autoApproval.search')}
            placeholder={t('registration.autoApproval.searchHint')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
          />
          {roster.fetching && !roster.data ? (
            <PageLoader />
          ) : entries.length === 0 ? (
            <Text c="dimmed" ta="center" py="md">
              {debouncedSearch ? t('registration.autoApproval.noMatches', { search: debouncedSearch }) : t('registration.autoApproval.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table aria-label={t('registration.autoApproval.rosterTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('registration.autoApproval.name')}</Table.Th>
                    <Table.Th>{t('registration.autoApproval.year')}</Table.Th>
                    <Table.Th>{t('registration.autoApproval.email')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td>{entry.name}</Table.Td>
                      <Table.Td>{entry.year}</Table.Td>
                      <Table.Td>{entry.email}</Table.Td>
                      <Table.Td ta="right">
                        <Button
                          variant="subtle"
                          color="red"
                          size="xs"
                          onClick={() => void remove(entry)}
                          aria-label={t('registration.autoApproval.deleteEntry', { who: entry.name ?? entry.email ?? '' })}
                        >
                          {t('registration.autoApproval.delete')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {pageInfo.hasNextPage && (
            <Button variant="subtle" onClick={() => void loadMore()}>
              {t('registration.autoApproval.loadMore')}
            </Button>
          )}
        </Stack>
      </Card>
    </ContentPage>
  );
}
