import { randomUUID } from 'node:crypto';
import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

describe('recruitment: open post counts', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;

  const countOf = (memberIds: string[], token?: string) => memberEntities(stack, url, memberIds, 'id openRecruitmentPostCount', token);
  const post = (networkId: string, authorId: string, kind: string, status: 'open' | 'closed') =>
    stack.sql(`INSERT INTO recruitment.posts (id, network_id, author_membership_id, kind, title, status) VALUES ($1, $2, $3, $4, '募集', $5)`, [
      randomUUID(),
      networkId,
      authorId,
      kind,
      status,
    ]);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'recruitment'], seed: 'demo' });
    url = stack.serviceUrl('recruitment');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');

    const demo = claimsOf(admin);
    const corp = claimsOf(corpAdmin);
    const hanako = claimsOf(member).mid;
    await post(demo.nid, hanako, 'job', 'open');
    await post(demo.nid, hanako, 'mentor', 'open');
    await post(demo.nid, hanako, 'speaker', 'closed');
    await post(demo.nid, demo.mid, 'job', 'open');
    await post(corp.nid, corp.mid, 'job', 'open');
    await post(corp.nid, hanako, 'volunteer', 'open'); // a row of another network, whatever its author
  });
  afterAll(() => stack?.stop());

  it("counts a member's open posts in the viewer's network", async () => {
    const hanako = claimsOf(member).mid;
    const adminId = claimsOf(admin).mid;
    const result = await countOf([hanako, adminId, claimsOf(corpAdmin).mid], member);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: hanako, openRecruitmentPostCount: 2 },
      { id: adminId, openRecruitmentPostCount: 1 },
      { id: claimsOf(corpAdmin).mid, openRecruitmentPostCount: 0 },
    ]);
    expect((await stack.graphql(url, '{ openRecruitmentPostCount }', {}, member)).data?.openRecruitmentPostCount).toBe(3);
    expect(
      (await stack.graphql(url, '{ jobs: openRecruitmentPostCount(kind: JOB) speakers: openRecruitmentPostCount(kind: SPEAKER) }', {}, member)).data,
    ).toEqual({
      jobs: 2,
      speakers: 0,
    });
  });

  it("never counts one network's posts for another", async () => {
    const hanako = claimsOf(member).mid;
    // Seen from the other network only that network's rows count: 1 of the rows naming her, not her 2 open demo posts.
    expect((await countOf([hanako], corpAdmin)).data?._entities).toEqual([{ id: hanako, openRecruitmentPostCount: 1 }]);
    expect((await countOf([claimsOf(admin).mid], corpAdmin)).data?._entities).toEqual([{ id: claimsOf(admin).mid, openRecruitmentPostCount: 0 }]);
    expect((await stack.graphql(url, '{ openRecruitmentPostCount }', {}, corpAdmin)).data?.openRecruitmentPostCount).toBe(2);
  });

  it("keeps the network's recruitment from applicants and anonymous callers", async () => {
    const { token } = await stack.register({ email: 'riku.sakai@example.jp', displayName: '酒井 陸' });
    expect((await countOf([claimsOf(member).mid], token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.graphql(url, '{ openRecruitmentPostCount }', {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.graphql(url, '{ openRecruitmentPostCount }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports its health and readiness', async () => {
    const base = stack.serviceUrl('recruitment').replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', service: 'recruitment' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', service: 'recruitment', database: 'ok', events: 'ok' });
  });
});
