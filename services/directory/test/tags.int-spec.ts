import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const TAG = 'id name color rule ruleAppliesToNewcomers memberCount';
const TAGS = `query($first: Int, $after: String) { tags(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TAG} } } } }`;
const CREATE = `mutation($input: CreateTagInput!) { createTag(input: $input) { tag { ${TAG} } affectedCount errors { code field } } }`;
const UPDATE = `mutation($input: UpdateTagInput!) { updateTag(input: $input) { tag { ${TAG} } affectedCount errors { code field } } }`;
const MERGE = `mutation($input: MergeTagsInput!) { mergeTags(input: $input) { tag { ${TAG} } affectedCount errors { code field } } }`;
const DELETE = 'mutation($input: TagIdInput!) { deleteTag(input: $input) { deletedTagId errors { code field } } }';
const APPLY = `mutation($input: TagIdInput!) { applyTagRule(input: $input) { tag { ${TAG} } affectedCount errors { code field } } }`;
const BULK = `mutation($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { tag { ${TAG} } affectedCount errors { code field } } }`;
const MEMBER_TAGS = 'query($id: ID!) { adminMember(id: $id) { id tags { id name } } }';

interface Tag {
  id: string;
  name: string;
  color: string | null;
  rule: Record<string, unknown> | null;
  ruleAppliesToNewcomers: boolean;
  memberCount: number;
}

describe('directory: tags', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;
  let demoNetworkId: string;
  let demoIds: string[];

  const gql = async (query: string, input: Record<string, unknown>, token = admin) => {
    const result = await stack.graphql(url, query, { input }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data!)[0] as {
      tag: Tag | null;
      affectedCount: number;
      errors: { code: string; field: string | null }[];
      deletedTagId?: string;
    };
  };
  const create = async (input: Record<string, unknown>, token = admin) => {
    const payload = await gql(CREATE, input, token);
    expect(payload.errors).toEqual([]);
    return payload.tag!;
  };
  const taggedIds = async (tagId: string) =>
    (await stack.sql('SELECT membership_id FROM directory.member_tags WHERE tag_id = $1 ORDER BY membership_id', [tagId])).map(
      (row) => row.membership_id as string,
    );

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    demoNetworkId = claimsOf(admin).nid;
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`, [demoNetworkId])).length >= 30,
    );
    demoIds = (
      await stack.sql(`SELECT membership_id FROM directory.profiles WHERE network_id = $1 AND status = 'approved' ORDER BY membership_id`, [demoNetworkId])
    ).map((row) => row.membership_id as string);
  });
  afterAll(() => stack?.stop());

  it('creates, renames, recolours and deletes tags; names are unique ignoring case; bad input stores nothing', async () => {
    const tag = await create({ name: ' 幹事 ', color: '#1C7ED6' });
    expect(tag).toMatchObject({ name: '幹事', color: '#1c7ed6', rule: null, ruleAppliesToNewcomers: false, memberCount: 0 });

    expect((await gql(CREATE, { name: '幹事' })).errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    await create({ name: 'Volunteers' });
    expect((await gql(CREATE, { name: 'VOLUNTEERS' })).errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    const bad = await gql(CREATE, { name: '   ', color: 'blue', rule: { entryYear: { from: 2020, to: 2000 } } });
    expect(bad.errors.map((error) => [error.code, error.field])).toEqual([
      ['VALIDATION', 'name'],
      ['VALIDATION', 'color'],
      ['VALIDATION', 'rule.entryYear'],
    ]);
    expect(await stack.sql(`SELECT name FROM directory.tags WHERE network_id = $1 ORDER BY name`, [demoNetworkId])).toEqual([
      { name: 'Volunteers' },
      { name: '幹事' },
    ]);

    const renamed = await gql(UPDATE, { id: tag.id, name: '幹事会', color: null });
    expect(renamed).toMatchObject({ errors: [], tag: { id: tag.id, name: '幹事会', color: null } });
    expect((await gql(UPDATE, { id: tag.id, name: 'volunteers' })).errors).toEqual([{ code: 'NAME_TAKEN', field: 'name' }]);
    // A change of case only is a rename of the same tag.
    expect((await gql(UPDATE, { id: tag.id, name: '幹事会' })).errors).toEqual([]);

    const list = (await stack.graphql(url, TAGS, { first: 1 }, admin)).data!.tags;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((edge: { node: Tag }) => edge.node.name)).toEqual(['Volunteers']);
    const rest = (await stack.graphql(url, TAGS, { first: 10, after: list.pageInfo.endCursor }, admin)).data!.tags;
    expect(rest.edges.map((edge: { node: Tag }) => edge.node.name)).toEqual(['幹事会']);

    await gql(BULK, { tagId: tag.id, memberIds: demoIds.slice(0, 2), action: 'ADD' });
    expect((await gql(DELETE, { id: tag.id })).deletedTagId).toBe(tag.id);
    expect((await gql(DELETE, { id: tag.id })).errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect(await stack.sql('SELECT 1 FROM directory.member_tags WHERE tag_id = $1', [tag.id])).toEqual([]);
  });

  it('tags and untags members in bulk, by id or by filter, counting only what changed', async () => {
    const tag = await create({ name: 'Bulk' });
    const added = await gql(BULK, { tagId: tag.id, memberIds: demoIds.slice(0, 5), action: 'ADD' });
    expect(added).toMatchObject({ affectedCount: 5, tag: { memberCount: 5 }, errors: [] });
    expect((await gql(BULK, { tagId: tag.id, memberIds: demoIds.slice(3, 7), action: 'ADD' })).affectedCount).toBe(2);
    expect((await gql(BULK, { tagId: tag.id, memberIds: demoIds.slice(0, 2), action: 'REMOVE' })).affectedCount).toBe(2);
    expect(await taggedIds(tag.id)).toEqual(demoIds.slice(2, 7));

    // By filter: everyone it matches (approved members unless it says otherwise).
    const byFilter = await gql(BULK, { tagId: tag.id, filter: { withoutTagIds: [tag.id] }, action: 'ADD' });
    expect(byFilter.affectedCount).toBe(demoIds.length - 5);
    expect(await taggedIds(tag.id)).toEqual(demoIds);
    expect((await gql(BULK, { tagId: tag.id, filter: { tagIds: [tag.id] }, action: 'REMOVE' })).affectedCount).toBe(demoIds.length);

    // Either the members or a filter, and a valid filter.
    expect((await gql(BULK, { tagId: tag.id, action: 'ADD' })).errors).toEqual([{ code: 'VALIDATION', field: 'memberIds' }]);
    expect((await gql(BULK, { tagId: tag.id, memberIds: demoIds, filter: {}, action: 'ADD' })).errors).toEqual([{ code: 'VALIDATION', field: 'memberIds' }]);
    expect((await gql(BULK, { tagId: tag.id, filter: { entryYear: { from: 3000, to: 1 } }, action: 'ADD' })).errors).toEqual([
      { code: 'VALIDATION', field: 'filter.entryYear' },
    ]);
    expect(await taggedIds(tag.id)).toEqual([]);
  });

  it("merges tags: the sources' members move to the target once, and the sources are gone", async () => {
    const target = await create({ name: 'Alumni volunteers' });
    const sourceA = await create({ name: 'volunteer 2024' });
    const sourceB = await create({ name: 'Volunteer (old)' });
    await gql(BULK, { tagId: target.id, memberIds: demoIds.slice(0, 2), action: 'ADD' });
    await gql(BULK, { tagId: sourceA.id, memberIds: demoIds.slice(1, 4), action: 'ADD' });
    await gql(BULK, { tagId: sourceB.id, memberIds: demoIds.slice(3, 6), action: 'ADD' });

    const bad = await gql(MERGE, { sourceTagIds: [target.id], targetTagId: target.id });
    expect(bad.errors).toEqual([{ code: 'VALIDATION', field: 'sourceTagIds' }]);
    const merged = await gql(MERGE, { sourceTagIds: [sourceA.id, sourceB.id], targetTagId: target.id });
    expect(merged).toMatchObject({ errors: [], affectedCount: 4, tag: { id: target.id, memberCount: 6 } });
    expect(await taggedIds(target.id)).toEqual(demoIds.slice(0, 6));
    expect(await stack.sql('SELECT id FROM directory.tags WHERE id = ANY($1::uuid[])', [[sourceA.id, sourceB.id]])).toEqual([]);
    const detail = (await stack.graphql(url, MEMBER_TAGS, { id: demoIds[3] }, admin)).data?.adminMember;
    expect(detail.tags.map((tag: Tag) => tag.name)).toEqual(['Alumni volunteers']);
  });

  it('tags by rule now, and keeps tagging newcomers who match', async () => {
    // Two members fill in their department; the rule matches them.
    const engineers = ['ichiro.suzuki', 'misaki.takahashi'];
    const engineerIds: string[] = [];
    for (const handle of engineers) {
      const token = await stack.signIn(`${handle}@demo.kizuna.dev`, stack.demo.memberPassword);
      engineerIds.push(claimsOf(token).mid);
      const saved = await stack.graphql(url, 'mutation { updateMyProfile(input: { department: "工学部 情報工学科" }) { errors { code field } } }', {}, token);
      expect(saved.data?.updateMyProfile.errors).toEqual([]);
    }
    const rule = { departments: ['工学部 情報工学科'] };
    const created = await gql(CREATE, { name: 'Engineering', rule, ruleAppliesToNewcomers: false });
    expect(created).toMatchObject({ errors: [], affectedCount: 2, tag: { rule, ruleAppliesToNewcomers: false, memberCount: 2 } });
    expect(await taggedIds(created.tag!.id)).toEqual([...engineerIds].sort());

    // A text rule kept applied to newcomers: a new member is tagged once approved (the rule reads approved members).
    const kept = await gql(CREATE, { name: 'Zephyr family', rule: { text: 'Zephyrine' }, ruleAppliesToNewcomers: true });
    expect(kept).toMatchObject({ errors: [], affectedCount: 0, tag: { ruleAppliesToNewcomers: true } });
    const { memberId: newcomer } = await stack.register({ email: 'zephyrine@example.jp', displayName: 'Zephyrine Okabe' });
    const { memberId: other } = await stack.register({ email: 'someone.else@example.jp', displayName: 'Someone Else' });
    await stack.waitFor(
      async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1::uuid[])', [[newcomer, other]])).length === 2,
    );
    expect(await taggedIds(kept.tag!.id)).toEqual([]);
    for (const memberId of [newcomer, other]) {
      const approved = await stack.graphql(
        stack.serviceUrl('identity'),
        'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
        { input: { memberId } },
        admin,
      );
      expect(approved.data?.approveMembership.errors).toEqual([]);
    }
    await stack.waitFor(
      async () =>
        (await stack.sql(`SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1::uuid[]) AND status = 'approved'`, [[newcomer, other]])).length === 2,
    );
    expect(await taggedIds(kept.tag!.id)).toEqual([newcomer]);
    const [{ added_by: addedBy }] = await stack.sql('SELECT added_by FROM directory.member_tags WHERE tag_id = $1', [kept.tag!.id]);
    expect(addedBy).toBe('RULE');
    // The tag without "newcomers" did not follow them, whatever they match.
    expect(await taggedIds(created.tag!.id)).toEqual([...engineerIds].sort());

    // Changing the rule applies it now; removing it leaves the members tagged.
    const changed = await gql(UPDATE, { id: created.tag!.id, rule: { departments: ['工学部 情報工学科'], statuses: ['APPROVED', 'PENDING'] } });
    expect(changed.errors).toEqual([]);
    // The rule reads back as a client would send it, and can be sent back as it is.
    expect(changed.tag!.rule).toEqual({ departments: ['工学部 情報工学科'], statuses: ['APPROVED', 'PENDING'] });
    expect((await gql(UPDATE, { id: created.tag!.id, rule: changed.tag!.rule })).errors).toEqual([]);
    const cleared = await gql(UPDATE, { id: created.tag!.id, rule: null });
    expect(cleared).toMatchObject({ errors: [], tag: { rule: null, ruleAppliesToNewcomers: false, memberCount: 2 } });
    expect((await gql(APPLY, { id: created.tag!.id })).errors).toEqual([{ code: 'NO_RULE', field: 'id' }]);
  });

  it("keeps every network's tags to itself and refuses members", async () => {
    const demoTag = await create({ name: 'Demo only' });
    await gql(BULK, { tagId: demoTag.id, memberIds: demoIds.slice(0, 3), action: 'ADD' });
    const corpTag = await create({ name: 'Demo only' }, corpAdmin);

    // The corp admin sees only their tag and cannot change, merge, use or delete the demo one.
    const corpList = (await stack.graphql(url, TAGS, {}, corpAdmin)).data!.tags;
    expect(corpList.edges.map((edge: { node: Tag }) => edge.node.id)).toEqual([corpTag.id]);
    expect((await stack.graphql(url, 'query($id: ID!) { tag(id: $id) { id } }', { id: demoTag.id }, corpAdmin)).data?.tag).toBeNull();
    expect((await gql(UPDATE, { id: demoTag.id, name: 'Hijacked' }, corpAdmin)).errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await gql(DELETE, { id: demoTag.id }, corpAdmin)).errors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
    expect((await gql(MERGE, { sourceTagIds: [demoTag.id], targetTagId: corpTag.id }, corpAdmin)).errors).toEqual([
      { code: 'NOT_FOUND', field: 'sourceTagIds' },
    ]);
    expect((await gql(BULK, { tagId: demoTag.id, memberIds: demoIds, action: 'REMOVE' }, corpAdmin)).errors).toEqual([{ code: 'NOT_FOUND', field: 'tagId' }]);
    // Their own tag on demo members changes nothing.
    expect((await gql(BULK, { tagId: corpTag.id, memberIds: demoIds, action: 'ADD' }, corpAdmin)).affectedCount).toBe(0);
    // A filter naming the demo tag finds nobody of theirs.
    expect((await gql(BULK, { tagId: corpTag.id, filter: { tagIds: [demoTag.id] }, action: 'ADD' }, corpAdmin)).affectedCount).toBe(0);
    expect(await taggedIds(demoTag.id)).toEqual(demoIds.slice(0, 3));
    expect(await taggedIds(corpTag.id)).toEqual([]);
    expect((await stack.sql('SELECT name FROM directory.tags WHERE id = $1', [demoTag.id]))[0].name).toBe('Demo only');

    // Members: FORBIDDEN for every tag operation.
    for (const [query, variables] of [
      [TAGS, {}],
      [CREATE, { input: { name: 'Sneaky' } }],
      [BULK, { input: { tagId: demoTag.id, memberIds: [claimsOf(member).mid], action: 'REMOVE' } }],
      [DELETE, { input: { id: demoTag.id } }],
    ] as const) {
      expect((await stack.graphql(url, query, variables, member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await taggedIds(demoTag.id)).toEqual(demoIds.slice(0, 3));
  });
});
