import { useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Collapse, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { PageInfo } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon, CheckIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import {
  AlumniCompaniesQuery,
  AlumniCompanyIndustriesQuery,
  COMPANY_STAGES,
  RemoveCompanyMutation,
  type Company,
  type CompanySort,
  type CompanyStage,
} from './companies.api';
import { CompanyForm, describeCompanyError, stageLabel } from './CompanyForm';

const PAGE_SIZE = 20;

/** Alumni companies: search and filter the network's list, add a company you founded, edit or remove your own. */
export function CompaniesPage() {
  const { t } = useTranslation();
  usePageTitle(t('companies.pageTitle'));
  const { viewer } = useViewer();
  const { client } = useSession();
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [industries, setIndustries] = useState<string[]>([]);
  const [stages, setStages] = useState<CompanyStage[]>([]);
  const [sort, setSort] = useState<CompanySort>('NAME');
  const filter = { text: debouncedText || null, industries: industries.length ? industries : null, stages: stages.length ? stages : null };
  const companies = useQuery(AlumniCompaniesQuery, { filter, sort, first: PAGE_SIZE }, { pause: viewer?.status !== 'APPROVED' });
  const industryOptions = useQuery(AlumniCompanyIndustriesQuery, {}, { pause: viewer?.status !== 'APPROVED' });
  const [list, setList] = useState<Company[]>([]);
  const [pageInfo, setPageInfo] = useState<PageInfo>({ hasNextPage: false, endCursor: null });
  const [totalCount, setTotalCount] = useState(0);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Company | null>(null);
  const [removing, setRemoving] = useState<Company | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const connection = companies.data?.alumniCompanies;
    if (!connection) return;
    setList(connection.edges.map((edge) => edge.node));
    setPageInfo(connection.pageInfo);
    setTotalCount(connection.totalCount);
  }, [companies.data]);

  if (!viewer) return <PageLoader />;
  if (viewer.status !== 'APPROVED') return <Navigate to="/pending" replace />;

  const refresh = () => {
    companies.refetch();
    industryOptions.refetch();
  };

  const loadMore = async () => {
    const result = await client.query(AlumniCompaniesQuery, { filter, sort, first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise();
    const connection = result.data?.alumniCompanies;
    if (result.error || !connection) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    setList((current) => [...current, ...connection.edges.map((edge) => edge.node).filter((node) => !current.some((c) => c.id === node.id))]);
    setPageInfo(connection.pageInfo);
    setTotalCount(connection.totalCount);
  };

  const remove = async (company: Company) => {
    const result = await client.mutation(RemoveCompanyMutation, { input: { companyId: company.id } }).toPromise();
    setRemoving(null);
    const payload = result.data?.removeCompany;
    if (result.error || !payload) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    if (payload.errors.length > 0) return setError(payload.errors.map((e) => describeCompanyError(t, e)).join(' '));
    setList((current) => current.filter((c) => c.id !== company.id));
    setTotalCount((count) => Math.max(0, count - 1));
    setDone(t('companies.remove.done'));
    refresh();
  };

  return (
    <ContentPage title={t('companies.pageTitle')} subtitle={t('companies.subtitle', { network: viewer.network.name })}>
      {done && (
        <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton onClose={() => setDone(null)} role="status">
          {done}
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} withCloseButton onClose={() => setError(null)} role="alert">
          {error}
        </Alert>
      )}
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} fz="lg">
              {t('companies.add.title')}
            </Title>
            <Button variant={adding ? 'default' : 'light'} onClick={() => setAdding((open) => !open)} aria-expanded={adding}>
              {adding ? t('companies.cancel') : t('companies.add.open')}
            </Button>
          </Group>
          <Collapse expanded={adding}>
            {adding && (
              <CompanyForm
                onSaved={() => {
                  setAdding(false);
                  setDone(t('companies.add.done'));
                  refresh();
                }}
              />
            )}
          </Collapse>
        </Stack>
      </Card>

      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('companies.searchLabel')}
              placeholder={t('companies.searchPlaceholder')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              type="search"
            />
            <Select
              label={t('companies.sortLabel')}
              data={(['NAME', 'NEWEST'] as const).map((value) => ({ value, label: t(`companies.sort.${value}`) }))}
              value={sort}
              onChange={(value) => value && setSort(value as CompanySort)}
              allowDeselect={false}
            />
            <MultiSelect
              label={t('companies.industryLabel')}
              data={industryOptions.data?.alumniCompanyIndustries ?? []}
              value={industries}
              onChange={setIndustries}
              searchable
              clearable
            />
            <MultiSelect
              label={t('companies.stageLabel')}
              data={COMPANY_STAGES.map((stage) => ({ value: stage, label: stageLabel(t, stage) }))}
              value={stages}
              onChange={(values) => setStages(values as CompanyStage[])}
              clearable
            />
          </SimpleGrid>
          {companies.error && !companies.data ? (
            <Alert color="red" variant="light" role="alert">
              {describeRequestError(t, companies.error)}
            </Alert>
          ) : !companies.data && companies.fetching ? (
            <PageLoader />
          ) : (
            <>
              <Text size="sm" c="dimmed" role="status" data-testid="company-count">
                {t('companies.count', { count: totalCount })}
              </Text>
              {list.length === 0 ? (
                <Text c="dimmed" ta="center" py="md">
                  {t('companies.empty')}
                </Text>
              ) : (
                <ul aria-label={t('companies.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {list.map((company) => (
                    <CompanyItem key={company.id} company={company} onEdit={() => setEditing(company)} onRemove={() => setRemoving(company)} />
                  ))}
                </ul>
              )}
              {pageInfo.hasNextPage && (
                <Button variant="subtle" onClick={() => void loadMore()}>
                  {t('companies.loadMore')}
                </Button>
              )}
            </>
          )}
        </Stack>
      </Card>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('companies.edit.title', { name: editing.name }) : ''}
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <CompanyForm
            company={editing}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              setList((current) => current.map((c) => (c.id === saved.id ? saved : c)));
              setDone(t('companies.edit.done'));
              industryOptions.refetch();
            }}
          />
        )}
      </Modal>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('companies.remove.action')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {removing && (
          <Stack gap="md">
            <Text>{t('companies.remove.confirm', { name: removing.name })}</Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('companies.cancel')}
              </Button>
              <Button color="red" onClick={() => void remove(removing)}>
                {t('companies.remove.confirmButton')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </ContentPage>
  );
}

function CompanyItem({ company, onEdit, onRemove }: { company: Company; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <li>
      <Stack gap={6} py="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={3} fz="md">
              {company.name}
            </Title>
            <Group gap={6} wrap="wrap">
              {company.industry && (
                <Badge variant="light" color="gray">
                  {company.industry}
                </Badge>
              )}
              {company.stage && (
                <Badge variant="light" color="indigo">
                  {stageLabel(t, company.stage)}
                </Badge>
              )}
              {company.foundedYear !== null && (
                <Text size="xs" c="dimmed">
                  {t('companies.foundedIn', { year: company.foundedYear })}
                </Text>
              )}
            </Group>
          </Stack>
          {(company.viewerMayEdit || company.viewerMayRemove) && (
            <Group gap={4} wrap="nowrap">
              {company.viewerMayEdit && (
                <Button variant="subtle" size="xs" onClick={onEdit} aria-label={t('companies.edit.actionLabel', { name: company.name })}>
                  {t('companies.edit.action')}
                </Button>
              )}
              {company.viewerMayRemove && (
                <Button variant="subtle" color="red" size="xs" onClick={onRemove} aria-label={t('companies.remove.actionLabel', { name: company.name })}>
                  {t('companies.remove.action')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {company.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {company.description}
          </Text>
        )}
        <Group gap="md" wrap="wrap">
          <Text size="sm">
            {t('companies.foundedBy')}{' '}
            <Anchor component={Link} to={`/members/${company.founderProfile.memberId}`}>
              {company.founderProfile.displayName}
            </Anchor>
          </Text>
          {company.url && (
            <Anchor href={company.url} target="_blank" rel="noopener noreferrer nofollow" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('companies.website')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </li>
  );
}
