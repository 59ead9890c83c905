import { randomUUID } from 'node:crypto';
import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

const CONNECTION = 'totalCount unreadCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind title body createdAt readAt } }';

interface Node {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  createdAt: string;
  readAt: string | null;
}

describe('notification: in-app notifications', () => {
  let stack: Stack;
  let url: string;
  let identity: string;
  let admin: string;
  let corpAdmin: string;

  const notificationsOf = (memberId: string, token?: string, args = '') =>
    memberEntities(stack, url, [memberId], `id notifications${args} { ${CONNECTION} }`, token);
  const markRead = (token: string, ids?: string[]) =>
    stack.graphql(
      url,
      'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount errors { code field } } }',
      { input: ids === undefined ? {} : { ids } },
      token,
    );
  const approve = (memberId: string, message?: string) =>
    stack.graphql(
      identity,
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId, message } },
      admin,
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'notification'], seed: 'demo' });
    url = stack.serviceUrl('notification');
    identity = stack.serviceUrl('identity');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it('tells an applicant their membership was approved, once, and lets them mark it read', async () => {
    const collector = await stack.collectEvents('kizuna.notification.notification');
    const { token, memberId } = await stack.register({ email: 'natsuki.okada@example.jp', displayName: '岡田 夏希' });

    const before = await notificationsOf(memberId, token);
    expect(before.errors).toBeUndefined();
    expect(before.data?._entities[0].notifications).toMatchObject({ totalCount: 0, unreadCount: 0, edges: [] });

    expect((await approve(memberId, 'ようこそ、岡田さん！')).data?.approveMembership.errors).toEqual([]);

    // The token still says "pending": the applicant must see the approval arrive with it.
    const after = await stack.waitFor(async () => {
      const result = await notificationsOf(memberId, token);
      return result.data?._entities[0].notifications.totalCount === 1 ? result.data._entities[0].notifications : undefined;
    });
    expect(after.unreadCount).toBe(1);
    const notification: Node = after.edges[0].node;
    expect(notification).toMatchObject({ kind: 'membership.approved', title: 'Your membership was approved', body: 'ようこそ、岡田さん！', readAt: null });
    expect(new Date(notification.createdAt).toISOString()).toBe(notification.createdAt);

    const event = await stack.waitFor(async () => collector.events.find((e) => (e.data as { notificationId: string }).notificationId === notification.id));
    expect(event).toMatchObject({
      type: 'kizuna.notification.notification.created.v1',
      subject: memberId,
      data: { recipientMembershipId: memberId, kind: 'membership.approved', createdAt: notification.createdAt },
    });

    const own = await stack.graphql(url, 'query($id: ID!) { notification(id: $id) { id kind readAt } }', { id: notification.id }, token);
    expect(own.data?.notification).toEqual({ id: notification.id, kind: 'membership.approved', readAt: null });

    const marked = await markRead(token, [notification.id]);
    expect(marked.data?.markNotificationsRead).toEqual({ unreadCount: 0, errors: [] });
    const read = (await notificationsOf(memberId, token)).data?._entities[0].notifications;
    expect(read.unreadCount).toBe(0);
    expect(read.edges[0].node.readAt).not.toBeNull();

    // Redelivery or a second look never creates a second notification.
    expect(await stack.sql('SELECT kind FROM notification.notifications WHERE recipient_membership_id = $1', [memberId])).toEqual([
      { kind: 'membership.approved' },
    ]);
  });

  it('keeps notifications private to their recipient, across members and networks', async () => {
    const { token, memberId } = await stack.register({ email: 'ren.fujii@example.jp', displayName: '藤井 蓮' });
    const adminId = claimsOf(admin).mid;
    const [{ id }] = await stack.sql<{ id: string }>(
      `INSERT INTO notification.notifications (id, network_id, recipient_membership_id, kind, title)
       VALUES ($1, $2, $3, 'test.private', 'For your eyes only') RETURNING id`,
      [randomUUID(), claimsOf(token).nid, memberId],
    );

    // The pending applicant reads their own but nobody else's.
    expect((await notificationsOf(memberId, token)).data?._entities[0].notifications.totalCount).toBe(1);
    const someoneElse = await notificationsOf(adminId, token);
    expect(someoneElse.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // An admin of the same network is not the recipient either.
    expect((await notificationsOf(memberId, admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAdmin = await stack.graphql(url, 'query($id: ID!) { notification(id: $id) { id } }', { id }, admin);
    expect(byAdmin.data?.notification).toBeNull();

    // Another network's admin sees nothing of it.
    expect((await notificationsOf(memberId, corpAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byCorp = await stack.graphql(url, 'query($id: ID!) { notification(id: $id) { id } }', { id }, corpAdmin);
    expect(byCorp.data?.notification).toBeNull();
    const referenced = await stack.graphql(
      url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Notification { id title } } }',
      { reps: [{ __typename: 'Notification', id }] },
      corpAdmin,
    );
    expect(referenced.data?._entities).toEqual([null]);

    // Nor can anyone else mark it read: the request fails and changes nothing.
    const marked = await markRead(corpAdmin, [id]);
    expect(marked.data?.markNotificationsRead.errors).toEqual([{ code: 'NOT_FOUND', field: 'ids' }]);
    expect((await markRead(admin, [id])).data?.markNotificationsRead.errors[0].code).toBe('NOT_FOUND');
    expect(await stack.sql('SELECT read_at FROM notification.notifications WHERE id = $1', [id])).toEqual([{ read_at: null }]);

    // Anonymous callers are asked to sign in.
    expect((await notificationsOf(memberId)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages newest first and marks everything read when no ids are given', async () => {
    const { token, memberId } = await stack.register({ email: 'aoi.kondo@example.jp', displayName: '近藤 葵' });
    const networkId = claimsOf(token).nid;
    for (let i = 0; i < 5; i++) {
      await stack.sql(
        `INSERT INTO notification.notifications (id, network_id, recipient_membership_id, kind, title, created_at)
         VALUES ($1, $2, $3, 'test.page', $4, now() - make_interval(mins => $5))`,
        [randomUUID(), networkId, memberId, `n${i}`, 10 - i],
      );
    }
    // Same instant for two of them: the order still holds by id.
    await stack.sql(
      `INSERT INTO notification.notifications (id, network_id, recipient_membership_id, kind, title, created_at)
       SELECT $1, network_id, recipient_membership_id, kind, 'n4-twin', created_at FROM notification.notifications
       WHERE recipient_membership_id = $2 AND title = 'n4'`,
      [randomUUID(), memberId],
    );

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result = await notificationsOf(memberId, token, `(first: 2${after ? `, after: "${after}"` : ''})`);
      const connection = result.data?._entities[0].notifications;
      expect(connection.totalCount).toBe(6);
      expect(connection.unreadCount).toBe(6);
      seen.push(...connection.edges.map((e: { node: Node }) => e.node.title));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen.slice(2)).toEqual(['n3', 'n2', 'n1', 'n0']);
    expect(seen.slice(0, 2).sort()).toEqual(['n4', 'n4-twin']);

    const badCursor = await notificationsOf(memberId, token, '(after: "not-a-cursor")');
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    expect((await markRead(token, ['not-a-uuid'])).data?.markNotificationsRead).toEqual({ unreadCount: 6, errors: [{ code: 'NOT_FOUND', field: 'ids' }] });
    expect((await markRead(token)).data?.markNotificationsRead).toEqual({ unreadCount: 0, errors: [] });
    expect((await notificationsOf(memberId, token)).data?._entities[0].notifications.unreadCount).toBe(0);
  });

  it('reports its health and readiness', async () => {
    const base = stack.serviceUrl('notification').replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'notification' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', service: 'notification', database: 'ok', events: 'ok' });
  });
});
