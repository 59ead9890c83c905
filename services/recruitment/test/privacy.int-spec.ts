import { randomUUID } from 'node:crypto';
import { claimsOf, redeliver, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const DELETE = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }';
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { accountId recruitment } } }';
const DELETED_MEMBER = '00000000-0000-0000-0000-000000000000';

describe("recruitment: a person's data download and account deletion", () => {
  let stack: Stack;
  let url: string;

  const addPost = async (networkId: string, authorId: string, title: string, status: 'open' | 'closed' = 'open') => {
    const id = randomUUID();
    await stack.sql(`INSERT INTO recruitment.posts (id, network_id, author_membership_id, kind, title, status) VALUES ($1, $2, $3, 'mentor', $4, $5)`, [
      id,
      networkId,
      authorId,
      title,
      status,
    ]);
    return id;
  };
  const posts = (ids: string[]) =>
    stack.sql('SELECT id, author_membership_id AS author, title, status FROM recruitment.posts WHERE id = ANY($1::uuid[]) ORDER BY title', [ids]);
  const personalData = (accountId: string, token: string) => stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId }] }, token);
  const knowsAccount = (accountId: string, count: number) => async () =>
    (await stack.sql('SELECT 1 FROM recruitment.account_memberships WHERE account_id = $1', [accountId])).length === count;

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'recruitment'], seed: 'demo' });
    url = stack.serviceUrl('recruitment');
  });
  afterAll(() => stack?.stop());

  it("hands a person the posts they made in every network, and nobody else's", async () => {
    const demo = await stack.register({ email: 'kaito.mori@example.jp', displayName: '森 海斗' });
    const corp = await stack.register({ email: 'kaito.mori@example.jp', displayName: 'Kaito Mori', networkSlug: stack.demo.otherNetwork.networkSlug });
    const accountId = claimsOf(demo.token).sub;
    await stack.waitFor(knowsAccount(accountId, 2));
    await addPost(claimsOf(demo.token).nid, demo.memberId, 'A: メンター募集');
    await addPost(claimsOf(corp.token).nid, corp.memberId, 'B: Looking for a mentor', 'closed');
    const admin = await stack.signInAdmin();
    await addPost(claimsOf(admin).nid, claimsOf(admin).mid, 'C: someone else');

    const mine = await personalData(accountId, corp.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?._entities[0].recruitment.posts.map((p: { title: string; status: string }) => [p.title, p.status])).toEqual([
      ['A: メンター募集', 'open'],
      ['B: Looking for a mentor', 'closed'],
    ]);
    expect((await personalData(accountId, admin)).data?._entities).toEqual([null]);
    expect((await personalData(accountId, await stack.signInAdmin('otherNetwork'))).data?._entities).toEqual([null]);
  });

  it("closes a deleted member's posts and keeps them without them, once", async () => {
    const collector = await stack.collectEvents('kizuna.identity.membership');
    const demo = await stack.register({ email: 'emi.kato@example.jp', displayName: '加藤 恵美' });
    const accountId = claimsOf(demo.token).sub;
    await stack.waitFor(knowsAccount(accountId, 1));
    const admin = await stack.signInAdmin();
    const ids = [await addPost(claimsOf(demo.token).nid, demo.memberId, 'D: hers'), await addPost(claimsOf(admin).nid, claimsOf(admin).mid, "E: the admin's")];

    const result = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      demo.token,
    );
    expect(result.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });

    const expected = [
      { id: ids[0], author: DELETED_MEMBER, title: 'D: hers', status: 'closed' },
      { id: ids[1], author: claimsOf(admin).mid, title: "E: the admin's", status: 'open' },
    ];
    await stack.waitFor(async () => JSON.stringify(await posts(ids)) === JSON.stringify(expected));
    await stack.waitFor(knowsAccount(accountId, 0));

    const deleted = await stack.waitFor(async () =>
      collector.events.find((e) => e.type === 'kizuna.identity.account.deleted.v1' && e.subject === demo.memberId),
    );
    await waitForHandled(stack, 'recruitment', await redeliver(stack, 'kizuna.identity.membership', deleted));
    expect(await posts(ids)).toEqual(expected);
  });
});
