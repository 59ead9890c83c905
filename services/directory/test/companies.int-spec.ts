import { claimsOf, memberEntities, startStack, type Stack } from '@kizuna/testing';

const COMPANY_FIELDS =
  'id name industry stage url description foundedYear founder { id } founderProfile { memberId displayName } viewerMayEdit viewerMayRemove';
const ADD = `mutation($input: AddCompanyInput!) { addCompany(input: $input) { company { ${COMPANY_FIELDS} } errors { code field message } } }`;
const UPDATE = `mutation($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { ${COMPANY_FIELDS} } errors { code field message } } }`;
const REMOVE = 'mutation($input: RemoveCompanyInput!) { removeCompany(input: $input) { removedCompanyId errors { code field } } }';
const LIST = `query($filter: CompanyFilter, $sort: CompanySort, $first: Int, $after: String) {
  alumniCompanies(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node { id name industry stage founder { id } } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

interface Listed {
  edges: { cursor: string; node: { id: string; name: string; industry: string | null; stage: string | null; founder: { id: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

describe('directory: alumni companies', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let taro: string;
  let hanako: string;
  let corpAdmin: string;

  const list = async (variables: Record<string, unknown>, token = hanako): Promise<Listed> => {
    const result = await stack.graphql(url, LIST, variables, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.alumniCompanies as Listed;
  };
  const names = (listed: Listed) => listed.edges.map((edge) => edge.node.name);
  const add = async (token: string, input: Record<string, unknown>) => {
    const result = await stack.graphql(url, ADD, { input }, token);
    expect(result.data?.addCompany.errors).toEqual([]);
    return result.data!.addCompany.company as { id: string; name: string };
  };
  const companyRows = (founderId: string) => stack.sql('SELECT name FROM directory.companies WHERE founder_id = $1 ORDER BY name', [founderId]);

  /** A new member, approved by the demo admin, signed in again so the token says approved. */
  const approvedMember = async (email: string, displayName: string) => {
    const { memberId } = await stack.register({ email, displayName });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [memberId])).length > 0);
    const approved = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
    await stack.waitFor(async () => (await stack.sql('SELECT status FROM directory.profiles WHERE membership_id = $1', [memberId]))[0]?.status === 'approved');
    return { memberId, token: await stack.signIn(email, 'correct-horse-battery') };
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    // The demo members' profiles arrive by event: wait for them before acting as their founders.
    const ids = [admin, taro, hanako, corpAdmin].map((token) => claimsOf(token).mid);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1)', [ids])).length === ids.length, 60_000);
  });
  afterAll(() => stack?.stop());

  it('lets a member list a company they founded, edit it, and remove it; nobody else edits it', async () => {
    const taroId = claimsOf(taro).mid;
    const added = await stack.graphql(
      url,
      ADD,
      {
        input: {
          name: '  絆ロボティクス株式会社 ',
          industry: 'Robotics',
          stage: 'SEED',
          url: 'https://robotics.example.jp',
          description: '介護ロボットを作っています。\nWe build care robots.',
          foundedYear: 2021,
        },
      },
      taro,
    );
    expect(added.data?.addCompany.errors).toEqual([]);
    const company = added.data?.addCompany.company;
    expect(company).toMatchObject({
      name: '絆ロボティクス株式会社',
      industry: 'Robotics',
      stage: 'SEED',
      url: 'https://robotics.example.jp',
      description: '介護ロボットを作っています。\nWe build care robots.',
      foundedYear: 2021,
      founder: { id: taroId },
      founderProfile: { memberId: taroId, displayName: '山田 太郎' },
      viewerMayEdit: true,
      viewerMayRemove: true,
    });

    // Another member sees it listed but may neither edit nor remove it.
    const seen = await list({ filter: { text: 'ロボティクス' } });
    expect(seen.edges.map((edge) => [edge.node.name, edge.node.founder.id])).toEqual([['絆ロボティクス株式会社', taroId]]);
    const byHanako = await stack.graphql(url, UPDATE, { input: { companyId: company.id, name: 'Mine now' } }, hanako);
    expect(byHanako.data?.updateCompany.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_ALLOWED']);
    const removedByHanako = await stack.graphql(url, REMOVE, { input: { companyId: company.id } }, hanako);
    expect(removedByHanako.data?.removeCompany).toEqual({ removedCompanyId: null, errors: [{ code: 'NOT_ALLOWED', field: 'companyId' }] });
    expect(await companyRows(taroId)).toEqual([{ name: '絆ロボティクス株式会社' }]);

    // The founder changes only what they send; null clears an optional field.
    const edited = await stack.graphql(url, UPDATE, { input: { companyId: company.id, stage: 'SERIES_A', url: null } }, taro);
    expect(edited.data?.updateCompany.errors).toEqual([]);
    expect(edited.data?.updateCompany.company).toMatchObject({ name: '絆ロボティクス株式会社', stage: 'SERIES_A', url: null, foundedYear: 2021 });

    // It shows on the founder's member entity too.
    const founded = await memberEntities(stack, url, [taroId], 'foundedCompanies { name stage }', hanako);
    expect(founded.data?._entities[0].foundedCompanies).toEqual([{ name: '絆ロボティクス株式会社', stage: 'SERIES_A' }]);

    const removed = await stack.graphql(url, REMOVE, { input: { companyId: company.id } }, taro);
    expect(removed.data?.removeCompany).toEqual({ removedCompanyId: company.id, errors: [] });
    expect(await companyRows(taroId)).toEqual([]);
    expect((await list({ filter: { text: 'ロボティクス' } })).totalCount).toBe(0);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const hanakoId = claimsOf(hanako).mid;
    const bad = await stack.graphql(
      url,
      ADD,
      {
        input: { name: '   ', industry: 'x'.repeat(101), url: 'javascript:alert(1)', description: 'd'.repeat(1001), foundedYear: new Date().getFullYear() + 1 },
      },
      hanako,
    );
    expect(bad.data?.addCompany.company).toBeNull();
    expect(bad.data?.addCompany.errors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
      ['VALIDATION', 'name'],
      ['VALIDATION', 'industry'],
      ['VALIDATION', 'url'],
      ['VALIDATION', 'description'],
      ['VALIDATION', 'foundedYear'],
    ]);
    // One bad field stops the good ones.
    const half = await stack.graphql(url, ADD, { input: { name: 'Good Name KK', url: 'www.example.com' } }, hanako);
    expect(half.data?.addCompany.errors.map((e: { field: string }) => e.field)).toEqual(['url']);
    // An unknown stage is not a stage at all.
    const stage = await stack.graphql(url, ADD, { input: { name: 'Stage KK', stage: 'UNICORN' } }, hanako);
    expect(stage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await companyRows(hanakoId)).toEqual([]);

    // An edit with a bad field changes nothing either.
    const company = await add(hanako, { name: 'Sato Design', industry: 'Design' });
    const badEdit = await stack.graphql(url, UPDATE, { input: { companyId: company.id, industry: 'Consulting', foundedYear: 1700 } }, hanako);
    expect(badEdit.data?.updateCompany.errors.map((e: { field: string }) => e.field)).toEqual(['foundedYear']);
    expect(await stack.sql('SELECT industry, founded_year FROM directory.companies WHERE id = $1', [company.id])).toEqual([
      { industry: 'Design', founded_year: null },
    ]);
    const unknown = await stack.graphql(url, UPDATE, { input: { companyId: 'not-an-id', name: 'x' } }, hanako);
    expect(unknown.data?.updateCompany.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    await stack.graphql(url, REMOVE, { input: { companyId: company.id } }, hanako);
  });

  it("lets admins remove any company of their network, and never another network's", async () => {
    const company = await add(taro, { name: 'Spam Ventures', industry: 'Spam' });
    // Another network neither sees, edits nor removes it.
    expect(names(await list({}, corpAdmin))).not.toContain('Spam Ventures');
    const fromCorp = await stack.graphql(url, REMOVE, { input: { companyId: company.id } }, corpAdmin);
    expect(fromCorp.data?.removeCompany.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    const editFromCorp = await stack.graphql(url, UPDATE, { input: { companyId: company.id, name: 'Hijacked' } }, corpAdmin);
    expect(editFromCorp.data?.updateCompany.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    const corpFounded = await memberEntities(stack, url, [claimsOf(taro).mid], 'foundedCompanies { name }', corpAdmin);
    expect(corpFounded.data?._entities[0].foundedCompanies).toEqual([]);
    expect((await stack.sql('SELECT name FROM directory.companies WHERE id = $1', [company.id]))[0].name).toBe('Spam Ventures');

    // The network's admin may remove it (but not edit it: it is the founder's).
    const listed = await stack.graphql(
      url,
      `{ alumniCompanies(filter: { text: "spam ventures" }) { edges { node { viewerMayEdit viewerMayRemove } } } }`,
      {},
      admin,
    );
    expect(listed.data?.alumniCompanies.edges).toEqual([{ node: { viewerMayEdit: false, viewerMayRemove: true } }]);
    const edit = await stack.graphql(url, UPDATE, { input: { companyId: company.id, name: 'Renamed' } }, admin);
    expect(edit.data?.updateCompany.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_ALLOWED']);
    const removed = await stack.graphql(url, REMOVE, { input: { companyId: company.id } }, admin);
    expect(removed.data?.removeCompany).toEqual({ removedCompanyId: company.id, errors: [] });
    expect(await stack.sql('SELECT 1 FROM directory.companies WHERE id = $1', [company.id])).toEqual([]);
  });

  it("lists, filters, sorts and pages the network's companies", async () => {
    const founder = await approvedMember('serial.founder@example.jp', '起業 一郎');
    const tag = 'zq';
    const made: { name: string; industry: string; stage: string }[] = [
      { name: `${tag} Alpha Foods`, industry: 'Food', stage: 'SEED' },
      { name: `${tag} ベータ・ヘルスケア`, industry: 'Healthcare', stage: 'SERIES_A' },
      { name: `${tag} Gamma Health`, industry: 'healthcare', stage: 'PUBLIC' },
      { name: `${tag} Delta Robotics`, industry: 'Robotics', stage: 'SEED' },
      { name: `${tag} Epsilon AI`, industry: 'AI', stage: 'IDEA' },
    ];
    for (const company of made) await add(founder.token, company);
    // The corp network's company never shows in the demo network's list, and the other way round.
    await add(corpAdmin, { name: `${tag} Corp Spinout`, industry: 'Food' });

    const all = await list({ filter: { text: tag }, first: 2 });
    expect(all.totalCount).toBe(5);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const seen = [...names(all)];
    let after = all.pageInfo.endCursor;
    while (after) {
      const page = await list({ filter: { text: tag }, first: 2, after });
      expect(page.totalCount).toBe(5);
      seen.push(...names(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(seen).toEqual([`${tag} Alpha Foods`, `${tag} Delta Robotics`, `${tag} Epsilon AI`, `${tag} Gamma Health`, `${tag} ベータ・ヘルスケア`]);

    // Newest first.
    expect(names(await list({ filter: { text: tag }, sort: 'NEWEST' }))).toEqual(made.map((m) => m.name).reverse());
    // Industries match case-insensitively; stages any of; text is kana, width and case insensitive.
    expect(names(await list({ filter: { text: tag, industries: ['HEALTHCARE'] } })).sort()).toEqual(
      [`${tag} Gamma Health`, `${tag} ベータ・ヘルスケア`].sort(),
    );
    expect(names(await list({ filter: { text: tag, stages: ['SEED', 'IDEA'] } }))).toEqual([
      `${tag} Alpha Foods`,
      `${tag} Delta Robotics`,
      `${tag} Epsilon AI`,
    ]);
    expect(names(await list({ filter: { text: 'べーた' } }))).toEqual([`${tag} ベータ・ヘルスケア`]);
    expect(names(await list({ filter: { text: 'ＤＥＬＴＡ' } }))).toEqual([`${tag} Delta Robotics`]);
    expect(names(await list({ filter: { text: 'robotics', industries: ['Food'] } }))).toEqual([]);
    expect(await stack.graphql(url, '{ alumniCompanyIndustries }', {}, hanako)).toMatchObject({
      data: { alumniCompanyIndustries: expect.arrayContaining(['AI', 'Food', 'Robotics']) },
    });
    const industries = (await stack.graphql(url, '{ alumniCompanyIndustries }', {}, hanako)).data?.alumniCompanyIndustries as string[];
    expect(industries.filter((industry) => industry.toLowerCase() === 'healthcare')).toHaveLength(1);

    // The other network sees its own only.
    expect(names(await list({ filter: { text: tag } }, corpAdmin))).toEqual([`${tag} Corp Spinout`]);
    expect(names(await list({ filter: { text: tag } }))).not.toContain(`${tag} Corp Spinout`);

    // A cursor from another sort, or garbage, is refused.
    const wrongSort = await stack.graphql(url, LIST, { filter: { text: tag }, sort: 'NEWEST', after: all.pageInfo.endCursor }, hanako);
    expect(wrongSort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const garbage = await stack.graphql(url, LIST, { after: 'garbage' }, hanako);
    expect(garbage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides the companies of a founder who is suspended, shows them again on reinstatement, and erases them with the account', async () => {
    const founder = await approvedMember('suspended.founder@example.jp', '停止 花子');
    await add(founder.token, { name: 'Suspendable Systems', industry: 'Security' });
    expect(names(await list({ filter: { text: 'suspendable' } }))).toEqual(['Suspendable Systems']);

    const identity = stack.serviceUrl('identity');
    const decide = (mutation: string, input: Record<string, unknown>) =>
      stack.graphql(
        identity,
        `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { errors { code } } }`,
        { input },
        admin,
      );
    expect((await decide('suspendMembership', { memberId: founder.memberId, reason: 'test' })).data?.suspendMembership.errors).toEqual([]);
    await stack.waitFor(
      async () => (await stack.sql('SELECT status FROM directory.profiles WHERE membership_id = $1', [founder.memberId]))[0].status === 'suspended',
    );

    expect(names(await list({ filter: { text: 'suspendable' } }))).toEqual([]);
    expect((await list({ filter: { text: 'suspendable' } }, admin)).totalCount).toBe(0);
    expect((await stack.graphql(url, '{ alumniCompanyIndustries }', {}, hanako)).data?.alumniCompanyIndustries).not.toContain('Security');
    const founded = await memberEntities(stack, url, [founder.memberId], 'foundedCompanies { name }', hanako);
    expect(founded.data?._entities[0].foundedCompanies).toEqual([]);

    expect((await decide('reinstateMembership', { memberId: founder.memberId })).data?.reinstateMembership.errors).toEqual([]);
    await stack.waitFor(
      async () => (await stack.sql('SELECT status FROM directory.profiles WHERE membership_id = $1', [founder.memberId]))[0].status === 'approved',
    );
    expect(names(await list({ filter: { text: 'suspendable' } }))).toEqual(['Suspendable Systems']);

    // A founder who deletes their account takes their companies with them.
    const founderToken = await stack.signIn('suspended.founder@example.jp', 'correct-horse-battery');
    const deleted = await stack.graphql(
      identity,
      'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code field } } }',
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      founderToken,
    );
    expect(deleted.data?.deleteMyAccount.errors).toEqual([]);
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [founder.memberId])).length === 0);
    expect(await companyRows(founder.memberId)).toEqual([]);
    expect(names(await list({ filter: { text: 'suspendable' } }))).toEqual([]);
  });

  it('keeps applicants out: they neither list nor add companies', async () => {
    const { token, memberId } = await stack.register({ email: 'pending.founder@example.jp', displayName: '申請 次郎' });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE membership_id = $1', [memberId])).length > 0);
    expect((await stack.graphql(url, LIST, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.graphql(url, ADD, { input: { name: 'Too Early KK' } }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await companyRows(memberId)).toEqual([]);
  });
});
