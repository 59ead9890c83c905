import { claimsOf, startStack, waitForHandled, type Stack } from '@kizuna/testing';

const UPDATE_PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code field message } } }`;
const SET_VISIBILITY = `mutation($input: SetProfileFieldVisibilityInput!) { setProfileFieldVisibility(input: $input) { errors { code field message } } }`;
const FEED = `{ feed(first: 50) { edges { node { id kind title excerpt actor { id } } } } }`;

/** The directory's ProfileUpdated names the fields the network sees; content announces a new job only when it is among them. */
describe('content: job changes from the directory', () => {
  let stack: Stack;
  let admin: string;
  let hanako: string;
  let sho: string;

  const feedOf = async (token: string) =>
    ((await stack.graphql(stack.serviceUrl('content'), FEED, {}, token)).data?.feed.edges ?? []).map(
      (edge: { node: { kind: string; excerpt: string; actor: { id: string } | null } }) => edge.node,
    );
  /** Changes the member's job title and waits until content has handled the directory's event about it. */
  const changeJobTitle = async (token: string, jobTitle: string) => {
    const collector = await stack.collectEvents('kizuna.directory.profile');
    try {
      const result = await stack.graphql(stack.serviceUrl('directory'), UPDATE_PROFILE, { input: { jobTitle } }, token);
      expect(result.data?.updateMyProfile.errors).toEqual([]);
      const event = await stack.waitFor(async () =>
        collector.events.find((e) => e.subject === claimsOf(token).mid && (e.data as { changedFields: string[] }).changedFields.includes('jobTitle')),
      );
      await waitForHandled(stack, 'content', event.id);
      return event;
    } finally {
      await collector.stop();
    }
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory', 'content'], seed: 'demo' });
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    const ids = [hanako, sho].map((t) => claimsOf(t).mid);
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE status = 'approved' AND membership_id = ANY($1::uuid[])`, [ids])).length === ids.length,
    );
    await stack.waitFor(async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1::uuid[])`, [ids])).length === ids.length);
  });
  afterAll(() => stack?.stop());

  it('a new job title the network sees is news in the feed; one only admins see is not', async () => {
    const event = await changeJobTitle(hanako, 'プロダクトマネージャー');
    expect((event.data as { networkVisibleFields?: string[] }).networkVisibleFields).toContain('jobTitle');
    const hanakoItems = (await feedOf(sho)).filter(
      (item: { kind: string; actor: { id: string } | null }) => item.kind === 'JOB_CHANGE' && item.actor?.id === claimsOf(hanako).mid,
    );
    expect(hanakoItems).toHaveLength(1);
    expect(hanakoItems[0].excerpt).toContain('プロダクトマネージャー');

    const hidden = await stack.graphql(stack.serviceUrl('directory'), SET_VISIBILITY, { input: { field: 'jobTitle', visibility: 'ADMINS' } }, admin);
    expect(hidden.data?.setProfileFieldVisibility.errors).toEqual([]);
    const privateChange = await changeJobTitle(sho, '社外秘プロジェクト責任者');
    expect((privateChange.data as { networkVisibleFields?: string[] }).networkVisibleFields).not.toContain('jobTitle');
    const feed = await feedOf(hanako);
    expect(feed.filter((item: { kind: string; actor: { id: string } | null }) => item.kind === 'JOB_CHANGE' && item.actor?.id === claimsOf(sho).mid)).toEqual(
      [],
    );
    expect(JSON.stringify(feed)).not.toContain('社外秘');
  });
});
