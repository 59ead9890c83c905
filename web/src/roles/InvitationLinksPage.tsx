import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Card, Collapse, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PageInfo } from '../api/documents';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import {
  InvitationLinksQuery,
  InvitationSettingsQuery,
  ReferrersQuery,
  RolesQuery,
  UpdateInvitationSettingsMutation,
  type InvitationLink,
  type Referrer,
} from './api';
import { Feedback, looseT } from './common';
import { CreateInvitationLinkForm, InvitationLinkList } from './invitationLinks';

const PAGE_SIZE = 50;

/** Invitation links of the whole network (make, copy, withdraw), whether members may invite, and who referred whom. */
export function InvitationLinksPage() {
  const { t } = useTranslation();
  usePageTitle(t('roles.linksPage.title'));
  const { client } = useSession();
  const { viewer } = useViewer();
  const links = useQuery(InvitationLinksQuery, { mine: false, first: PAGE_SIZE });
  const settings = useQuery(InvitationSettingsQuery, {});
  const roles = useQuery(RolesQuery, {});
  const [list, setList] = useState<InvitationLink[]>([]);
  // Links made on this page: a first answer that arrives after one was made does not drop it.
  const made = useRef(new Set<string>());
  const [pageInfo, setPageInfo] = useState<PageInfo>({ hasNextPage: false, endCursor: null });
  const [membersCanInvite, setMembersCanInvite] = useState<boolean | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!links.data) return;
    const answered = links.data.invitationLinks.edges.map((e) => e.node);
    setList((current) => [...current.filter((l) => made.current.has(l.id) && !answered.some((a) => a.id === l.id)), ...answered]);
    setPageInfo(links.data.invitationLinks.pageInfo);
  }, [links.data]);
  useEffect(() => {
    if (settings.data) setMembersCanInvite(settings.data.invitationSettings.membersCanInvite);
  }, [settings.data]);

  const loadMore = async () => {
    const result = await client.query(InvitationLinksQuery, { mine: false, first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise();
    const connection = result.data?.invitationLinks;
    if (result.error || !connection) return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    setList((current) => [...current, ...connection.edges.map((e) => e.node).filter((l) => !current.some((c) => c.id === l.id))]);
    setPageInfo(connection.pageInfo);
  };

  const toggleMembers = async (allowed: boolean) => {
    setMembersCanInvite(allowed);
    const result = await client.mutation(UpdateInvitationSettingsMutation, { input: { membersCanInvite: allowed } }).toPromise();
    const saved = result.data?.updateInvitationSettings.settings;
    if (result.error || !saved) {
      setMembersCanInvite(!allowed);
      return setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
    }
    setDone(t(saved.membersCanInvite ? 'roles.linksPage.membersMayInvite' : 'roles.linksPage.membersMayNotInvite'));
  };

  return (
    <ContentPage title={t('roles.linksPage.title')} subtitle={t('roles.linksPage.subtitle')}>
      <Feedback done={done} errors={error ? [error] : []} onClose={() => setDone(null)} />
      <Card withBorder radius="lg" padding="lg">
        <Switch
          label={t('roles.linksPage.membersCanInvite')}
          description={t('roles.linksPage.membersCanInviteHint')}
          checked={membersCanInvite ?? false}
          disabled={membersCanInvite === null}
          onChange={(e) => void toggleMembers(e.currentTarget.checked)}
        />
      </Card>
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('roles.linksPage.createTitle')}
          </Title>
          <CreateInvitationLinkForm
            administrator
            isOwner={viewer?.role === 'OWNER'}
            customRoles={roles.data?.roles.custom ?? []}
            onCreated={(link) => {
              made.current.add(link.id);
              setList((current) => [link, ...current]);
              setDone(t('roles.linksPage.created'));
            }}
          />
        </Stack>
      </Card>
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('roles.linksPage.listTitle')}
          </Title>
          {links.error && !links.data ? (
            <Feedback errors={[describeRequestError(t, links.error)]} />
          ) : !links.data ? (
            <PageLoader />
          ) : (
            <InvitationLinkList
              links={list}
              showCreator
              onChanged={(changed) => setList((current) => current.map((l) => (l.id === changed.id ? changed : l)))}
            />
          )}
          {pageInfo.hasNextPage && (
            <Button variant="subtle" onClick={() => void loadMore()}>
              {t('roles.common.loadMore')}
            </Button>
          )}
        </Stack>
      </Card>
      <ReferralsCard />
    </ContentPage>
  );
}

/** Who brought whom in: each referrer with counts, and the people they referred. */
function ReferralsCard() {
  const { t, i18n } = useTranslation();
  const referrers = useQuery(ReferrersQuery, { first: PAGE_SIZE });
  const [open, setOpen] = useState<string | null>(null);
  const rows: Referrer[] = referrers.data?.referrers.edges.map((e) => e.node) ?? [];
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('roles.referrals.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('roles.referrals.hint')}
        </Text>
        {referrers.error && !referrers.data ? (
          <Feedback errors={[describeRequestError(t, referrers.error)]} />
        ) : !referrers.data ? (
          <PageLoader />
        ) : rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="md">
            {t('roles.referrals.none')}
          </Text>
        ) : (
          <ul aria-label={t('roles.referrals.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {rows.map((row, index) => {
              const key = row.member?.id ?? `gone-${index}`;
              const name = row.member?.displayName ?? t('roles.referrals.deleted');
              return (
                <li key={key}>
                  <Stack gap={4} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                    <Group justify="space-between" gap="xs">
                      <Stack gap={0}>
                        <Text fw={600}>{name}</Text>
                        <Text size="xs" c="dimmed">
                          {t('roles.referrals.counts', { count: row.referredCount, approved: row.approvedCount, pending: row.pendingCount })}
                        </Text>
                      </Stack>
                      <Button
                        variant="subtle"
                        size="xs"
                        onClick={() => setOpen(open === key ? null : key)}
                        aria-expanded={open === key}
                        aria-label={t('roles.referrals.showFor', { name })}
                      >
                        {open === key ? t('roles.referrals.hide') : t('roles.referrals.show')}
                      </Button>
                    </Group>
                    <Collapse expanded={open === key}>
                      <ul style={{ margin: 0, paddingLeft: 18 }} aria-label={t('roles.referrals.referredBy', { name })}>
                        {row.referred.map((person) => (
                          <li key={person.id}>
                            <Group gap="xs">
                              <Text size="sm">{person.displayName}</Text>
                              <Badge size="xs" variant="light" color={person.status === 'APPROVED' ? 'teal' : person.status === 'PENDING' ? 'blue' : 'gray'}>
                                {looseT(t)(`roles.referrals.status.${person.status}`)}
                              </Badge>
                              <Text size="xs" c="dimmed">
                                {formatDateTime(person.createdAt, i18n.language)}
                              </Text>
                            </Group>
                          </li>
                        ))}
                      </ul>
                    </Collapse>
                  </Stack>
                </li>
              );
            })}
          </ul>
        )}
      </Stack>
    </Card>
  );
}
