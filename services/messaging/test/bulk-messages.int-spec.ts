import { randomUUID } from 'node:crypto';
import { claimsOf, startStack, type EventCollector, type Stack } from '@kizuna/testing';

const BULK =
  'id status body segmentId segmentName scheduledAt startedAt completedAt recipientCount deliveredCount failedCount openedCount openRate progress createdBy { id } template { id }';
const SEND = `mutation($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { ${BULK} } errors { code field message } } }`;
const CANCEL = `mutation($input: CancelBulkMessageInput!) { cancelBulkMessage(input: $input) { bulkMessage { ${BULK} } errors { code field } } }`;
const RECIPIENTS = `query($id: ID!, $status: BulkRecipientStatus, $opened: Boolean) { bulkMessage(id: $id) { ${BULK}
  recipients(first: 100, status: $status, opened: $opened) { totalCount edges { node { member { id } status deliveredAt openedAt failureReason } } } } }`;
const NETWORK_CONVERSATION = `{ conversations(kind: NETWORK) { edges { node { id unreadCount messages(last: 50) { edges { node { id body sentByNetwork } } } } } } }`;

type Bulk = {
  id: string;
  status: string;
  recipientCount: number;
  deliveredCount: number;
  failedCount: number;
  openedCount: number;
  openRate: number;
  progress: number;
  segmentName: string | null;
};
type Payload = { bulkMessage: Bulk | null; errors: { code: string; field: string | null; message: string }[] };

describe('messaging: bulk messages', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  let completed: EventCollector;

  const send = async (input: Record<string, unknown>, token = admin): Promise<Payload> => {
    const result = await stack.graphql(url, SEND, { input: { idempotencyKey: randomUUID(), ...input } }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.sendBulkMessage;
  };
  const bulkOf = async (id: string, variables: Record<string, unknown> = {}) =>
    (await stack.graphql(url, RECIPIENTS, { id, ...variables }, admin)).data?.bulkMessage;
  const finished = (id: string) => stack.waitFor(async () => ((await bulkOf(id))?.status === 'COMPLETED' ? bulkOf(id) : undefined), 20_000);
  const networkMessages = async (handle: string) => {
    const result = await stack.graphql(url, NETWORK_CONVERSATION, {}, tokens[handle]);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const conversation = result.data!.conversations.edges[0]?.node;
    return { conversation, bodies: (conversation?.messages.edges ?? []).map((edge: { node: { body: string } }) => edge.node.body) as string[] };
  };
  const messageCount = async () => Number((await stack.sql('SELECT count(*) AS n FROM messaging.messages WHERE bulk_message_id IS NOT NULL'))[0].n);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
    completed = await stack.collectEvents('kizuna.messaging.bulk-message');
    const directory = stack.serviceUrl('directory');
    // The directory builds each seeded member's profile from identity's events.
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`, [claimsOf(admin).nid])).length >= 30,
    );
    for (const [handle, department] of [
      ['ichiro.suzuki', '工学部'],
      ['misaki.takahashi', '工学部'],
      ['kenta.tanaka', '工学部'],
      ['sakura.ito', '文学部'],
      ['hanako.sato', null],
    ] as const) {
      tokens[handle] = await stack.signIn(`${handle}@demo.kizuna.dev`, stack.demo.memberPassword);
      ids[handle] = claimsOf(tokens[handle]).mid;
      if (department) {
        const saved = await stack.graphql(
          directory,
          'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }',
          { input: { department } },
          tokens[handle],
        );
        expect(saved.data?.updateMyProfile.errors).toEqual([]);
      }
    }
    // The profiles reached messaging's read model (templates render them).
    await stack.waitFor(async () => (await stack.sql(`SELECT 1 FROM messaging.members WHERE profile->>'department' IS NOT NULL`)).length === 4);
  });
  afterAll(async () => {
    await completed?.stop();
    await stack?.stop();
  });

  it('sends a templated message to hand-picked members, each in their conversation with the network, and reports it', async () => {
    const template = await stack.graphql(
      url,
      'mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { id } } }',
      {
        input: { name: '同窓会のご案内', body: '{{name}}様（{{profile.department | "ご所属未登録"}}）\n{{network}}より、ホームカミングデーのご案内です。' },
      },
      admin,
    );
    const templateId = template.data?.createMessageTemplate.template.id;
    const sent = await send({ templateId, memberIds: [ids['ichiro.suzuki'], ids['hanako.sato']] });
    expect(sent.errors).toEqual([]);
    expect(sent.bulkMessage).toMatchObject({ status: 'SENDING', recipientCount: 2, createdBy: { id: claimsOf(admin).mid }, template: { id: templateId } });

    const done = await finished(sent.bulkMessage!.id);
    expect(done).toMatchObject({ deliveredCount: 2, failedCount: 0, progress: 1, openRate: 0 });
    expect(
      done.recipients.edges.map((edge: { node: { status: string; deliveredAt: string | null } }) => [edge.node.status, edge.node.deliveredAt !== null]),
    ).toEqual([
      ['DELIVERED', true],
      ['DELIVERED', true],
    ]);
    expect((await networkMessages('ichiro.suzuki')).bodies).toEqual([
      '鈴木 一郎様（工学部）\n絆大学 同窓会 (Kizuna University Alumni)より、ホームカミングデーのご案内です。',
    ]);
    expect((await networkMessages('hanako.sato')).bodies).toEqual([
      '佐藤 花子様（ご所属未登録）\n絆大学 同窓会 (Kizuna University Alumni)より、ホームカミングデーのご案内です。',
    ]);
    expect((await networkMessages('sakura.ito')).bodies).toEqual([]);

    // Reading the conversation opens it: per recipient and as a rate.
    const { conversation } = await networkMessages('ichiro.suzuki');
    const read = await stack.graphql(
      url,
      'mutation($input: MarkConversationReadInput!) { markConversationRead(input: $input) { errors { code } } }',
      { input: { conversationId: conversation.id } },
      tokens['ichiro.suzuki'],
    );
    expect(read.data?.markConversationRead.errors).toEqual([]);
    const opened = await bulkOf(sent.bulkMessage!.id, { opened: true });
    expect(opened).toMatchObject({ openedCount: 1, openRate: 0.5 });
    expect(
      opened.recipients.edges.map((edge: { node: { member: { id: string }; openedAt: string | null } }) => [edge.node.member.id, edge.node.openedAt !== null]),
    ).toEqual([[ids['ichiro.suzuki'], true]]);
    expect((await bulkOf(sent.bulkMessage!.id, { opened: false })).recipients.totalCount).toBe(1);

    const event = await stack.waitFor(async () => completed.events.find((e) => (e.data as { bulkMessageId: string }).bulkMessageId === sent.bulkMessage!.id));
    expect(event).toMatchObject({
      type: 'kizuna.messaging.bulk-message.completed.v1',
      data: { recipientCount: 2, deliveredCount: 2, failedCount: 0, sentBy: claimsOf(admin).mid },
    });
  });

  it('sends once when the same request is retried, even at the same time', async () => {
    const input = { idempotencyKey: `retry-${randomUUID()}`, body: '{{name}}様、会報を発行しました。', memberIds: [ids['sakura.ito'], ids['kenta.tanaka']] };
    const results = await Promise.all([1, 2, 3].map(() => stack.graphql(url, SEND, { input }, admin)));
    const bulkIds = new Set(results.map((result) => result.data?.sendBulkMessage.bulkMessage.id));
    expect(bulkIds.size).toBe(1);
    await finished([...bulkIds][0]);
    const again = await stack.graphql(url, SEND, { input }, admin);
    expect(again.data?.sendBulkMessage.bulkMessage).toMatchObject({ id: [...bulkIds][0], status: 'COMPLETED' });
    expect((await networkMessages('sakura.ito')).bodies).toEqual(['伊藤 さくら様、会報を発行しました。']);
    expect((await networkMessages('kenta.tanaka')).bodies).toEqual(['田中 健太様、会報を発行しました。']);
  });

  it('sends to a directory segment as it is when requested', async () => {
    const created = await stack.graphql(
      stack.serviceUrl('directory'),
      'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id } errors { code } } }',
      {
        input: { name: '工学部の卒業生', filter: { departments: ['工学部'] } },
      },
      admin,
    );
    const segmentId = created.data?.createSegment.segment.id;
    const sent = await send({ segmentId, body: '{{profile.department}}の皆さまへ：研究室見学会のお知らせ' });
    expect(sent.errors).toEqual([]);
    expect(sent.bulkMessage).toMatchObject({ recipientCount: 3, segmentId, segmentName: '工学部の卒業生' });
    const done = await finished(sent.bulkMessage!.id);
    expect(new Set(done.recipients.edges.map((edge: { node: { member: { id: string } } }) => edge.node.member.id))).toEqual(
      new Set([ids['ichiro.suzuki'], ids['misaki.takahashi'], ids['kenta.tanaka']]),
    );
    expect((await networkMessages('misaki.takahashi')).bodies).toEqual(['工学部の皆さまへ：研究室見学会のお知らせ']);

    // Another network's admin can neither use this segment nor see the bulk message.
    const refused = await send({ segmentId, body: 'x' }, corpAdmin);
    expect(refused).toEqual({ bulkMessage: null, errors: [expect.objectContaining({ code: 'NOT_FOUND', field: 'segmentId' })] });
    expect((await stack.graphql(url, RECIPIENTS, { id: sent.bulkMessage!.id }, corpAdmin)).data?.bulkMessage).toBeNull();
    expect((await stack.graphql(url, '{ bulkMessages { totalCount } }', {}, corpAdmin)).data?.bulkMessages.totalCount).toBe(0);
  });

  it('holds a scheduled message until its time, and a cancelled one for ever', async () => {
    const before = await messageCount();
    const cancelled = await send({ body: '取り消される案内', memberIds: [ids['hanako.sato']], scheduledAt: new Date(Date.now() + 3_000).toISOString() });
    expect(cancelled.bulkMessage).toMatchObject({ status: 'SCHEDULED' });
    const cancel = await stack.graphql(url, CANCEL, { input: { id: cancelled.bulkMessage!.id } }, admin);
    expect(cancel.data?.cancelBulkMessage.bulkMessage).toMatchObject({ status: 'CANCELLED' });

    const later = await send({ body: '予約された案内', memberIds: [ids['hanako.sato']], scheduledAt: new Date(Date.now() + 2_000).toISOString() });
    expect(later.bulkMessage).toMatchObject({ status: 'SCHEDULED', deliveredCount: 0 });
    expect((await networkMessages('hanako.sato')).bodies).not.toContain('予約された案内');
    const done = await finished(later.bulkMessage!.id);
    expect(new Date(done.startedAt).getTime()).toBeGreaterThanOrEqual(new Date(done.scheduledAt).getTime());
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // past the cancelled one's time
    expect((await networkMessages('hanako.sato')).bodies).not.toContain('取り消される案内');
    expect(await messageCount()).toBe(before + 1);
    expect((await bulkOf(cancelled.bulkMessage!.id)).status).toBe('CANCELLED');
    // Only a scheduled message can be cancelled.
    expect((await stack.graphql(url, CANCEL, { input: { id: later.bulkMessage!.id } }, admin)).data?.cancelBulkMessage.errors).toEqual([
      { code: 'VALIDATION', field: 'id' },
    ]);
  });

  it('refuses bad requests and sends nothing', async () => {
    const before = (await stack.graphql(url, '{ bulkMessages { totalCount } }', {}, admin)).data?.bulkMessages.totalCount;
    const corpMember = claimsOf(corpAdmin).mid;
    const unknown = randomUUID();
    const strangers = await send({ body: 'x', memberIds: [ids['sakura.ito'], corpMember, unknown] });
    expect(strangers.errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: 'memberIds' })]);
    expect(strangers.errors[0].message).toContain(corpMember);
    expect(strangers.errors[0].message).toContain(unknown);
    expect(strangers.errors[0].message).not.toContain(ids['sakura.ito']);
    expect((await send({ memberIds: [ids['sakura.ito']] })).errors.map((error) => error.field)).toEqual(['body']);
    expect((await send({ body: 'x', templateId: randomUUID(), memberIds: [ids['sakura.ito']] })).errors.map((error) => error.field)).toEqual(['body']);
    expect((await send({ body: '{{nickname}}', memberIds: [ids['sakura.ito']] })).errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'body' }),
    ]);
    expect((await send({ body: 'x' })).errors.map((error) => error.field)).toEqual(['segmentId']);
    expect(
      (await send({ body: 'x', memberIds: [ids['sakura.ito']], scheduledAt: new Date(Date.now() - 60_000).toISOString() })).errors.map((e) => e.field),
    ).toEqual(['scheduledAt']);
    expect((await send({ body: 'x', segmentId: randomUUID() })).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'segmentId' })]);
    expect((await send({ body: 'x', memberIds: Array.from({ length: 10_001 }, () => randomUUID()) })).errors).toEqual([
      expect.objectContaining({ code: 'LIMIT_EXCEEDED', field: 'memberIds' }),
    ]);
    expect((await stack.graphql(url, '{ bulkMessages { totalCount } }', {}, admin)).data?.bulkMessages.totalCount).toBe(before);
  });

  it('lets only members with the permission send or read bulk messages', async () => {
    const staff = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword); // staff: approves members, no bulk messages
    for (const token of [tokens['hanako.sato'], staff]) {
      const attempt = await stack.graphql(url, SEND, { input: { idempotencyKey: randomUUID(), body: 'x', memberIds: [ids['sakura.ito']] } }, token);
      expect(attempt.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await stack.graphql(url, '{ bulkMessages { totalCount } }', {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const list = await stack.graphql(url, '{ bulkMessages(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id status } } } }', {}, admin);
    expect(list.data?.bulkMessages).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
  });
});
