import { randomUUID } from 'node:crypto';
import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }';
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId messaging } } }';
const DELETED_MEMBER = '00000000-0000-0000-0000-000000000000';

describe('messaging: a person\'s data download and account deletion', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;

  const send = async (token: string, from: string, to: string, body: string) => {
    const id = randomUUID();
    await stack.sql(`INSERT INTO messaging.messages (id, network_id, sender_membership_id, recipient_membership_id, body) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      claimsOf(token).nid,
      from,
      to,
      body,
    ]);
    return id;
  };
  const messages = (ids: string[]) =>
    stack.sql('SELECT sender_membership_id AS "from", recipient_membership_id AS "to", body FROM messaging.messages WHERE id = ANY($1::uuid[]) ORDER BY body', [ids]);
  const members = (ids: string[]) => stack.sql('SELECT membership_id FROM messaging.members WHERE membership_id = ANY($1::uuid[])', [ids]);
  const personalData = (accountId: string, token: string) => stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId }] }, token);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('hands a person the messages they sent and received in every network, and nobody else\'s', async () => {
    const demo = await stack.register({ email: 'yui.fujita@example.jp', displayName: '藤田 結衣' });
    const corp = await stack.register({ email: 'yui.fujita@example.jp', displayName: 'Yui Fujita', networkSlug: stack.demo.otherNetwork.networkSlug });
    const accountId = claimsOf(demo.token).sub;
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.account_memberships WHERE account_id = $1', [accountId])).length === 2);
    await send(demo.token, demo.memberId, claimsOf(admin).mid, 'A: 承認をお願いします');
    await send(corpAdmin, claimsOf(corpAdmin).mid, corp.memberId, 'B: Welcome to Kizuna Corp');
    await send(admin, claimsOf(admin).mid, randomUUID(), 'C: not about her');

    const mine = await personalData(accountId, demo.token);
    expect(mine.errors).toBeUndefined();
    const part = mine.data?._entities[0].messaging;
    expect(part.messagesSent.map((m: { body: string }) => m.body)).toEqual(['A: 承認をお願いします']);
    expect(part.messagesReceived.map((m: { body: string }) => m.body)).toEqual(['B: Welcome to Kizuna Corp']);
    expect(part.memberships.map((m: { memberId: string; status: string }) => [m.memberId, m.status]).sort()).toEqual(
      [
        [demo.memberId, 'pending'],
        [corp.memberId, 'pending'],
      ].sort(),
    );
    expect((await personalData(accountId, admin)).data?._entities).toEqual([null]);
    expect((await personalData(accountId, corpAdmin)).data?._entities).toEqual([null]);
  });

  it('erases what a deleted member received and keeps what they sent with its recipients, from no one, once', async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const demo = await stack.register({ email: 'taichi.ono@example.jp', displayName: '小野 太一' });
    const corp = await stack.register({ email: 'taichi.ono@example.jp', displayName: 'Taichi Ono', networkSlug: stack.demo.otherNetwork.networkSlug });
    await stack.waitFor(async () => (await members([demo.memberId, corp.memberId])).length === 2);
    const adminId = claimsOf(admin).mid;
    const ids = [
      await send(demo.token, demo.memberId, adminId, 'D: his question to the admin'),
      await send(admin, adminId, demo.memberId, 'E: the admin\'s answer to him'),
      await send(corpAdmin, claimsOf(corpAdmin).mid, corp.memberId, 'F: to him in corp'),
      await send(admin, adminId, claimsOf(corpAdmin).mid, 'G: between others'),
    ];

    const result = await stack.graphql(stack.serviceUrl('identity'), DELETE, { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } }, demo.token);
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    const expected = [
      { from: DELETED_MEMBER, to: adminId, body: 'D: his question to the admin' },
      { from: adminId, to: claimsOf(corpAdmin).mid, body: 'G: between others' },
    ];
    await stack.waitFor(async () => JSON.stringify(await messages(ids)) === JSON.stringify(expected));
    await stack.waitFor(async () => (await members([demo.memberId, corp.memberId])).length === 0);
    // The admin still has the message in their inbox.
    expect((await stack.graphql(url, '{ unreadMessageCount }', {}, admin)).data?.unreadMessageCount).toBeGreaterThanOrEqual(1);

    const deleted = await stack.waitFor(async () => collector.events.find((e) => e.type === 'kizuna.identity.account.deleted.v1' && e.subject === demo.memberId));
    await waitForHandled(stack, 'messaging', await redeliver(stack, 'kizuna.identity.membership', deleted));
    expect(await messages(ids)).toEqual(expected);
    expect(await members([demo.memberId, corp.memberId])).toEqual([]);
  });
});
