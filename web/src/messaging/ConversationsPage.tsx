import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { describeRequestError, translateUserError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { usePermissions } from '../roles/permissions';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import { ConversationList } from './ConversationList';
import { useConversationUpdates } from './live';
import {
  ContactNetworkMutation,
  ConversationsQuery,
  NetworkInboxQuery,
  type Conversation,
  type ConversationConnection,
  type ConversationKind,
} from './messaging.api';

const PAGE_SIZE = 30;
type Tab = 'all' | 'direct' | 'rooms' | 'inbox';
const TAB_KIND: Record<Exclude<Tab, 'inbox'>, ConversationKind | null> = { all: null, direct: 'DIRECT', rooms: 'ROOM' };

/** Newest activity first; a live update replaces the conversation and moves it to its place. */
function upsert(items: Conversation[], conversation: Conversation): Conversation[] {
  const rest = items.filter((item) => item.id !== conversation.id);
  return [conversation, ...rest].sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
}

function belongsTo(tab: Tab, conversation: Conversation): boolean {
  if (tab === 'inbox') return conversation.kind === 'NETWORK';
  if (!conversation.viewerIsMember) return false;
  const kind = TAB_KIND[tab];
  return kind === null || conversation.kind === kind;
}

/** The button that opens the viewer's conversation with the network's staff. */
export function ContactNetworkButton({ variant = 'light' }: { variant?: 'light' | 'filled' }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const contact = async () => {
    setBusy(true);
    setError(null);
    const result = await client.mutation(ContactNetworkMutation, { input: {} }).toPromise();
    setBusy(false);
    const payload = result.data?.contactNetwork;
    if (payload?.conversation) return void navigate(`/messages/${payload.conversation.id}`);
    setError(payload?.errors[0] ? translateUserError(t, payload.errors[0]) : result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
  };
  return (
    <Stack gap={4}>
      <Button variant={variant} onClick={() => void contact()} loading={busy}>
        {t('messaging.list.contactNetwork')}
      </Button>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function ConversationTab({ tab }: { tab: Tab }) {
  const { t } = useTranslation();
  const { client, connection } = useSession();
  const [items, setItems] = useState<Conversation[]>([]);
  const [pageInfo, setPageInfo] = useState<{ hasNextPage: boolean; endCursor: string | null }>({ hasNextPage: false, endCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const inbox = tab === 'inbox';
  const kind = inbox ? null : TAB_KIND[tab];
  const list = useQuery(ConversationsQuery, { first: PAGE_SIZE, kind }, { pause: inbox });
  const inboxList = useQuery(NetworkInboxQuery, { first: PAGE_SIZE }, { pause: !inbox });
  const current = inbox ? inboxList : list;
  const connectionData: ConversationConnection | undefined = inbox ? inboxList.data?.networkInbox : list.data?.conversations;
  const { refetch } = current;

  useEffect(() => {
    if (!connectionData) return;
    setItems(connectionData.edges.map((edge) => edge.node));
    setPageInfo(connectionData.pageInfo);
  }, [connectionData]);

  useConversationUpdates(
    useCallback(
      (conversation: Conversation) => {
        if (belongsTo(tab, conversation)) setItems((previous) => upsert(previous, conversation));
        else setItems((previous) => previous.filter((item) => item.id !== conversation.id));
      },
      [tab],
    ),
  );

  // Updates may have been missed while the socket was down.
  useEffect(() => {
    if (connection === 'connected') refetch();
  }, [connection, refetch]);

  const loadMore = async () => {
    if (!pageInfo.endCursor) return;
    setLoadingMore(true);
    const result = inbox
      ? (await client.query(NetworkInboxQuery, { first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise()).data?.networkInbox
      : (await client.query(ConversationsQuery, { first: PAGE_SIZE, after: pageInfo.endCursor, kind }).toPromise()).data?.conversations;
    setLoadingMore(false);
    if (!result) return;
    const known = new Set(items.map((item) => item.id));
    setItems([...items, ...result.edges.map((edge) => edge.node).filter((node) => !known.has(node.id))]);
    setPageInfo(result.pageInfo);
  };

  if (current.error && !connectionData) {
    return (
      <Alert color="red" variant="light" role="alert">
        {describeRequestError(t, current.error)}
      </Alert>
    );
  }
  if (!connectionData && current.fetching) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (items.length === 0) {
    return (
      <Text c="dimmed" py="md" data-testid="conversations-empty">
        {t(inbox ? 'messaging.list.emptyInbox' : 'messaging.list.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <ConversationList items={items} label={t('messaging.list.label')} />
      {pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => void loadMore()} loading={loadingMore}>
          {t('messaging.list.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

/** `/messages`: the viewer's conversations, live; staff also answer the network's inbox. */
export function ConversationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('messaging.list.title'));
  const { viewer } = useViewer();
  const permissions = usePermissions();
  const [tab, setTab] = useState<Tab>('all');

  if (!viewer) return <PageLoader />;
  if (viewer.status === 'PENDING') {
    return (
      <ContentPage title={t('messaging.list.title')}>
        <Card withBorder padding="lg">
          <Stack gap="sm" align="flex-start">
            <Text>{t('messaging.list.pendingHint')}</Text>
            <ContactNetworkButton variant="filled" />
          </Stack>
        </Card>
      </ContentPage>
    );
  }
  const staff = permissions.has('SEND_BULK_MESSAGES');
  return (
    <ContentPage title={t('messaging.list.title')}>
      <Group gap="xs">
        <Button component={Link} to="/rooms" variant="light">
          {t('messaging.rooms.discover')}
        </Button>
        {/* Staff answer the network's inbox instead of writing to it. */}
        {!staff && <ContactNetworkButton />}
      </Group>
      <Card withBorder padding="xs">
        <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'all')} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="all">{t('messaging.list.tabs.all')}</Tabs.Tab>
            <Tabs.Tab value="direct">{t('messaging.list.tabs.direct')}</Tabs.Tab>
            <Tabs.Tab value="rooms">{t('messaging.list.tabs.rooms')}</Tabs.Tab>
            {staff && <Tabs.Tab value="inbox">{t('messaging.list.tabs.inbox')}</Tabs.Tab>}
          </Tabs.List>
          {(['all', 'direct', 'rooms', ...(staff ? ['inbox' as const] : [])] as Tab[]).map((value) => (
            <Tabs.Panel key={value} value={value} pt="xs">
              <ConversationTab tab={value} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Card>
    </ContentPage>
  );
}
