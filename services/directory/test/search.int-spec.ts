import { createServiceDataSource } from '@kizuna/data';
import { claimsOf, startStack, type GraphQLResult, type Stack } from '@kizuna/testing';
import { CustomFieldEntity } from '../src/fields/custom-field.entity';
import { ProfileEntity } from '../src/profiles/profile.entity';
import { count, InvalidFilterError, memberIds, networkScope } from '../src/search/directory-queries';

const DIRECTORY = `query($filter: DirectoryFilter, $sort: DirectorySort, $first: Int, $after: String) {
  directory(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount fuzzy pageInfo { hasNextPage endCursor }
    edges { cursor node { memberId displayName nameKana entryYear employer jobTitle bio skills } }
  }
}`;
const FACETS = `{ directoryFacets { departments { value count } employers { value count } industries { value count }
  locations { value count } entryYears { value count } skills { value count } } }`;
const UPDATE = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { profile { memberId } errors { code field message } } }';
const SET_VISIBILITY = 'mutation($input: SetProfileFieldVisibilityInput!) { setProfileFieldVisibility(input: $input) { errors { code field } } }';

interface Node {
  memberId: string;
  displayName: string;
  nameKana: string | null;
  entryYear: number | null;
  employer: string | null;
  jobTitle: string | null;
  bio: string | null;
  skills: string[] | null;
}
interface Connection {
  totalCount: number;
  fuzzy: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}

/** The people the tests give full profiles (demo members, signed in to edit their own). */
const PEOPLE = {
  taro: {
    email: 'taro.yamada@demo.kizuna.dev',
    profile: {
      displayName: '山田 太郎',
      nameKana: 'やまだ たろう',
      nameRomaji: 'Taro Yamada',
      entryYear: 2008,
      department: '工学部 情報工学科',
      employer: '絆テスト商事',
      jobTitle: 'エンジニア',
      industry: 'IT・通信',
      location: '大阪府大阪市',
      skills: ['TypeScript', 'SQL'],
    },
  },
  yumi: {
    email: 'yumi.yamamoto@demo.kizuna.dev',
    // A katakana reading: hiragana queries must find it.
    profile: {
      displayName: '山本 由美',
      nameKana: 'ヤマモト ユミ',
      nameRomaji: 'Yumi Yamamoto',
      entryYear: 2012,
      department: '経済学部',
      employer: '絆テスト商事',
      jobTitle: 'マネージャー',
      industry: '商社',
      location: '京都府京都市',
      skills: ['Python'],
    },
  },
  kenta: {
    email: 'kenta.tanaka@demo.kizuna.dev',
    profile: {
      displayName: '田中 健太',
      nameKana: 'たなか けんた',
      nameRomaji: 'Kenta Tanaka',
      entryYear: 2015,
      department: '工学部 情報工学科',
      employer: 'Kizuna Labs',
      jobTitle: 'CTO',
      industry: 'IT・通信',
      location: '東京都港区',
      skills: ['typescript', 'Go'],
    },
  },
  emily: {
    email: 'emily.johnson@demo.kizuna.dev',
    // Full-width Latin letters: folded to ASCII for search.
    profile: { displayName: 'Emily Johnson', entryYear: 2010, employer: 'ＡＣＭＥ Ｃｏｒｐ', location: 'London, UK', skills: ['UX'] },
  },
  daisuke: {
    email: 'daisuke.nakamura@demo.kizuna.dev',
    profile: { displayName: '中村 大輔', nameKana: 'なかむら だいすけ', entryYear: 1999, bio: '秘密のプロジェクトに参加しています', jobTitle: '研究員' },
  },
} as const;
type Person = keyof typeof PEOPLE;

describe('directory: search', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let member: string;
  const ids = {} as Record<Person, string>;

  const directory = (token: string, variables: Record<string, unknown>) => stack.graphql<{ directory: Connection }>(url, DIRECTORY, variables, token);
  const found = async (token: string, filter: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Connection> => {
    const answer = await directory(token, { filter, first: 100, ...extra });
    expect(answer.errors).toBeUndefined();
    return answer.data!.directory;
  };
  const idsOf = (connection: Connection) => connection.edges.map((edge) => edge.node.memberId);
  const mine = (connection: Connection) =>
    idsOf(connection)
      .filter((id) => Object.values(ids).includes(id))
      .sort();
  const people = (...names: Person[]) => names.map((name) => ids[name]).sort();
  const inputError = (answer: GraphQLResult) => ({ code: answer.errors?.[0]?.extensions?.code, field: answer.errors?.[0]?.extensions?.field });

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    for (const [name, person] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
      const token = await stack.signIn(person.email, stack.demo.memberPassword);
      ids[name] = claimsOf(token).mid;
      // The shell profile arrives from identity's events; edit it once it exists.
      await stack.waitFor(async () => {
        const answer = await stack.graphql(url, UPDATE, { input: person.profile }, token);
        const errors = answer.data?.updateMyProfile.errors ?? [];
        if (errors.some((error: { code: string }) => error.code !== 'NOT_READY')) throw new Error(JSON.stringify(errors));
        return errors.length === 0;
      });
    }
  });
  afterAll(() => stack?.stop());

  it('finds a two-character kanji surname, and a name written without its space', async () => {
    expect(mine(await found(member, { text: '山田' }))).toEqual(people('taro'));
    expect(mine(await found(member, { text: '山田太郎' }))).toEqual(people('taro'));
    expect(mine(await found(member, { text: '山' }))).toEqual(people('taro', 'yumi'));
    expect(mine(await found(member, { text: '田中 健太' }))).toEqual(people('kenta'));
  });

  it('treats hiragana, katakana and half-width katakana alike', async () => {
    for (const text of ['やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ']) expect(mine(await found(member, { text }))).toEqual(people('taro'));
    // Stored in katakana, found in hiragana.
    expect(mine(await found(member, { text: 'やまもと' }))).toEqual(people('yumi'));
    expect(mine(await found(member, { text: 'やま' }))).toEqual(people('taro', 'yumi'));
  });

  it('matches romaji by word prefix, folding case and width', async () => {
    expect(mine(await found(member, { text: 'yama' }))).toEqual(people('taro', 'yumi'));
    expect(mine(await found(member, { text: 'YAMAD' }))).toEqual(people('taro'));
    expect(mine(await found(member, { text: 'ｔａｒｏ' }))).toEqual(people('taro'));
    expect(mine(await found(member, { text: 'acme' }))).toEqual(people('emily'));
    expect(mine(await found(member, { text: 'TypeScript' }))).toEqual(people('kenta', 'taro'));
    // Several words must all match.
    expect(mine(await found(member, { text: 'typescript 大阪' }))).toEqual(people('taro'));
  });

  it('puts names starting with the text first (relevance)', async () => {
    // 田中 starts Kenta's name; Taro's name only contains 田.
    const result = await found(member, { text: '田' });
    const order = idsOf(result).filter((id) => id === ids.kenta || id === ids.taro);
    expect(order).toEqual([ids.kenta, ids.taro]);
  });

  it('suggests the closest names when the text has a typo', async () => {
    const result = await found(member, { text: 'taro yamda' });
    expect(result.fuzzy).toBe(true);
    expect(result.edges[0].node.memberId).toBe(ids.taro);
    // Half-typed and misspelt romaji is corrected too.
    expect(mine(await found(member, { text: 'yamamotto' }))).toEqual(people('yumi'));
    const exact = await found(member, { text: 'taro yamada' });
    expect(exact.fuzzy).toBe(false);
    // Nothing like it at all: no suggestions either.
    const nothing = await found(member, { text: 'zzqxv' });
    expect(nothing).toMatchObject({ totalCount: 0, fuzzy: false, edges: [] });
  });

  it('filters on years, choices, locations by prefix and skills, alone and combined', async () => {
    // Choices compare case-insensitively (ａｃｍｅ is stored as ＡＣＭＥ).
    const ours = { employers: ['絆テスト商事', 'kizuna labs', 'ａｃｍｅ ｃｏｒｐ'] };
    expect(mine(await found(member, ours))).toEqual(people('taro', 'yumi', 'kenta', 'emily'));
    expect(mine(await found(member, { ...ours, entryYear: { from: 2010, to: 2012 } }))).toEqual(people('yumi', 'emily'));
    expect(mine(await found(member, { entryYear: { to: 2000 } }))).toEqual(people('daisuke'));
    expect(mine(await found(member, { locations: ['大阪府', '京都府'] }))).toEqual(people('taro', 'yumi'));
    expect(mine(await found(member, { departments: ['工学部 情報工学科'], industries: ['it・通信'] }))).toEqual(people('kenta', 'taro'));
    expect(mine(await found(member, { skills: ['typescript'] }))).toEqual(people('kenta', 'taro'));
    expect(mine(await found(member, { skills: ['TypeScript', 'sql'] }))).toEqual(people('taro'));
    expect(mine(await found(member, { text: 'やま', entryYear: { from: 2010 }, locations: ['京都府'] }))).toEqual(people('yumi'));
    expect(mine(await found(member, { jobTitles: ['cto', 'エンジニア'] }))).toEqual(people('kenta', 'taro'));
    const combined = await found(member, { ...ours, skills: ['Python'] });
    expect(combined.totalCount).toBe(1);
  });

  it('pages through the whole directory in every order without repeating anyone', async () => {
    for (const sort of ['NAME', 'ENTRY_YEAR_DESC', 'ENTRY_YEAR_ASC', 'RECENTLY_JOINED', 'RECENTLY_UPDATED']) {
      const seen: Node[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (let page = 0; page < 50; page += 1) {
        const answer = await directory(member, { sort, first: 3, after });
        expect(answer.errors).toBeUndefined();
        const connection = answer.data!.directory;
        totalCount = connection.totalCount;
        seen.push(...connection.edges.map((edge) => edge.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      const seenIds = seen.map((node) => node.memberId);
      expect(new Set(seenIds).size).toBe(seenIds.length);
      expect(seenIds.length).toBe(totalCount);
      // Every approved member of the network, and nobody else.
      const [{ count }] = await stack.sql(`SELECT count(*)::int AS count FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`, [
        claimsOf(member).nid,
      ]);
      expect(totalCount).toBe(count);
      if (sort === 'ENTRY_YEAR_DESC') {
        const years = seen.map((node) => node.entryYear).filter((year): year is number => year !== null);
        expect(years).toEqual([...years].sort((a, b) => b - a));
        // Members without a year come last.
        expect(seen.findIndex((node) => node.entryYear === null)).toBeGreaterThanOrEqual(years.length);
      }
    }
  });

  it('counts every match, beyond the page', async () => {
    const page = await found(member, { text: 'やま' }, { first: 1 });
    expect(page.edges).toHaveLength(1);
    expect(page.totalCount).toBeGreaterThanOrEqual(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await found(member, { text: 'やま' }, { first: 1, after: page.pageInfo.endCursor });
    expect(next.totalCount).toBe(page.totalCount);
    expect(next.edges[0].node.memberId).not.toBe(page.edges[0].node.memberId);
  });

  it('refuses bad page sizes, cursors and filters with the field at fault', async () => {
    expect(inputError(await directory(member, { first: 0 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(inputError(await directory(member, { first: 101 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(inputError(await directory(member, { after: 'not-a-cursor' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    // A cursor of another order does not belong here.
    const byName = await found(member, {}, { first: 1, sort: 'NAME' });
    expect(inputError(await directory(member, { first: 1, sort: 'RECENTLY_JOINED', after: byName.pageInfo.endCursor }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(inputError(await directory(member, { filter: { entryYear: { from: 2020, to: 2010 } } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.entryYear',
    });
    expect(inputError(await directory(member, { filter: { text: 'x'.repeat(201) } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.text' });
  });

  it('refuses admin-only filters and sorts to members, and lets admins use them', async () => {
    const tagged = await directory(member, { filter: { tagIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(inputError(tagged)).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.tagIds' });
    expect(tagged.data).toBeNull();
    expect(inputError(await directory(member, { filter: { statuses: ['PENDING'] } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.statuses' });
    expect(inputError(await directory(member, { sort: 'LAST_SIGN_IN' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'sort' });

    // Admins see applicants when they ask for them; members never do.
    const pending = await found(admin, { statuses: ['PENDING'] });
    expect(pending.edges.map((edge) => edge.node.displayName)).toEqual(expect.arrayContaining(['前田 悠真', '藤田 美穂', 'Hannah Lee']));
    expect(mine(await found(admin, { text: 'やまだ', statuses: ['APPROVED', 'PENDING'] }))).toEqual(people('taro'));
    expect((await found(member, { text: '前田' })).totalCount).toBe(0);
    expect((await directory(admin, { sort: 'LAST_SIGN_IN', first: 5 })).errors).toBeUndefined();
  });

  it('keeps pending applicants out', async () => {
    const pending = await stack.signIn('yuma.maeda@demo.kizuna.dev', stack.demo.memberPassword);
    const answer = await directory(pending, { filter: { text: '山田' } });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.data).toBeNull();
    expect((await stack.graphql(url, FACETS, {}, pending)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never shows another network', async () => {
    const corpAdmin = await stack.signInAdmin('otherNetwork');
    expect(mine(await found(corpAdmin, { text: '山田' }))).toEqual([]);
    const corp = await found(corpAdmin, {});
    expect(corp.totalCount).toBeGreaterThan(0);
    expect(mine(corp)).toEqual([]);
    // The other network's 岡田 健一 and Thomas Anderson are not found from the demo network, not even as suggestions.
    for (const text of ['岡田', 'Anderson', 'thomas andersen']) {
      const result = await found(member, { text });
      expect(result.edges.map((edge) => edge.node.displayName)).not.toEqual(expect.arrayContaining(['岡田 健一']));
      expect(result.edges.map((edge) => edge.node.displayName)).not.toContain('Thomas Anderson');
    }
    const facets = (await stack.graphql(url, FACETS, {}, corpAdmin)).data!.directoryFacets;
    expect(facets.employers.map((value: { value: string }) => value.value)).not.toContain('絆テスト商事');
  });

  it('offers facet values with counts', async () => {
    const facets = (await stack.graphql(url, FACETS, {}, member)).data!.directoryFacets;
    expect(facets.employers).toEqual(
      expect.arrayContaining([
        { value: '絆テスト商事', count: 2 },
        { value: 'Kizuna Labs', count: 1 },
      ]),
    );
    expect(facets.locations).toEqual(
      expect.arrayContaining([
        { value: '大阪府', count: 1 },
        { value: '京都府', count: 1 },
        { value: 'London', count: 1 },
      ]),
    );
    expect(facets.entryYears).toEqual(expect.arrayContaining([{ value: '2008', count: 1 }]));
    expect(facets.skills).toEqual(expect.arrayContaining([{ value: 'Python', count: 1 }]));
  });

  it('counts and lists the ids a filter finds, for segments, tag rules and exports', async () => {
    const dataSource = createServiceDataSource({
      schema: 'directory',
      databaseUrl: stack.databaseUrl,
      entities: [ProfileEntity, CustomFieldEntity],
      migrations: [],
      poolSize: 1,
    });
    await dataSource.initialize();
    try {
      const networkId = claimsOf(member).nid;
      const scope = await networkScope(dataSource.manager, networkId, 'ADMIN');
      const ours = { employers: ['絆テスト商事', 'Kizuna Labs'] };
      expect(await count(scope, ours)).toEqual({ ok: true, value: 3 });
      const batches: string[][] = [];
      for await (const batch of memberIds(scope, ours, 2)) batches.push(batch);
      expect(batches.map((batch) => batch.length)).toEqual([2, 1]);
      expect(batches.flat().sort()).toEqual(people('taro', 'yumi', 'kenta'));
      // Another network's scope finds none of them.
      const corp = await networkScope(dataSource.manager, claimsOf(await stack.signInAdmin('otherNetwork')).nid, 'ADMIN');
      expect(await count(corp, ours)).toEqual({ ok: true, value: 0 });
      // A member's scope refuses admin-only filters, before reading anything.
      const members = await networkScope(dataSource.manager, networkId, 'MEMBER');
      await expect(memberIds(members, { lineLinked: true }).next()).rejects.toBeInstanceOf(InvalidFilterError);
      expect(await count(members, { lineLinked: true })).toMatchObject({ ok: false, errors: [{ code: 'VALIDATION', field: 'filter.lineLinked' }] });
    } finally {
      await dataSource.destroy();
    }
  });

  it('searches and filters on admin-only fields for admins only', async () => {
    // Hide bio and job title from members: the network's admins choose.
    for (const field of ['bio', 'jobTitle', 'industry']) {
      const set = await stack.graphql(url, SET_VISIBILITY, { input: { field, visibility: 'ADMINS' } }, admin);
      expect(set.data?.setProfileFieldVisibility.errors).toEqual([]);
    }
    expect(mine(await found(member, { text: '秘密' }))).toEqual([]);
    expect(mine(await found(member, { text: '研究員' }))).toEqual([]);
    expect(mine(await found(admin, { text: '秘密' }))).toEqual(people('daisuke'));
    expect(mine(await found(admin, { text: '研究員' }))).toEqual(people('daisuke'));

    expect(inputError(await directory(member, { filter: { jobTitles: ['研究員'] } }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.jobTitles' });
    expect(mine(await found(admin, { jobTitles: ['研究員'] }))).toEqual(people('daisuke'));

    // Results and facets never carry what members may not see.
    const daisuke = (await found(member, { text: '中村 大輔' })).edges.find((edge) => edge.node.memberId === ids.daisuke)!.node;
    expect(daisuke).toMatchObject({ bio: null, jobTitle: null });
    const forAdmin = (await found(admin, { text: '中村 大輔' })).edges.find((edge) => edge.node.memberId === ids.daisuke)!.node;
    expect(forAdmin).toMatchObject({ bio: '秘密のプロジェクトに参加しています', jobTitle: '研究員' });
    expect((await stack.graphql(url, FACETS, {}, member)).data!.directoryFacets.industries).toEqual([]);
    expect((await stack.graphql(url, FACETS, {}, admin)).data!.directoryFacets.industries).toEqual(expect.arrayContaining([{ value: 'IT・通信', count: 2 }]));
  });
});
