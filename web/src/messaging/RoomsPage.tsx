import { useEffect, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { describeRequestError, splitUserErrors } from '../api/errors';
import { useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { useViewer } from '../session/viewer';
import {
  CreateRoomMutation,
  DeclineRoomInvitationMutation,
  JoinRoomMutation,
  RoomInvitationsQuery,
  RoomsQuery,
  ROOM_CATEGORIES,
  type Conversation,
  type RoomCategory,
  type RoomSort,
  type RoomVisibility,
} from './messaging.api';
import { formatMessageTime } from './time';
import { userErrorMessage } from './userErrors';
import classes from './messaging.module.css';

const PAGE_SIZE = 30;
const FIELDS = ['name', 'description', 'category', 'topicTags', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

function CreateRoomModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { client } = useSession();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<RoomCategory>('TOPIC');
  const [topicTags, setTopicTags] = useState<string[]>([]);
  const [visibility, setVisibility] = useState<RoomVisibility>('OPEN');
  const [errors, setErrors] = useState<{ fields: Partial<Record<Field, string>>; form: string[] }>({ fields: {}, form: [] });
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!name.trim()) {
      setErrors({ fields: { name: t('validation.required') }, form: [] });
      return;
    }
    setBusy(true);
    const result = await client
      .mutation(CreateRoomMutation, { input: { name: name.trim(), description: description.trim(), category, topicTags, visibility } })
      .toPromise();
    setBusy(false);
    const payload = result.data?.createRoom;
    if (payload?.conversation) return void navigate(`/messages/${payload.conversation.id}`);
    if (payload?.errors.length) setErrors(splitUserErrors(t, payload.errors, FIELDS));
    else setErrors({ fields: {}, form: [result.error ? describeRequestError(t, result.error) : t('errors.unexpected')] });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('messaging.rooms.createTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('messaging.rooms.fields.name')}
            required
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.fields.name}
            data-autofocus
          />
          <Textarea
            label={t('messaging.rooms.fields.description')}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={1000}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={errors.fields.description}
          />
          <Select
            label={t('messaging.rooms.fields.category')}
            data={ROOM_CATEGORIES.map((value) => ({ value, label: t(`messaging.categories.${value}`) }))}
            value={category}
            onChange={(value) => value && setCategory(value as RoomCategory)}
            allowDeselect={false}
            error={errors.fields.category}
          />
          <TagsInput
            label={t('messaging.rooms.fields.topicTags')}
            description={t('messaging.rooms.fields.topicTagsHint')}
            value={topicTags}
            onChange={setTopicTags}
            maxTags={10}
            error={errors.fields.topicTags}
          />
          <Radio.Group
            label={t('messaging.rooms.fields.visibility')}
            value={visibility}
            onChange={(value) => setVisibility(value as RoomVisibility)}
            error={errors.fields.visibility}
          >
            <Stack gap={6} mt={4}>
              <Radio value="OPEN" label={t('messaging.visibility.OPEN')} description={t('messaging.visibility.OPEN_hint')} />
              <Radio value="INVITE_ONLY" label={t('messaging.visibility.INVITE_ONLY')} description={t('messaging.visibility.INVITE_ONLY_hint')} />
            </Stack>
          </Radio.Group>
          {errors.form.map((message) => (
            <Text key={message} c="red" size="sm" role="alert">
              {message}
            </Text>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('messaging.message.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('messaging.rooms.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RoomCard({ conversation, onChanged }: { conversation: Conversation; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
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
    if (!failure) void navigate(`/messages/${conversation.id}`);
  };
  const decline = async () => {
    const result = await client.mutation(DeclineRoomInvitationMutation, { input: { conversationId: conversation.id } }).toPromise();
    const failure = userErrorMessage(t, result.data?.declineRoomInvitation.errors, !result.data);
    setError(failure);
    if (!failure) onChanged();
  };
  return (
    <Card withBorder padding="md" component="article" aria-label={room.name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="md">
              <Link to={`/messages/${conversation.id}`} style={{ color: 'inherit' }}>
                {room.name}
              </Link>
            </Title>
            <Text size="xs" c="dimmed">
              {t(`messaging.categories.${room.category}`)}
              {room.visibility === 'INVITE_ONLY' ? ` · ${t('messaging.visibility.INVITE_ONLY')}` : ''}
              {' · '}
              {t('messaging.rooms.stats', { members: room.memberCount, messages: room.messageCount })}
              {' · '}
              {t('messaging.rooms.lastActivity', { time: formatMessageTime(conversation.lastActivityAt, i18n.language) })}
            </Text>
          </Stack>
          {conversation.viewerIsMember ? (
            <Button size="xs" variant="light" component={Link} to={`/messages/${conversation.id}`}>
              {t('messaging.rooms.open')}
            </Button>
          ) : room.archivedAt ? (
            <Badge color="gray" variant="light">
              {t('messaging.room.archived')}
            </Badge>
          ) : (
            <Group gap={4} wrap="nowrap">
              <Button size="xs" onClick={() => void join()} loading={busy} aria-label={t('messaging.rooms.joinNamed', { name: room.name })}>
                {room.viewerInvited ? t('messaging.rooms.accept') : t('messaging.rooms.join')}
              </Button>
              {room.viewerInvited && (
                <Button size="xs" variant="default" onClick={() => void decline()}>
                  {t('messaging.rooms.decline')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {room.description && (
          <Text size="sm" lineClamp={3}>
            {room.description}
          </Text>
        )}
        {room.topicTags.length > 0 && (
          <Group gap={4}>
            {room.topicTags.map((tag) => (
              <Badge key={tag} variant="light" tt="none" size="sm">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** `/rooms`: talk-room discovery (search, category, sort), invitations waiting, and creating a room. */
export function RoomsPage() {
  const { t } = useTranslation();
  usePageTitle(t('messaging.rooms.title'));
  const { viewer } = useViewer();
  const { client } = useSession();
  const approved = viewer?.status === 'APPROVED';
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [category, setCategory] = useState<RoomCategory | null>(null);
  const [sort, setSort] = useState<RoomSort>('ACTIVITY');
  const [creating, setCreating] = useState(false);
  const [items, setItems] = useState<Conversation[]>([]);
  const [pageInfo, setPageInfo] = useState<{ hasNextPage: boolean; endCursor: string | null }>({ hasNextPage: false, endCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const filter = { text: debouncedText || null, category };
  const rooms = useQuery(RoomsQuery, { filter, sort, first: PAGE_SIZE }, { pause: !approved });
  const invitations = useQuery(RoomInvitationsQuery, { first: 30 }, { pause: !approved });

  useEffect(() => {
    const connection = rooms.data?.rooms;
    if (!connection) return;
    setItems(connection.edges.map((edge) => edge.node));
    setPageInfo(connection.pageInfo);
  }, [rooms.data]);

  const loadMore = async () => {
    setLoadingMore(true);
    const result = await client.query(RoomsQuery, { filter, sort, first: PAGE_SIZE, after: pageInfo.endCursor }).toPromise();
    setLoadingMore(false);
    const connection = result.data?.rooms;
    if (!connection) return;
    const known = new Set(items.map((item) => item.id));
    setItems([...items, ...connection.edges.map((edge) => edge.node).filter((node) => !known.has(node.id))]);
    setPageInfo(connection.pageInfo);
  };

  if (!viewer) return <PageLoader />;
  if (!approved) return <Navigate to="/messages" replace />;
  const invited = invitations.data?.roomInvitations.edges.map((edge) => edge.node) ?? [];

  return (
    <ContentPage title={t('messaging.rooms.title')} subtitle={t('messaging.rooms.subtitle')}>
      <Group>
        <Button onClick={() => setCreating(true)}>{t('messaging.rooms.create')}</Button>
      </Group>
      {invited.length > 0 && (
        <Stack gap="xs" component="section" aria-label={t('messaging.rooms.invitations')}>
          <Title order={2} fz="lg">
            {t('messaging.rooms.invitations')}
          </Title>
          {invited.map((conversation) => (
            <RoomCard key={conversation.id} conversation={conversation} onChanged={invitations.refetch} />
          ))}
        </Stack>
      )}
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('messaging.rooms.search')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 200 }}
        />
        <Select
          label={t('messaging.rooms.fields.category')}
          placeholder={t('messaging.rooms.allCategories')}
          data={ROOM_CATEGORIES.map((value) => ({ value, label: t(`messaging.categories.${value}`) }))}
          value={category}
          onChange={(value) => setCategory(value as RoomCategory | null)}
          clearable
          w={180}
        />
      </Group>
      <SegmentedControl
        aria-label={t('messaging.rooms.sortLabel')}
        value={sort}
        onChange={(value) => setSort(value as RoomSort)}
        data={[
          { value: 'ACTIVITY', label: t('messaging.rooms.sort.ACTIVITY') },
          { value: 'POPULARITY', label: t('messaging.rooms.sort.POPULARITY') },
          { value: 'NEWEST', label: t('messaging.rooms.sort.NEWEST') },
        ]}
      />
      {rooms.error && !rooms.data ? (
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, rooms.error)}
        </Alert>
      ) : rooms.fetching && !rooms.data ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('messaging.rooms.empty')}</Text>
      ) : (
        <ul className={classes.list} aria-label={t('messaging.rooms.listLabel')}>
          {items.map((conversation) => (
            <li key={conversation.id} style={{ marginBottom: 8 }}>
              <RoomCard conversation={conversation} onChanged={rooms.refetch} />
            </li>
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => void loadMore()} loading={loadingMore}>
          {t('messaging.list.loadMore')}
        </Button>
      )}
      <CreateRoomModal opened={creating} onClose={() => setCreating(false)} />
    </ContentPage>
  );
}
