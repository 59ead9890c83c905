import { randomUUID } from 'node:crypto';
import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';


describe('messaging: members read model and unread counts', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;

  const unreadOf = (memberId: string, token?: string) =>
    memberEntities(stack, url, [memberId], 'id unreadMessageCount', token);
  const message = (networkId: string, from: string, to: string, read = false) =>
    stack.sql(
      `INSERT INTO messaging.messages (id, network_id, sender_membership_id, recipient_membership_id, body, read_at)
       VALUES ($1, $2, $3, $4, 'こんにちは', CASE WHEN $5 THEN now() END)`,
      [randomUUID(), networkId, from, to, read],
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'messaging'], seed: 'demo' });
    url = stack.serviceUrl('messaging');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('keeps who is in which network, with role and status, from identity\'s events', async () => {
    const adminId = claimsOf(admin).mid;
    expect(await stack.waitFor(async () => (await stack.sql('SELECT role, status FROM messaging.members WHERE membership_id = $1', [adminId]))[0])).toEqual({
      role: 'owner',
      status: 'approved',
    });

    const { memberId } = await stack.register({ email: 'daiki.ono@example.jp', displayName: '小野 大輝' });
    const row = () => stack.sql('SELECT network_id, role, status FROM messaging.members WHERE membership_id = $1', [memberId]);
    expect(await stack.waitFor(async () => (await row())[0])).toEqual({ network_id: claimsOf(admin).nid, role: 'member', status: 'pending' });

    await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(await stack.waitFor(async () => (await row()).find((r) => r.status === 'approved'))).toMatchObject({ role: 'member' });
  });

  it('counts only unread messages addressed to the viewer in their own network', async () => {
    const me = claimsOf(member);
    const adminId = claimsOf(admin).mid;
    const corp = claimsOf(corpAdmin);
    await message(me.nid, adminId, me.mid);
    await message(me.nid, adminId, me.mid);
    await message(me.nid, adminId, me.mid, true); // already read
    await message(me.nid, me.mid, adminId); // sent by me: the admin's unread, not mine
    await message(corp.nid, corp.mid, me.mid); // a row of another network, whatever its recipient

    expect((await stack.graphql(url, '{ unreadMessageCount }', {}, member)).data?.unreadMessageCount).toBe(2);
    expect((await unreadOf(me.mid, member)).data?._entities[0]).toEqual({ id: me.mid, unreadMessageCount: 2 });
    expect((await stack.graphql(url, '{ unreadMessageCount }', {}, admin)).data?.unreadMessageCount).toBe(1);
    expect((await stack.graphql(url, '{ unreadMessageCount }', {}, corpAdmin)).data?.unreadMessageCount).toBe(0);
  });

  it('keeps each member\'s unread count to themselves, applicants included', async () => {
    const me = claimsOf(member);
    const { token, memberId } = await stack.register({ email: 'mio.arai@example.jp', displayName: '新井 美緒' });
    await message(me.nid, claimsOf(admin).mid, memberId);

    // A pending applicant may DM the admins, so they see their own count...
    expect((await stack.graphql(url, '{ unreadMessageCount }', {}, token)).data?.unreadMessageCount).toBe(1);
    expect((await unreadOf(memberId, token)).data?._entities[0].unreadMessageCount).toBe(1);
    // ...but nobody else's, and nobody sees theirs: not a member, not an admin, not another network.
    expect((await unreadOf(me.mid, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await unreadOf(memberId, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await unreadOf(memberId, admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await unreadOf(memberId, corpAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.graphql(url, '{ unreadMessageCount }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports its health and readiness', async () => {
    const base = stack.serviceUrl('messaging').replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'messaging' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', service: 'messaging', database: 'ok', events: 'ok' });
  });
});
