import { randomUUID } from 'node:crypto';
import { claimsOf, startStack, type EventCollector, type Stack } from '@kizuna/testing';

const ROOM_MAX_MEMBERS = 3;
const ERRORS = 'errors { code field message }';
const ROOM_FIELDS = `id kind title unreadCount viewerIsMember
  room { name description category topicTags visibility memberCount messageCount createdBy { id } archivedAt viewerInvited viewerCanModerate }`;
const INPUT_TYPES: Record<string, string> = {
  createRoom: 'CreateRoomInput',
  updateRoom: 'UpdateRoomInput',
  joinRoom: 'RoomInput',
  leaveRoom: 'RoomInput',
  declineRoomInvitation: 'RoomInput',
  archiveRoom: 'RoomInput',
  unarchiveRoom: 'RoomInput',
  inviteToRoom: 'InviteToRoomInput',
  removeRoomMember: 'RemoveRoomMemberInput',
};
const DISCOVER = `query($filter: RoomFilter, $sort: RoomSort, $first: Int, $after: String) { rooms(filter: $filter, sort: $sort, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title room { memberCount viewerInvited } } } } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id seq } ${ERRORS} } }`;

interface RoomPayload {
  conversation: {
    id: string;
    kind: string;
    title: string;
    unreadCount: number;
    viewerIsMember: boolean;
    room: Record<string, unknown> & { memberCount: number };
  } | null;
  errors: { code: string; field: string | null; message: string }[];
}

describe('messaging: talk rooms — creating, joining, invitations, moderation, archiving and discovery', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let taro: string; // staff: moderates every room (MANAGE_CONTENT) without owning any
  let kenta: string;
  let sakura: string;
  let sho: string;
  let yumi: string;
  let daisuke: string;
  let corpAdmin: string;
  let events: EventCollector;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(url, query, variables, token);
  const act = async (name: string, input: Record<string, unknown>, token: string): Promise<RoomPayload> => {
    const result = await gql(
      `mutation($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { conversation { ${ROOM_FIELDS} } ${ERRORS} } }`,
      { input },
      token,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data![name];
  };
  const create = async (token: string, input: Record<string, unknown>) => {
    const created = await act('createRoom', { category: 'TOPIC', ...input }, token);
    expect(created.errors).toEqual([]);
    return created.conversation!.id;
  };
  const discover = async (token: string, variables: Record<string, unknown> = {}) => {
    const result = await gql(DISCOVER, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const connection = result.data?.rooms;
    return { ...connection, ids: connection.edges.map((e: { node: { id: string } }) => e.node.id) as string[] };
  };
  const room = async (token: string, id: string) => {
    const result = await gql(`query($id: ID!) { conversation(id: $id) { ${ROOM_FIELDS} members { totalCount edges { node { id } role } } } }`, { id }, token);
    return result;
  };
  const memberCountInDb = async (id: string) => (await stack.sql('SELECT member_count FROM messaging.rooms WHERE conversation_id = $1', [id]))[0].member_count;
  const membersInDb = async (id: string) =>
    (await stack.sql(`SELECT membership_id, role FROM messaging.conversation_members WHERE conversation_id = $1 ORDER BY membership_id`, [id])).map((r) => [
      r.membership_id,
      r.role,
    ]);
  const myRoomIds = async (token: string) => (await gql('{ myRoomIds }', {}, token)).data?.myRoomIds as string[];
  const eventsOf = (type: string, conversationId: string) =>
    events.events
      .filter((e) => e.type === `kizuna.messaging.room.${type}.v1` && (e.data as { conversationId: string }).conversationId === conversationId)
      .map((e) => e.data);
  const mid = (token: string) => claimsOf(token).mid;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo', serviceEnv: { messaging: { ROOM_MAX_MEMBERS: String(ROOM_MAX_MEMBERS) } } });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
    const signIn = (handle: string) => stack.signIn(`${handle}@demo.kizuna.dev`, stack.demo.memberPassword);
    [taro, kenta, sakura, sho, yumi, daisuke] = await Promise.all(
      ['taro.yamada', 'kenta.tanaka', 'sakura.ito', 'sho.watanabe', 'yumi.yamamoto', 'daisuke.nakamura'].map(signIn),
    );
    const ids = [admin, corpAdmin, taro, kenta, sakura, sho, yumi, daisuke].map(mid);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [ids])).length === ids.length);
    events = await stack.collectEvents('kizuna.messaging.conversation');
  });
  afterAll(async () => {
    await events?.stop();
    await stack?.stop();
  });

  it('creates a room with its creator as owner, checks every field, and refuses a second active room of the same name', async () => {
    const roomsBefore = (await stack.sql('SELECT count(*)::int AS n FROM messaging.rooms'))[0].n;
    const invalid = await act(
      'createRoom',
      { name: '  ', description: 'x'.repeat(1001), category: 'TOPIC', topicTags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      kenta,
    );
    expect(invalid.conversation).toBeNull();
    expect(invalid.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'name'],
      ['VALIDATION', 'description'],
      ['VALIDATION', 'topicTags'],
    ]);
    expect((await act('createRoom', { name: '名'.repeat(81), category: 'TOPIC' }, kenta)).errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'name' }),
    ]);
    expect((await act('createRoom', { name: 'ok', category: 'TOPIC', topicTags: ['x'.repeat(31)] }, kenta)).errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'topicTags' }),
    ]);

    const created = await act(
      'createRoom',
      {
        name: ' 機械工学科 2015 ',
        description: '2015年入学の機械工学科の仲間',
        category: 'DEPARTMENT',
        topicTags: ['機械', 'OB会', 'ob会'],
        visibility: 'OPEN',
      },
      kenta,
    );
    expect(created.errors).toEqual([]);
    const id = created.conversation!.id;
    expect(created.conversation).toMatchObject({
      kind: 'ROOM',
      title: '機械工学科 2015',
      viewerIsMember: true,
      unreadCount: 0,
      room: {
        name: '機械工学科 2015',
        description: '2015年入学の機械工学科の仲間',
        category: 'DEPARTMENT',
        topicTags: ['機械', 'OB会'],
        visibility: 'OPEN',
        memberCount: 1,
        messageCount: 0,
        createdBy: { id: mid(kenta) },
        archivedAt: null,
        viewerInvited: false,
        viewerCanModerate: true,
      },
    });
    const seen = await room(kenta, id);
    expect(seen.data?.conversation.members).toEqual({ totalCount: 1, edges: [{ node: { id: mid(kenta) }, role: 'owner' }] });
    expect(await myRoomIds(kenta)).toContain(id);
    // Others see it as an open room they may join, not moderate; the network's moderators may.
    expect((await room(sakura, id)).data?.conversation).toMatchObject({ viewerIsMember: false, room: { viewerCanModerate: false, memberCount: 1 } });
    expect((await room(taro, id)).data?.conversation.room.viewerCanModerate).toBe(true);

    // The name is taken whatever the case or spacing around it.
    const duplicate = await act('createRoom', { name: '機械工学科 2015', category: 'TOPIC' }, sakura);
    expect(duplicate).toEqual({ conversation: null, errors: [expect.objectContaining({ code: 'CONFLICT', field: 'name' })] });
    await create(kenta, { name: 'Tennis Club' });
    expect((await act('createRoom', { name: 'TENNIS CLUB ', category: 'TOPIC' }, sakura)).errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect((await stack.sql('SELECT count(*)::int AS n FROM messaging.rooms'))[0].n).toBe(roomsBefore + 2);

    await stack.waitFor(async () => eventsOf('joined', id).length > 0);
    expect(eventsOf('created', id)).toEqual([
      expect.objectContaining({ name: '機械工学科 2015', category: 'department', topicTags: ['機械', 'OB会'], visibility: 'open', createdBy: mid(kenta) }),
    ]);
    expect(eventsOf('joined', id)).toEqual([expect.objectContaining({ membershipId: mid(kenta), via: 'creation', roomName: '機械工学科 2015' })]);
  });

  it('keeps rooms for approved members: applicants cannot create, join or find rooms, and belong to none', async () => {
    const applicant = await stack.register({ email: 'room.applicant@example.jp', displayName: '申請 太郎' });
    const id = await create(kenta, { name: 'Applicants welcome?' });
    const refused = await gql(
      `mutation($input: CreateRoomInput!) { createRoom(input: $input) { ${ERRORS} } }`,
      { input: { name: 'Mine', category: 'TOPIC' } },
      applicant.token,
    );
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const join = await gql(`mutation($input: RoomInput!) { joinRoom(input: $input) { ${ERRORS} } }`, { input: { conversationId: id } }, applicant.token);
    expect(join.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await gql(DISCOVER, {}, applicant.token)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await myRoomIds(applicant.token)).toEqual([]);
    expect(await memberCountInDb(id)).toBe(1);
  });

  it('lets members join open rooms with nothing unread from before, up to the room size limit, and leave them', async () => {
    const id = await create(kenta, { name: '山岳部', topicTags: ['登山'] });
    for (const body of ['ようこそ', '今週末は高尾山'])
      expect((await gql(SEND, { input: { conversationId: id, body } }, kenta)).data?.sendMessage.errors).toEqual([]);

    const joined = await act('joinRoom', { conversationId: id }, sakura);
    expect(joined.errors).toEqual([]);
    // Joining starts with the backlog read.
    expect(joined.conversation).toMatchObject({ viewerIsMember: true, unreadCount: 0, room: { memberCount: 2, messageCount: 2 } });
    expect(await myRoomIds(sakura)).toContain(id);
    const list = (await gql('{ conversations(kind: ROOM) { edges { node { id unreadCount } } } }', {}, sakura)).data?.conversations.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(list).toContainEqual({ id, unreadCount: 0 });
    // Newer messages count as unread, and the history is readable.
    await gql(SEND, { input: { conversationId: id, body: '集合は8時' } }, kenta);
    expect((await room(sakura, id)).data?.conversation.unreadCount).toBe(1);
    // Joining twice changes nothing.
    expect((await act('joinRoom', { conversationId: id }, sakura)).conversation?.room.memberCount).toBe(2);

    expect((await act('joinRoom', { conversationId: id }, sho)).conversation?.room.memberCount).toBe(3);
    const full = await act('joinRoom', { conversationId: id }, yumi);
    expect(full.conversation).toBeNull();
    expect(full.errors).toEqual([expect.objectContaining({ code: 'LIMIT_EXCEEDED', field: 'conversationId' })]);
    expect(full.errors[0].message).toContain(String(ROOM_MAX_MEMBERS));
    expect(await memberCountInDb(id)).toBe(3);
    expect((await membersInDb(id)).map(([m]) => m)).not.toContain(mid(yumi));

    const left = await act('leaveRoom', { conversationId: id }, sho);
    expect(left.errors).toEqual([]);
    expect(left.conversation).toMatchObject({ viewerIsMember: false, room: { memberCount: 2 } });
    expect(await myRoomIds(sho)).not.toContain(id);
    // Leaving a room one is not in changes nothing; now there is space for one more.
    expect((await act('leaveRoom', { conversationId: id }, sho)).errors).toEqual([]);
    expect(await memberCountInDb(id)).toBe(2);
    expect((await act('joinRoom', { conversationId: id }, yumi)).conversation?.room.memberCount).toBe(3);

    // The owner leaves: the room stays, the network's moderators still moderate it.
    expect((await act('leaveRoom', { conversationId: id }, kenta)).conversation?.room).toMatchObject({ memberCount: 2, viewerCanModerate: false });
    expect((await act('removeRoomMember', { conversationId: id, memberId: mid(yumi) }, taro)).errors).toEqual([]);
    expect(await membersInDb(id)).toEqual([[mid(sakura), 'member']]);

    expect((await act('joinRoom', { conversationId: randomUUID() }, sakura)).errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'conversationId' }),
    ]);
    expect((await act('joinRoom', { conversationId: 'not-an-id' }, sakura)).errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'conversationId' }),
    ]);

    await stack.waitFor(async () => eventsOf('left', id).length >= 3);
    expect(eventsOf('joined', id).map((e) => [(e as { membershipId: string }).membershipId, (e as { via: string }).via])).toEqual([
      [mid(kenta), 'creation'],
      [mid(sakura), 'join'],
      [mid(sho), 'join'],
      [mid(yumi), 'join'],
    ]);
    expect(eventsOf('left', id).map((e) => [(e as { membershipId: string }).membershipId, (e as { removedBy: string | null }).removedBy])).toEqual([
      [mid(sho), null],
      [mid(kenta), null],
      [mid(yumi), mid(taro)],
    ]);
  });

  it('keeps the member count true when people join at once, and one name per room when rooms are created at once', async () => {
    const id = await create(kenta, { name: '同時参加テスト' });
    const outcomes = await Promise.all([sakura, sho, yumi].map((token) => act('joinRoom', { conversationId: id }, token)));
    expect(outcomes.map((o) => o.errors.map((e) => e.code).join()).sort()).toEqual(['', '', 'LIMIT_EXCEEDED']);
    expect(await memberCountInDb(id)).toBe(ROOM_MAX_MEMBERS);
    expect(await membersInDb(id)).toHaveLength(ROOM_MAX_MEMBERS);

    const racing = await Promise.all([sakura, sho, yumi].map((token) => act('createRoom', { name: '早い者勝ち', category: 'TOPIC' }, token)));
    expect(racing.map((o) => o.errors.map((e) => e.code).join()).sort()).toEqual(['', 'CONFLICT', 'CONFLICT']);
    expect(await stack.sql(`SELECT 1 FROM messaging.rooms WHERE name = '早い者勝ち'`)).toHaveLength(1);
  });

  it('shows invite-only rooms only to members and invitees; the owner invites, invitees join or decline', async () => {
    const id = await create(kenta, { name: '秘密の同期会', visibility: 'INVITE_ONLY', description: '招待制' });
    // Outsiders neither find nor open nor join it.
    expect((await discover(sakura, { filter: { text: '秘密' } })).ids).not.toContain(id);
    expect((await room(sakura, id)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await act('joinRoom', { conversationId: id }, sakura)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(await memberCountInDb(id)).toBe(1);

    // Only approved members of the network can be invited; one bad id and nobody is.
    const applicant = await stack.register({ email: 'room.invitee@example.jp', displayName: '申請 次郎' });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.members WHERE membership_id = $1', [applicant.memberId])).length > 0);
    for (const bad of [[mid(sakura), applicant.memberId], [mid(sakura), randomUUID()], [mid(sakura), mid(corpAdmin)], [], ['nope']]) {
      const refused = await act('inviteToRoom', { conversationId: id, memberIds: bad }, kenta);
      expect(refused).toEqual({ conversation: null, errors: [expect.objectContaining({ code: 'VALIDATION', field: 'memberIds' })] });
    }
    expect(await stack.sql('SELECT 1 FROM messaging.room_invitations WHERE conversation_id = $1', [id])).toEqual([]);
    const tooMany = await act('inviteToRoom', { conversationId: id, memberIds: Array.from({ length: 101 }, () => randomUUID()) }, kenta);
    expect(tooMany.errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'memberIds' })]);

    // Inviting the owner themself is skipped; inviting twice sends one invitation.
    expect((await act('inviteToRoom', { conversationId: id, memberIds: [mid(sakura), mid(sho), mid(kenta)] }, kenta)).errors).toEqual([]);
    expect((await act('inviteToRoom', { conversationId: id, memberIds: [mid(sakura)] }, kenta)).errors).toEqual([]);

    const invitations = (await gql('{ roomInvitations { totalCount edges { node { id title room { viewerInvited } } } } }', {}, sakura)).data?.roomInvitations;
    expect(invitations).toEqual({ totalCount: 1, edges: [{ node: { id, title: '秘密の同期会', room: { viewerInvited: true } } }] });
    const found = await discover(sakura, { filter: { text: '秘密' } });
    expect(found.ids).toEqual([id]);
    expect(found.edges[0].node.room.viewerInvited).toBe(true);
    // Seen, but its messages are for members only.
    expect((await room(sakura, id)).data?.conversation).toMatchObject({ viewerIsMember: false });

    const joined = await act('joinRoom', { conversationId: id }, sakura);
    expect(joined.conversation).toMatchObject({ viewerIsMember: true, room: { memberCount: 2, viewerInvited: false } });
    expect((await gql('{ roomInvitations { totalCount } }', {}, sakura)).data?.roomInvitations.totalCount).toBe(0);
    // A plain member of an invite-only room cannot invite.
    const byMember = await act('inviteToRoom', { conversationId: id, memberIds: [mid(yumi)] }, sakura);
    expect(byMember.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    // Inviting someone already in the room does nothing.
    expect((await act('inviteToRoom', { conversationId: id, memberIds: [mid(sakura)] }, kenta)).errors).toEqual([]);

    const declined = await act('declineRoomInvitation', { conversationId: id }, sho);
    expect(declined.errors).toEqual([]);
    expect((await act('declineRoomInvitation', { conversationId: id }, sho)).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await discover(sho, { filter: { text: '秘密' } })).ids).toEqual([]);
    expect((await act('joinRoom', { conversationId: id }, sho)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(await stack.sql('SELECT membership_id FROM messaging.room_invitations WHERE conversation_id = $1', [id])).toEqual([]);

    // In an open room any member invites.
    const open = await create(kenta, { name: 'ランチ会' });
    await act('joinRoom', { conversationId: open }, sakura);
    expect((await act('inviteToRoom', { conversationId: open, memberIds: [mid(daisuke)] }, sakura)).errors).toEqual([]);
    expect((await act('inviteToRoom', { conversationId: open, memberIds: [mid(daisuke)] }, yumi)).errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect((await act('joinRoom', { conversationId: open }, daisuke)).errors).toEqual([]);

    await stack.waitFor(async () => eventsOf('joined', open).length >= 3);
    expect(
      eventsOf('invitation-sent', id)
        .map((e) => (e as { membershipId: string }).membershipId)
        .sort(),
    ).toEqual([mid(sakura), mid(sho)].sort());
    expect(eventsOf('invitation-sent', id)[0]).toMatchObject({ invitedBy: mid(kenta), roomName: '秘密の同期会' });
    expect(eventsOf('joined', id).map((e) => (e as { via: string }).via)).toEqual(['creation', 'invitation']);
    expect(eventsOf('joined', open).map((e) => (e as { via: string }).via)).toEqual(['creation', 'join', 'invitation']);
  });

  it('lets the owner or a moderator change and remove members; others are refused and nothing changes', async () => {
    const id = await create(kenta, { name: '写真部', description: 'カメラ好き', topicTags: ['写真'] });
    await act('joinRoom', { conversationId: id }, sakura);
    await act('joinRoom', { conversationId: id }, sho);

    const byMember = await act('updateRoom', { conversationId: id, name: '乗っ取り' }, sakura);
    expect(byMember.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await act('updateRoom', { conversationId: id, name: '', topicTags: ['ok'] }, kenta)).errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'name' }),
    ]);
    expect((await act('updateRoom', { conversationId: id, name: 'tennis club' }, kenta)).errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: 'name' }),
    ]);
    expect(await stack.sql('SELECT name, topic_tags FROM messaging.rooms WHERE conversation_id = $1', [id])).toEqual([
      { name: '写真部', topic_tags: ['写真'] },
    ]);

    const updated = await act('updateRoom', { conversationId: id, name: '写真部 (Photo Club)', category: 'JOB', visibility: 'INVITE_ONLY' }, kenta);
    expect(updated.errors).toEqual([]);
    expect(updated.conversation?.room).toMatchObject({
      name: '写真部 (Photo Club)',
      description: 'カメラ好き',
      topicTags: ['写真'],
      category: 'JOB',
      visibility: 'INVITE_ONLY',
    });
    expect((await act('updateRoom', { conversationId: id, description: 'Cameras' }, taro)).conversation?.room.description).toBe('Cameras');
    // Saving the same values again changes nothing and announces nothing.
    expect((await act('updateRoom', { conversationId: id, description: 'Cameras', topicTags: ['写真'] }, kenta)).errors).toEqual([]);

    expect((await act('removeRoomMember', { conversationId: id, memberId: mid(sho) }, sakura)).errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    expect((await act('removeRoomMember', { conversationId: id, memberId: mid(yumi) }, kenta)).errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'memberId' }),
    ]);
    expect((await act('removeRoomMember', { conversationId: id, memberId: mid(kenta) }, kenta)).errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'memberId' }),
    ]);
    expect(await memberCountInDb(id)).toBe(3);

    const removed = await act('removeRoomMember', { conversationId: id, memberId: mid(sho) }, kenta);
    expect(removed.conversation?.room.memberCount).toBe(2);
    expect(await myRoomIds(sho)).not.toContain(id);
    // The removed member no longer reads the room, now invite-only.
    expect((await room(sho, id)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await gql(SEND, { input: { conversationId: id, body: 'まだいる?' } }, sho)).data?.sendMessage.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);

    // Someone removed from an open room may join again.
    const open = await create(kenta, { name: '釣り同好会' });
    await act('joinRoom', { conversationId: open }, sho);
    await act('removeRoomMember', { conversationId: open, memberId: mid(sho) }, kenta);
    expect((await act('joinRoom', { conversationId: open }, sho)).conversation?.viewerIsMember).toBe(true);

    await stack.waitFor(async () => eventsOf('updated', id).length >= 2 && eventsOf('left', id).length >= 1);
    expect(eventsOf('updated', id)).toEqual([
      expect.objectContaining({ name: '写真部 (Photo Club)', visibility: 'invite_only', archived: false, updatedBy: mid(kenta) }),
      expect.objectContaining({ archived: false, updatedBy: mid(taro) }),
    ]);
    expect(eventsOf('left', id)).toEqual([expect.objectContaining({ membershipId: mid(sho), removedBy: mid(kenta) })]);
  });

  it('archives a room: read-only, hidden from discovery unless asked for, its name free again; restoring needs the name back', async () => {
    const id = await create(kenta, { name: '読書会', topicTags: ['本'] });
    await act('joinRoom', { conversationId: id }, sakura);
    expect((await gql(SEND, { input: { conversationId: id, body: '次は何を読む?' } }, sakura)).data?.sendMessage.errors).toEqual([]);

    expect((await act('archiveRoom', { conversationId: id }, sakura)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await stack.sql('SELECT archived_at FROM messaging.rooms WHERE conversation_id = $1', [id]))[0].archived_at).toBeNull();
    const archived = await act('archiveRoom', { conversationId: id }, kenta);
    expect(archived.conversation?.room.archivedAt).toEqual(expect.any(String));

    const send = await gql(SEND, { input: { conversationId: id, body: 'もう書けない' } }, sakura);
    expect(send.data?.sendMessage.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await stack.sql('SELECT last_seq FROM messaging.conversations WHERE id = $1', [id]))[0].last_seq).toBe('1');
    expect((await act('joinRoom', { conversationId: id }, sho)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await act('updateRoom', { conversationId: id, name: '読書会 2' }, kenta)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await act('inviteToRoom', { conversationId: id, memberIds: [mid(sho)] }, kenta)).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    // Members still read it.
    expect(
      (await gql('query($id: ID!) { conversation(id: $id) { messages { edges { node { body } } } } }', { id }, sakura)).data?.conversation.messages.edges,
    ).toHaveLength(1);

    expect((await discover(sho, { filter: { text: '読書会' } })).ids).not.toContain(id);
    expect((await discover(sho, { filter: { text: '読書会', includeArchived: true } })).ids).toContain(id);

    // The name is free again; restoring while another room has it is a conflict.
    const successor = await create(sakura, { name: '読書会' });
    const conflict = await act('unarchiveRoom', { conversationId: id }, kenta);
    expect(conflict.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect((await stack.sql('SELECT archived_at FROM messaging.rooms WHERE conversation_id = $1', [id]))[0].archived_at).not.toBeNull();
    await act('updateRoom', { conversationId: successor, name: '読書会 (新)' }, sakura);
    const restored = await act('unarchiveRoom', { conversationId: id }, taro);
    expect(restored.errors).toEqual([]);
    expect(restored.conversation?.room.archivedAt).toBeNull();
    expect((await gql(SEND, { input: { conversationId: id, body: '再開!' } }, sakura)).data?.sendMessage.errors).toEqual([]);

    await stack.waitFor(async () => eventsOf('updated', id).length >= 2);
    expect(eventsOf('updated', id)).toEqual([
      expect.objectContaining({ archived: true, updatedBy: mid(kenta), name: '読書会' }),
      expect.objectContaining({ archived: false, updatedBy: mid(taro) }),
    ]);
  });

  it('finds rooms by Japanese and English words, tag and category, sorted by activity, popularity, age and name, page by page', async () => {
    const tag = `sort-${randomUUID().slice(0, 8)}`;
    const quiet = await create(admin, { name: '機械学習 勉強会', description: 'Machine learning study group', topicTags: [tag], category: 'TOPIC' });
    const busy = await create(admin, { name: 'Alumni Football', description: '毎週日曜にフットサル', topicTags: [tag, 'スポーツ'], category: 'TOPIC' });
    const popular = await create(admin, { name: '機械工学 OB', description: '', topicTags: [tag], category: 'DEPARTMENT' });
    await act('joinRoom', { conversationId: popular }, sakura);
    await act('joinRoom', { conversationId: popular }, sho);
    await act('joinRoom', { conversationId: busy }, daisuke);
    await gql(SEND, { input: { conversationId: busy, body: 'Kick-off at 10' } }, admin);

    const byTag = (sort: string) => discover(kenta, { filter: { topicTag: tag.toUpperCase() }, sort });
    expect((await byTag('ACTIVITY')).ids).toEqual([busy, popular, quiet]);
    expect((await byTag('POPULARITY')).ids).toEqual([popular, busy, quiet]);
    expect((await byTag('NEWEST')).ids).toEqual([popular, busy, quiet]);
    expect((await byTag('NAME')).ids).toEqual([busy, quiet, popular]);
    // Activity moves a room to the top.
    await gql(SEND, { input: { conversationId: quiet, body: '次回はTransformer' } }, admin);
    expect((await byTag('ACTIVITY')).ids).toEqual([quiet, busy, popular]);

    // Page by page, in every sort, the pages add up to the whole list.
    for (const sort of ['ACTIVITY', 'POPULARITY', 'NEWEST', 'NAME']) {
      const whole = (await byTag(sort)).ids;
      const pages: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await discover(kenta, { filter: { topicTag: tag }, sort, first: 1, after });
        expect(page.totalCount).toBe(3);
        pages.push(...page.ids);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toEqual(whole);
    }
    const firstPage = await discover(kenta, { filter: { topicTag: tag }, sort: 'POPULARITY', first: 1 });
    const wrongSort = await gql(DISCOVER, { filter: { topicTag: tag }, sort: 'NAME', after: firstPage.pageInfo.endCursor }, kenta);
    expect(wrongSort.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect((await gql(DISCOVER, { after: 'garbage' }, kenta)).errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);

    // Japanese words match parts of names; full-width input is read as half-width; tags and descriptions count.
    const machine = (await discover(kenta, { filter: { text: '機械' } })).ids;
    expect(machine).toEqual(expect.arrayContaining([quiet, popular]));
    expect(machine).not.toContain(busy);
    const mechanical2015 = await discover(kenta, { filter: { text: '機械　２０１５' } });
    expect(mechanical2015.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['機械工学科 2015']);
    expect((await discover(kenta, { filter: { text: 'フットサル' } })).ids).toEqual([busy]);
    expect((await discover(kenta, { filter: { text: 'ｽﾎﾟｰﾂ' } })).ids).toEqual([busy]);
    expect((await discover(kenta, { filter: { text: 'machine LEARNING' } })).ids).toEqual([quiet]);
    expect((await discover(kenta, { filter: { text: '100%' } })).ids).toEqual([]);
    expect((await discover(kenta, { filter: { topicTag: tag, category: 'DEPARTMENT' } })).ids).toEqual([popular]);
    expect((await discover(sakura, { filter: { topicTag: tag, joinedOnly: true } })).ids).toEqual([popular]);
    expect((await discover(kenta, { filter: { topicTag: tag, joinedOnly: true } })).ids).toEqual([]);
  });

  it("never shows one network's rooms to another", async () => {
    const id = await create(kenta, { name: 'Demo only room', topicTags: ['demo-only'] });
    expect((await discover(corpAdmin, { filter: { text: 'Demo only' } })).ids).toEqual([]);
    expect((await discover(corpAdmin, { filter: { topicTag: 'demo-only', includeArchived: true } })).totalCount).toBe(0);
    expect((await room(corpAdmin, id)).data?.conversation).toBeNull();
    for (const [name, input] of [
      ['joinRoom', { conversationId: id }],
      ['archiveRoom', { conversationId: id }],
      ['updateRoom', { conversationId: id, name: 'Taken over' }],
      ['inviteToRoom', { conversationId: id, memberIds: [mid(corpAdmin)] }],
      ['removeRoomMember', { conversationId: id, memberId: mid(kenta) }],
    ] as const) {
      expect((await act(name, input, corpAdmin)).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'conversationId' })]);
    }
    expect(await membersInDb(id)).toEqual([[mid(kenta), 'owner']]);
    expect(await myRoomIds(corpAdmin)).toEqual([]);
    // A room of the other network with the same name is no conflict.
    expect((await act('createRoom', { name: 'Demo only room', category: 'TOPIC' }, corpAdmin)).errors).toEqual([]);
  });
});
