import { useCallback, useEffect, useState } from 'react';
import { Alert, Avatar, Badge, Button, Checkbox, Drawer, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeRequestError } from '../api/errors';
import { useQuery } from '../api/hooks';
import { DirectoryQuery } from '../directory/directory.api';
import { useSession } from '../session/hooks';
import { ConversationMembersQuery, InviteToRoomMutation, RemoveRoomMemberMutation, type ConversationMemberConnection } from './messaging.api';
import { userErrorMessage } from './userErrors';

const PAGE_SIZE = 50;
type MemberEdge = ConversationMemberConnection['edges'][number];

/** The room's members by join time, page by page; moderators may remove a member. */
export function RoomMembersDrawer({
  conversationId,
  opened,
  onClose,
  canModerate,
  viewerId,
  onChanged,
}: {
  conversationId: string;
  opened: boolean;
  onClose: () => void;
  canModerate: boolean;
  viewerId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [edges, setEdges] = useState<MemberEdge[]>([]);
  const [page, setPage] = useState<{ hasNextPage: boolean; endCursor: string | null; totalCount: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      const result = await client.query(ConversationMembersQuery, { id: conversationId, first: PAGE_SIZE, after }).toPromise();
      setLoading(false);
      const members = result.data?.conversation?.members;
      if (!members) {
        setError(result.error ? describeRequestError(t, result.error) : t('errors.unexpected'));
        return;
      }
      setError(null);
      setEdges((previous) => (after ? [...previous, ...members.edges] : members.edges));
      setPage({ ...members.pageInfo, totalCount: members.totalCount });
    },
    [client, conversationId, t],
  );

  useEffect(() => {
    if (opened) void load(null);
  }, [opened, load]);

  const remove = async (memberId: string) => {
    const result = await client.mutation(RemoveRoomMemberMutation, { input: { conversationId, memberId } }).toPromise();
    const failure = userErrorMessage(t, result.data?.removeRoomMember.errors, !result.data);
    setError(failure);
    if (!failure) {
      setEdges((previous) => previous.filter((edge) => edge.node.id !== memberId));
      setPage((previous) => (previous ? { ...previous, totalCount: previous.totalCount - 1 } : previous));
      onChanged();
    }
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      title={t('messaging.room.membersTitle', { n: page?.totalCount ?? 0 })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="xs">
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('messaging.room.members')}>
          {edges.map((edge) => (
            <li key={edge.node.id}>
              <Group justify="space-between" wrap="nowrap" py={4}>
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Avatar src={edge.node.profile?.thumbnailUrl ?? null} alt="" size="sm" radius="xl">
                    {edge.node.displayName.slice(0, 1)}
                  </Avatar>
                  <Text component={Link} to={`/members/${edge.node.id}`} size="sm" truncate="end">
                    {edge.node.displayName}
                  </Text>
                  {['owner', 'moderator'].includes(edge.role.toLowerCase()) && (
                    <Badge size="xs" variant="light">
                      {edge.role.toLowerCase() === 'owner' ? t('messaging.room.role_owner') : t('messaging.room.role_moderator')}
                    </Badge>
                  )}
                </Group>
                {canModerate && edge.node.id !== viewerId && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(edge.node.id)}>
                    {t('messaging.room.removeMember', { name: edge.node.displayName })}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
        {loading && <Loader size="sm" aria-label={t('common.loading')} />}
        {page?.hasNextPage && !loading && (
          <Button variant="subtle" onClick={() => void load(page.endCursor)}>
            {t('messaging.list.loadMore')}
          </Button>
        )}
      </Stack>
    </Drawer>
  );
}

/** Picks members from the directory and invites them to the room. */
export function InviteModal({ conversationId, opened, onClose }: { conversationId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const search = useQuery(DirectoryQuery, { filter: { text: debounced || null }, first: 20 }, { pause: !opened || !debounced });
  const people = debounced ? (search.data?.directory.edges.map((edge) => edge.node) ?? []) : [];

  const close = () => {
    setText('');
    setChosen(new Map());
    setError(null);
    setDone(null);
    onClose();
  };
  const invite = async () => {
    setBusy(true);
    const result = await client.mutation(InviteToRoomMutation, { input: { conversationId, memberIds: [...chosen.keys()] } }).toPromise();
    setBusy(false);
    const failure = userErrorMessage(t, result.data?.inviteToRoom.errors, !result.data);
    setError(failure);
    if (!failure) {
      setDone(t('messaging.room.invited', { n: chosen.size }));
      setChosen(new Map());
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('messaging.room.inviteTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <TextInput label={t('messaging.room.inviteSearch')} value={text} onChange={(event) => setText(event.currentTarget.value)} data-autofocus />
        {search.fetching && debounced && <Loader size="xs" aria-label={t('common.loading')} />}
        <Stack gap={4} role="group" aria-label={t('messaging.room.inviteCandidates')}>
          {people.map((person) => (
            <Checkbox
              key={person.memberId}
              label={person.displayName}
              checked={chosen.has(person.memberId)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setChosen((previous) => {
                  const next = new Map(previous);
                  if (checked) next.set(person.memberId, person.displayName);
                  else next.delete(person.memberId);
                  return next;
                });
              }}
            />
          ))}
        </Stack>
        {chosen.size > 0 && (
          <Text size="sm" c="dimmed">
            {[...chosen.values()].join(', ')}
          </Text>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        {done && (
          <Text c="teal" size="sm" role="status">
            {done}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.close')}
          </Button>
          <Button onClick={() => void invite()} disabled={chosen.size === 0} loading={busy}>
            {t('messaging.room.invite')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
