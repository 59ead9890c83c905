import { randomUUID } from 'node:crypto';
import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }';
const APPROVE = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }';
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId notification } } }';

describe("notification: a person's data download and account deletion", () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let corpAdmin: string;

  const notifications = (memberIds: string[]) =>
    stack.sql(
      'SELECT recipient_membership_id AS recipient, title FROM notification.notifications WHERE recipient_membership_id = ANY($1::uuid[]) ORDER BY title',
      [memberIds],
    );
  const personalData = (accountId: string, token: string) => stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId }] }, token);
  const approve = async (adminToken: string, memberId: string, message: string) =>
    expect((await stack.graphql(stack.serviceUrl('identity'), APPROVE, { input: { memberId, message } }, adminToken)).data?.approveMembership.errors).toEqual(
      [],
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'notification'], seed: 'demo' });
    url = stack.serviceUrl('notification');
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
  });
  afterAll(() => stack?.stop());

  it("hands a person their notifications in every network, and nobody else's", async () => {
    const demo = await stack.register({ email: 'hina.abe@example.jp', displayName: '阿部 陽菜' });
    const corp = await stack.register({ email: 'hina.abe@example.jp', displayName: 'Hina Abe', networkSlug: stack.demo.otherNetwork.networkSlug });
    await approve(admin, demo.memberId, 'ようこそ！');
    await approve(corpAdmin, corp.memberId, 'Welcome!');
    await stack.waitFor(async () => (await notifications([demo.memberId, corp.memberId])).length === 2);

    const accountId = claimsOf(demo.token).sub;
    const mine = await personalData(accountId, demo.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?._entities[0].notification.notifications.map((n: { memberId: string; body: string }) => [n.memberId, n.body]).sort()).toEqual(
      [
        [demo.memberId, 'ようこそ！'],
        [corp.memberId, 'Welcome!'],
      ].sort(),
    );
    expect((await personalData(accountId, admin)).data?._entities).toEqual([null]);
    expect((await personalData(accountId, corpAdmin)).data?._entities).toEqual([null]);
  });

  it("erases a deleted member's notifications in every network, once, and nobody else's", async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const demo = await stack.register({ email: 'ren.goto@example.jp', displayName: '後藤 蓮' });
    const corp = await stack.register({ email: 'ren.goto@example.jp', displayName: 'Ren Goto', networkSlug: stack.demo.otherNetwork.networkSlug });
    await approve(admin, demo.memberId, 'ようこそ');
    await approve(corpAdmin, corp.memberId, 'Welcome');
    await stack.waitFor(async () => (await notifications([demo.memberId, corp.memberId])).length === 2);
    const adminId = claimsOf(admin).mid;
    await stack.sql(
      `INSERT INTO notification.notifications (id, network_id, recipient_membership_id, kind, title) VALUES ($1, $2, $3, 'test', 'for the admin')`,
      [randomUUID(), claimsOf(admin).nid, adminId],
    );
    const adminsBefore = await notifications([adminId]);
    expect(adminsBefore).toContainEqual({ recipient: adminId, title: 'for the admin' });

    const result = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      demo.token,
    );
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    await stack.waitFor(async () => (await notifications([demo.memberId, corp.memberId])).length === 0);
    expect(await notifications([adminId])).toEqual(adminsBefore);

    const deleted = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.identity.account.deleted.v1' && e.subject === corp.memberId),
    );
    expect(deleted.networkid).toBe(claimsOf(corp.token).nid);
    await waitForHandled(stack, 'notification', await redeliver(stack, 'kizuna.identity.membership', deleted));
    expect(await notifications([demo.memberId, corp.memberId])).toEqual([]);
    expect(await notifications([adminId])).toEqual(adminsBefore);
  });
});
