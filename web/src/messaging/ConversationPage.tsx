import { useCallback, useState } from 'react';
import { ActionIcon, Alert, Anchor, Avatar, Badge, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import { ChatView } from './ChatView';
import {
  ArchiveRoomMutation,
  ConversationMembersQuery,
  ConversationQuery,
  DeclineRoomInvitationMutation,
  JoinRoomMutation,
  LeaveRoomMutation,
  UnarchiveRoomMutation,
  type ChatMember,
  type Conversation,
  type ConversationPayload,
} from './messaging.api';
import { InviteModal, RoomMembersDrawer } from './RoomMembers';
import { userErrorMessage } from './userErrors';
import classes from './messaging.module.css';

/** Who can be @mentioned: the room's first members, or the other side of a direct conversation. */
function useMentionable(conversation: Conversation | null, viewerId: string): ChatMember[] {
  const room = conversation?.kind === 'ROOM' && conversation.viewerIsMember;
  const members = useQuery(ConversationMembersQuery, { id: conversation?.id ?? '', first: 100 }, { pause: !room });
  if (!conversation) return [];
  if (room) return members.data?.conversation?.members.edges.map((edge) => edge.node).filter((member) => member.id !== viewerId) ?? [];
  return conversation.otherMember ? [conversation.otherMember] : [];
}

function RoomActions({
  conversation,
  viewerId,
  onChanged,
}: {
  conversation: Conversation;
  viewerId: string;
  onChanged: (payload?: ConversationPayload) => void;
}) {
  const { t } = useTranslation();
  const { client } = useSession();
  const navigate = useNavigate();
  const [membersOpen, setMembersOpen] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const room = conversation.room!;
  const input = { input: { conversationId: conversation.id } };
  const canInvite = conversation.viewerIsMember && !room.archivedAt && (room.visibility === 'OPEN' || room.viewerCanModerate);

  const run = async (action: 'leave' | 'archive' | 'unarchive') => {
    const result =
      action === 'leave'
        ? (await client.mutation(LeaveRoomMutation, input).toPromise()).data?.leaveRoom
        : action === 'archive'
          ? (await client.mutation(ArchiveRoomMutation, input).toPromise()).data?.archiveRoom
          : (await client.mutation(UnarchiveRoomMutation, input).toPromise()).data?.unarchiveRoom;
    const failure = userErrorMessage(t, result?.errors, !result);
    setError(failure);
    if (failure) return;
    if (action === 'leave') return void navigate('/messages');
    onChanged(result);
  };

  return (
    <>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-sm" variant="light" onClick={() => setMembersOpen(true)}>
          {t('messaging.room.membersButton', { n: room.memberCount })}
        </Button>
        {conversation.viewerIsMember && (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('messaging.room.actions')}>
                <span aria-hidden="true">⋯</span>
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {canInvite && <Menu.Item onClick={() => setInviteOpen(true)}>{t('messaging.room.invite')}</Menu.Item>}
              {room.viewerCanModerate &&
                (room.archivedAt ? (
                  <Menu.Item onClick={() => void run('unarchive')}>{t('messaging.room.unarchive')}</Menu.Item>
                ) : (
                  <Menu.Item onClick={() => void run('archive')}>{t('messaging.room.archive')}</Menu.Item>
                ))}
              <Menu.Item color="red" onClick={() => void run('leave')}>
                {t('messaging.room.leave')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {error && (
        <Text c="red" size="xs" role="alert">
          {error}
        </Text>
      )}
      <RoomMembersDrawer
        conversationId={conversation.id}
        opened={membersOpen}
        onClose={() => setMembersOpen(false)}
        canModerate={room.viewerCanModerate}
        viewerId={viewerId}
        onChanged={() => onChanged()}
      />
      <InviteModal conversationId={conversation.id} opened={inviteOpen} onClose={() => setInviteOpen(false)} />
    </>
  );
}

/** An open room the viewer has not joined, or one they are invited to: what it is about, and a way in. */
function RoomPreview({ conversation, onJoined }: { conversation: Conversation; onJoined: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const room = conversation.room!;
  const join = async () => {
    setBusy(true);
    const result = await client.mutation(JoinRoomMutation, { input: { conversationId: conversation.id } }).toPromise();
    setBusy(false);
    const failure = userErrorMessage(t, result.data?.joinRoom.errors, !result.data);
    setError(failure);
    if (!failure) onJoined();
  };
  const decline = async () => {
    const result = await client.mutation(DeclineRoomInvitationMutation, { input: { conversationId: conversation.id } }).toPromise();
    const failure = userErrorMessage(t, result.data?.declineRoomInvitation.errors, !result.data);
    setError(failure);
    if (!failure) void navigate('/rooms');
  };
  return (
    <ContentPage title={room.name} subtitle={t(`messaging.categories.${room.category}`)}>
      <Card withBorder padding="lg">
        <Stack gap="sm" align="flex-start">
          {room.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{room.description}</Text>}
          <Group gap={4}>
            {room.topicTags.map((tag) => (
              <Badge key={tag} variant="light" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            {t('messaging.rooms.stats', { members: room.memberCount, messages: room.messageCount })}
          </Text>
          {room.archivedAt ? (
            <Text c="dimmed">{t('messaging.room.archivedNotice')}</Text>
          ) : (
            <Group>
              <Button onClick={() => void join()} loading={busy}>
                {room.viewerInvited ? t('messaging.rooms.accept') : t('messaging.rooms.join')}
              </Button>
              {room.viewerInvited && (
                <Button variant="default" onClick={() => void decline()}>
                  {t('messaging.rooms.decline')}
                </Button>
              )}
            </Group>
          )}
          {error && (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          )}
        </Stack>
      </Card>
    </ContentPage>
  );
}

/** `/messages/:conversationId`: a direct, network or room conversation. */
export function ConversationPage() {
  const { t } = useTranslation();
  const { conversationId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, fetching, refetch } = useQuery(ConversationQuery, { id: conversationId }, { pause: !viewer });
  const [override, setOverride] = useState<Conversation | null>(null);
  const fetched = data?.conversation ?? null;
  const conversation = override && override.id === fetched?.id ? override : fetched;
  const mentionable = useMentionable(conversation, viewer?.id ?? '');
  usePageTitle(conversation?.title ?? t('messaging.conversation.title'));

  const reload = useCallback(() => {
    setOverride(null);
    refetch();
  }, [refetch]);

  if (!viewer || (fetching && !data)) return <PageLoader />;
  if (!conversation) {
    const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
    return (
      <ContentPage title={t('messaging.conversation.title')}>
        <Alert color={error && !forbidden ? 'red' : 'gray'} variant="light" role="alert">
          {error && !forbidden ? describeRequestError(t, error) : t('messaging.conversation.notFound')}
        </Alert>
        <Anchor component={Link} to="/messages">
          {t('messaging.conversation.back')}
        </Anchor>
      </ContentPage>
    );
  }
  if (conversation.kind === 'ROOM' && !conversation.viewerIsMember) return <RoomPreview conversation={conversation} onJoined={reload} />;

  const room = conversation.room;
  return (
    <div className={classes.chat}>
      <header className={classes.chatHeader}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Anchor component={Link} to="/messages" aria-label={t('messaging.conversation.back')} c="dimmed">
              <span aria-hidden="true">←</span>
            </Anchor>
            <Avatar src={conversation.otherMember?.profile?.thumbnailUrl ?? null} alt="" radius="xl" size="md" color={room ? 'teal' : 'indigo'}>
              {room ? '#' : conversation.title.slice(0, 1)}
            </Avatar>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Title order={1} fz="lg" lineClamp={1}>
                {conversation.otherMember ? (
                  <Anchor component={Link} to={`/members/${conversation.otherMember.id}`} c="inherit" inherit>
                    {conversation.title}
                  </Anchor>
                ) : (
                  conversation.title
                )}
              </Title>
              {room && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {t(`messaging.categories.${room.category}`)}
                  {room.visibility === 'INVITE_ONLY' ? ` · ${t('messaging.visibility.INVITE_ONLY')}` : ''}
                  {room.archivedAt ? ` · ${t('messaging.room.archived')}` : ''}
                  {room.description ? ` · ${room.description}` : ''}
                </Text>
              )}
            </Stack>
          </Group>
          {room && (
            <RoomActions
              conversation={conversation}
              viewerId={viewer.id}
              onChanged={(payload) => (payload?.conversation ? setOverride(payload.conversation) : reload())}
            />
          )}
        </Group>
      </header>
      <ChatView key={conversation.id} conversation={conversation} viewerId={viewer.id} mentionable={mentionable} onAccessLost={reload} />
    </div>
  );
}
