import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Avatar,
  Badge,
  Button,
  Card,
  Collapse,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { CombinedError } from '@urql/core';
import type { PageInfo } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import { DirectoryFacetsQuery, DirectoryQuery, type DirectoryFilter, type DirectoryPerson, type DirectorySort, type FacetValue } from './directory.api';
import { ProfileFieldsQuery } from './profiles.api';
import { expandLocations, REGION_KEYS, regionOption } from './regions';

const PAGE_SIZE = 20;

interface Filters {
  entryFrom: number | null;
  entryTo: number | null;
  departments: string[];
  employers: string[];
  industries: string[];
  locations: string[];
  skills: string[];
}

const NO_FILTERS: Filters = { entryFrom: null, entryTo: null, departments: [], employers: [], industries: [], locations: [], skills: [] };
const listOrNull = (values: readonly string[]) => (values.length > 0 ? [...values] : null);

/** The server's answer to bad input names the field (BAD_USER_INPUT with extensions.field). */
function badInputField(error: CombinedError | undefined): string | null {
  const extensions = error?.graphQLErrors?.[0]?.extensions as { code?: string; field?: string } | undefined;
  return extensions?.code === 'BAD_USER_INPUT' ? (extensions.field ?? null) : null;
}

/** The member directory: free text (names in kanji, kana or romaji, employer, skills…), filters, sort and infinite scroll. */
export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.pageTitle'));
  const { viewer } = useViewer();
  const { client } = useSession();
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [debouncedFilters] = useDebouncedValue(filters, 300);
  const [chosenSort, setSort] = useState<DirectorySort | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const approved = viewer?.status === 'APPROVED';

  const yearsReversed = debouncedFilters.entryFrom !== null && debouncedFilters.entryTo !== null && debouncedFilters.entryFrom > debouncedFilters.entryTo;
  // Relevance only means something with text; without it the list is by name.
  const sort: DirectorySort = chosenSort === 'RELEVANCE' && !debouncedText ? 'NAME' : (chosenSort ?? (debouncedText ? 'RELEVANCE' : 'NAME'));
  const filter: DirectoryFilter = useMemo(
    () => ({
      text: debouncedText || null,
      entryYear:
        debouncedFilters.entryFrom !== null || debouncedFilters.entryTo !== null ? { from: debouncedFilters.entryFrom, to: debouncedFilters.entryTo } : null,
      departments: listOrNull(debouncedFilters.departments),
      employers: listOrNull(debouncedFilters.employers),
      industries: listOrNull(debouncedFilters.industries),
      locations: listOrNull(expandLocations(debouncedFilters.locations)),
      skills: listOrNull(debouncedFilters.skills),
    }),
    [debouncedText, debouncedFilters],
  );
  const results = useQuery(DirectoryQuery, { filter, sort, first: PAGE_SIZE }, { pause: !approved || yearsReversed });
  const facets = useQuery(DirectoryFacetsQuery, {}, { pause: !approved });
  // The directory says which fields members may filter on (a field the network shows only to admins is no filter here) and the years' range.
  const profileFields = useQuery(ProfileFieldsQuery, {}, { pause: !approved }).data?.profileFields;
  const memberFilters = new Set(profileFields?.filter((field) => field.filter && field.visibility === 'MEMBERS').map((field) => field.filterArgument));
  const entryYear = profileFields?.find((field) => field.key === 'entryYear');

  const [people, setPeople] = useState<DirectoryPerson[]>([]);
  const [pageInfo, setPageInfo] = useState<PageInfo>({ hasNextPage: false, endCursor: null });
  const [totalCount, setTotalCount] = useState(0);
  const [fuzzy, setFuzzy] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const queryKey = JSON.stringify({ filter, sort });
  const currentKey = useRef(queryKey);
  currentKey.current = queryKey;

  useEffect(() => {
    const connection = results.data?.directory;
    if (!connection) return;
    setPeople(connection.edges.map((edge) => edge.node));
    setPageInfo(connection.pageInfo);
    setTotalCount(connection.totalCount);
    setFuzzy(connection.fuzzy);
    setMoreError(null);
  }, [results.data]);

  const loadMore = useCallback(async () => {
    if (loadingMore || !pageInfo.hasNextPage) return;
    const asked = currentKey.current;
    setLoadingMore(true);
    const result = await client
      .query(DirectoryQuery, { ...(JSON.parse(asked) as { filter: DirectoryFilter; sort: DirectorySort }), first: PAGE_SIZE, after: pageInfo.endCursor })
      .toPromise();
    setLoadingMore(false);
    // The search changed while this page was on its way: its people belong to the old list.
    if (asked !== currentKey.current) return;
    const connection = result.data?.directory;
    if (result.error || !connection) return setMoreError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    setPeople((current) => [
      ...current,
      ...connection.edges.map((edge) => edge.node).filter((node) => !current.some((person) => person.memberId === node.memberId)),
    ]);
    setPageInfo(connection.pageInfo);
    setTotalCount(connection.totalCount);
  }, [client, loadingMore, pageInfo, t]);

  // Infinite scroll: the next page loads as the end of the list comes into view.
  const sentinel = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !pageInfo.hasNextPage || moreError) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void loadMore();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [loadMore, pageInfo.hasNextPage, moreError, people.length]);

  if (!viewer) return <PageLoader />;
  if (!approved) return <Navigate to="/pending" replace />;

  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setFilters((current) => ({ ...current, [key]: value }));
  const options = (values: FacetValue[] | undefined, chosen: string[]) => {
    const offered = (values ?? []).map((facet) => ({ value: facet.value, label: `${facet.value} (${facet.count})` }));
    // A chosen value stays selectable even when the facets no longer list it.
    return [...offered, ...chosen.filter((value) => !offered.some((option) => option.value === value)).map((value) => ({ value, label: value }))];
  };
  const locationOptions = [
    { group: t('directory.filters.regions'), items: REGION_KEYS.map((region) => ({ value: regionOption(region), label: t(`directory.regions.${region}`) })) },
    {
      group: t('directory.filters.prefectures'),
      items: options(
        facets.data?.directoryFacets.locations,
        filters.locations.filter((value) => !value.startsWith('region:')),
      ),
    },
  ];
  const activeFilters = Object.entries(filters).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== null)).length;
  const badField = badInputField(results.error);
  const yearError = yearsReversed || badField === 'filter.entryYear' ? t('directory.filters.yearsReversed') : null;

  return (
    <ContentPage title={t('directory.pageTitle')} subtitle={t('directory.subtitle', { network: viewer.network.name })}>
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              style={{ flex: '1 1 280px' }}
              label={t('directory.searchLabel')}
              placeholder={t('directory.searchPlaceholder')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              type="search"
              error={badField === 'filter.text' ? t('directory.textTooLong') : undefined}
            />
            <Select
              style={{ flex: '0 1 220px' }}
              label={t('directory.sortLabel')}
              data={(['RELEVANCE', 'NAME', 'ENTRY_YEAR_DESC', 'ENTRY_YEAR_ASC', 'RECENTLY_JOINED'] as const)
                .filter((value) => value !== 'RELEVANCE' || debouncedText)
                .map((value) => ({ value, label: t(`directory.sort.${value}`) }))}
              value={sort}
              onChange={(value) => value && setSort(value as DirectorySort)}
              allowDeselect={false}
            />
            <Button
              variant={filtersOpen ? 'light' : 'default'}
              onClick={() => setFiltersOpen((open) => !open)}
              aria-expanded={filtersOpen}
              aria-controls="directory-filters"
            >
              {activeFilters > 0 ? t('directory.filters.toggleActive', { count: activeFilters }) : t('directory.filters.toggle')}
            </Button>
          </Group>
          <Collapse expanded={filtersOpen}>
            <Stack gap="sm" id="directory-filters" role="group" aria-label={t('directory.filters.title')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Group grow gap="xs" align="flex-start">
                  <NumberInput
                    label={t('directory.filters.entryFrom')}
                    value={filters.entryFrom ?? ''}
                    onChange={(value) => set('entryFrom')(typeof value === 'number' ? value : null)}
                    min={entryYear?.min ?? undefined}
                    max={entryYear?.max ?? undefined}
                    allowDecimal={false}
                    allowNegative={false}
                    error={yearError}
                  />
                  <NumberInput
                    label={t('directory.filters.entryTo')}
                    value={filters.entryTo ?? ''}
                    onChange={(value) => set('entryTo')(typeof value === 'number' ? value : null)}
                    min={entryYear?.min ?? undefined}
                    max={entryYear?.max ?? undefined}
                    allowDecimal={false}
                    allowNegative={false}
                  />
                </Group>
                <MultiSelect
                  label={t('directory.filters.location')}
                  data={locationOptions}
                  value={filters.locations}
                  onChange={set('locations')}
                  searchable
                  clearable
                />
                {(
                  [
                    { key: 'departments', label: t('directory.filters.department') },
                    { key: 'employers', label: t('directory.filters.employer') },
                    { key: 'industries', label: t('directory.filters.industry') },
                    { key: 'skills', label: t('directory.filters.skills'), description: t('directory.filters.skillsHint') },
                  ] as const
                )
                  .filter((facet) => !profileFields || memberFilters.has(facet.key))
                  .map((facet) => (
                    <MultiSelect
                      key={facet.key}
                      label={facet.label}
                      description={'description' in facet ? facet.description : undefined}
                      data={options(facets.data?.directoryFacets[facet.key], filters[facet.key])}
                      value={filters[facet.key]}
                      onChange={set(facet.key)}
                      searchable
                      clearable
                    />
                  ))}
              </SimpleGrid>
              {activeFilters > 0 && (
                <Group justify="flex-end">
                  <Button variant="subtle" size="xs" onClick={() => setFilters(NO_FILTERS)}>
                    {t('directory.filters.clear')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Collapse>

          {results.error && !badField ? (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
              {describeRequestError(t, results.error)}
            </Alert>
          ) : yearsReversed || badField ? null : !results.data && results.fetching ? (
            <PageLoader />
          ) : (
            <>
              <Group justify="space-between" gap="xs">
                <Text size="sm" c="dimmed" role="status" data-testid="directory-count">
                  {t('directory.count', { count: totalCount })}
                </Text>
                {results.fetching && <Loader size="xs" aria-label={t('common.loading')} />}
              </Group>
              {fuzzy && (
                <Alert color="yellow" variant="light" role="status" data-testid="directory-fuzzy">
                  {t('directory.fuzzy', { text: debouncedText })}
                </Alert>
              )}
              {people.length === 0 ? (
                <Stack align="center" gap={4} py="lg" data-testid="directory-empty">
                  <Text fw={500}>{t('directory.empty')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('directory.emptyHint')}
                  </Text>
                </Stack>
              ) : (
                <ul aria-label={t('directory.listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {people.map((person) => (
                    <PersonCard key={person.memberId} person={person} />
                  ))}
                </ul>
              )}
              {moreError && (
                <Alert color="red" variant="light" role="alert">
                  <Group justify="space-between">
                    <span>{moreError}</span>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        setMoreError(null);
                        void loadMore();
                      }}
                    >
                      {t('directory.retry')}
                    </Button>
                  </Group>
                </Alert>
              )}
              {pageInfo.hasNextPage && (
                <div ref={sentinel} data-testid="directory-more">
                  <Group justify="center" py="sm">
                    {loadingMore ? (
                      <Loader size="sm" aria-label={t('directory.loadingMore')} />
                    ) : (
                      <Button variant="subtle" onClick={() => void loadMore()}>
                        {t('directory.loadMore')}
                      </Button>
                    )}
                  </Group>
                </div>
              )}
            </>
          )}
        </Stack>
      </Card>
    </ContentPage>
  );
}

function PersonCard({ person }: { person: DirectoryPerson }) {
  const { t } = useTranslation();
  const work = [person.jobTitle, person.employer].filter(Boolean).join(' · ');
  const reading = [person.nameKana, person.nameRomaji].filter(Boolean).join(' / ');
  return (
    <li>
      <Group gap="md" py="sm" wrap="nowrap" align="flex-start" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Avatar src={person.photoUrl} alt="" radius="xl" size="lg">
          {person.displayName.slice(0, 1)}
        </Avatar>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text component={Link} to={`/members/${person.memberId}`} fw={600} c="inherit" style={{ textDecoration: 'none' }}>
            {person.displayName}
          </Text>
          {reading && (
            <Text size="xs" c="dimmed">
              {reading}
            </Text>
          )}
          {(person.headline || work) && <Text size="sm">{person.headline || work}</Text>}
          <Group gap={6} wrap="wrap">
            {person.entryYear !== null && (
              <Badge variant="light" color="indigo">
                {t('directory.entryYear', { year: person.entryYear })}
              </Badge>
            )}
            {person.department && (
              <Badge variant="light" color="gray">
                {person.department}
              </Badge>
            )}
            {person.location && (
              <Text size="xs" c="dimmed">
                {person.location}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>
    </li>
  );
}
