import { randomUUID } from 'node:crypto';
import { checkAccessRules, claimsOf, memberEntities, rootOperations, startStack, tokenWithClaims, type GuardedOperation, type Stack } from '@kizuna/testing';

const NOTIFICATIONS_OF = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { id notifications { totalCount } } } }';
const MEMBER_REPS = (id: string) => ({ reps: [{ __typename: 'Member', id }] });

describe('notification: what pending, suspended and rejected members may do, and network isolation', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let pending: string;
  let corpAdmin: string;

  const notify = async (token: string) => {
    const id = randomUUID();
    await stack.sql(`INSERT INTO notification.notifications (id, network_id, recipient_membership_id, kind, title) VALUES ($1, $2, $3, 'test', 'For you')`, [
      id,
      claimsOf(token).nid,
      claimsOf(token).mid,
    ]);
    return id;
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'notification'], seed: 'demo' });
    url = stack.serviceUrl('notification');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'access.rules@example.jp', displayName: '申請 四郎' })).token;
  });
  afterAll(() => stack?.stop());

  it('lets applicants read their own notifications (the approval arrives there), and suspended or rejected members nothing', async () => {
    const operations: GuardedOperation[] = [
      { name: 'notification', query: 'query($id: ID!) { notification(id: $id) { id } }', variables: { id: randomUUID() }, pendingAllowed: true },
      { name: 'markNotificationsRead', query: 'mutation { markNotificationsRead(input: {}) { unreadCount errors { code } } }', pendingAllowed: true },
      { name: 'Member.notifications (own)', query: NOTIFICATIONS_OF, variables: (claims) => MEMBER_REPS(claims.mid), pendingAllowed: true },
      {
        name: 'PersonalData.notification',
        query: 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { notification } } }',
        variables: (claims) => ({ reps: [{ __typename: 'PersonalData', accountId: claims.sub }] }),
        pendingAllowed: true,
      },
    ];
    const { outcome, expected } = await checkAccessRules(stack, url, operations, { approved: member, pending });
    expect(outcome).toEqual(expected);
    expect(await rootOperations(stack, url, member)).toEqual(['markNotificationsRead', 'notification']);
    for (const token of [pending, member]) {
      const other = await stack.graphql(url, NOTIFICATIONS_OF, MEMBER_REPS(claimsOf(admin).mid), token);
      expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('resolves a notification for the gateway only for its recipient, and not once they are suspended or rejected', async () => {
    const id = await notify(member);
    const entity = (token: string) =>
      stack.graphql(
        url,
        'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Notification { id title } } }',
        { reps: [{ __typename: 'Notification', id }] },
        token,
      );
    expect((await entity(member)).data?._entities).toEqual([{ id, title: 'For you' }]);
    expect((await entity(admin)).data?._entities).toEqual([null]);
    for (const status of ['suspended', 'rejected']) {
      expect((await entity(await tokenWithClaims(stack, member, { status }))).data?._entities).toEqual([null]);
    }
  });

  it('shows and changes nothing of one network for a member of another, whatever ids they send', async () => {
    const demoId = await notify(admin);
    const asked = await stack.graphql(url, 'query($id: ID!) { notification(id: $id) { id title } }', { id: demoId }, corpAdmin);
    expect(asked.data?.notification).toBeNull();
    const entity = await stack.graphql(
      url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Notification { id title } } }',
      { reps: [{ __typename: 'Notification', id: demoId }] },
      corpAdmin,
    );
    expect(entity.data?._entities).toEqual([null]);
    const marked = await stack.graphql(
      url,
      'mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { errors { code field } } }',
      { ids: [demoId] },
      corpAdmin,
    );
    expect(marked.data?.markNotificationsRead.errors).toEqual([{ code: 'NOT_FOUND', field: 'ids' }]);
    expect(await stack.sql('SELECT read_at FROM notification.notifications WHERE id = $1', [demoId])).toEqual([{ read_at: null }]);
    // The admin of the same network cannot read it either: notifications are their recipient's alone.
    expect((await memberEntities(stack, url, [claimsOf(member).mid], 'id notifications { totalCount }', admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Its recipient can.
    expect((await stack.graphql(url, 'query($id: ID!) { notification(id: $id) { title } }', { id: demoId }, admin)).data?.notification).toEqual({
      title: 'For you',
    });
  });
});
