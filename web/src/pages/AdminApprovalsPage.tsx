import { useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ApproveMembershipMutation,
  PendingMembersQuery,
  type PageInfo,
  type PendingMember,
} from '../api/documents';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { formatDateTime } from '../components/format';
import { AlertIcon, CheckIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { isAdmin, useViewer } from '../session/viewer';
import classes from './AdminApprovalsPage.module.css';

const PAGE_SIZE = 50;

/** Administrators approve applicants one by one; an approved row disappears. */
export function AdminApprovalsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('approvals.pageTitle'));
  const { client } = useSession();
  const { viewer } = useViewer();
  const allowed = isAdmin(viewer) && viewer?.status === 'APPROVED';
  const query = useQuery(PendingMembersQuery, { first: PAGE_SIZE }, { pause: !allowed });
  const [members, setMembers] = useState<PendingMember[]>([]);
  const [pageInfo, setPageInfo] = useState<PageInfo>({ hasNextPage: false, endCursor: null });
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const connection = query.data?.pendingMembers;
    if (!connection) return;
    setMembers(connection.edges.map((edge) => edge.node));
    setPageInfo(connection.pageInfo);
  }, [query.data]);

  if (!viewer) return <PageLoader />;
  const network = viewer.network.name;
  if (!allowed) {
    return (
      <ContentPage title={t('approvals.title')}>
        <Alert color="yellow" variant="light" icon={<AlertIcon size={20} />}>
          {t('approvals.forbidden')}
        </Alert>
      </ContentPage>
    );
  }

  const approve = async (member: PendingMember) => {
    setBusy((current) => new Set(current).add(member.id));
    setError(null);
    setDone(null);
    const result = await client.mutation(ApproveMembershipMutation, { input: { memberId: member.id } }).toPromise();
    setBusy((current) => {
      const next = new Set(current);
      next.delete(member.id);
      return next;
    });
    const payload = result.data?.approveMembership;
    if (result.error || !payload) {
      setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
      return;
    }
    const [userError] = payload.errors;
    if (userError) {
      setError(translateUserError(t, userError));
      return;
    }
    setMembers((current) => current.filter((m) => m.id !== member.id));
    setDone(t('approvals.approved', { name: member.displayName }));
  };

  const loadMore = async () => {
    if (!pageInfo.endCursor) return;
    const result = await client.query(PendingMembersQuery, { first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise();
    const connection = result.data?.pendingMembers;
    if (result.error || !connection) {
      setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
      return;
    }
    setMembers((current) => {
      const known = new Set(current.map((m) => m.id));
      return [...current, ...connection.edges.map((edge) => edge.node).filter((m) => !known.has(m.id))];
    });
    setPageInfo(connection.pageInfo);
  };

  return (
    <ContentPage title={t('approvals.title')} subtitle={t('approvals.subtitle', { network })}>
      <div role="status" aria-live="polite">
        {done && (
          <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton onClose={() => setDone(null)}>
            {done}
          </Alert>
        )}
      </div>
      {error && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {query.error && !query.data ? (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeRequestError(t, query.error)}</Text>
            <Button variant="light" color="red" size="xs" onClick={query.refetch}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : query.fetching && !query.data ? (
        <PageLoader />
      ) : members.length === 0 ? (
        <Card withBorder radius="lg" padding="xl">
          <Text c="dimmed" ta="center">
            {t('approvals.empty')}
          </Text>
        </Card>
      ) : (
        <Stack gap="sm">
          <ul className={classes.list}>
            {members.map((member) => (
              <li key={member.id}>
                <Card withBorder radius="md" padding="md">
                  <Group justify="space-between" gap="sm">
                    <Stack gap={2} className={classes.who}>
                      <Text fw={600}>{member.displayName}</Text>
                      <Text size="sm" c="dimmed" className={classes.email}>
                        {member.email}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('approvals.appliedAt', { date: formatDateTime(member.createdAt, i18n.language) })}
                      </Text>
                    </Stack>
                    <Button
                      onClick={() => void approve(member)}
                      loading={busy.has(member.id)}
                      leftSection={<CheckIcon size={18} />}
                      aria-label={t('approvals.approveMember', { name: member.displayName })}
                      className={classes.approve}
                    >
                      {t('approvals.approve')}
                    </Button>
                  </Group>
                </Card>
              </li>
            ))}
          </ul>
          {pageInfo.hasNextPage && (
            <Button variant="subtle" onClick={() => void loadMore()}>
              {t('approvals.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </ContentPage>
  );
}
