import iconv from 'iconv-lite';
import pg from 'pg';
import { claimsOf, startStack, type Stack } from '@kizuna/testing';

const IMPORT_FIELDS = `id fileName status matchBy totalRows processedRows createdRows updatedRows unchangedRows failedRows failure
  columns sample mapping { column target } suggestedMapping { column target } suggestedMatchBy rowErrorCount rowErrors { row column field message }`;
const PREVIEW = `mutation($input: PreviewRosterImportInput!) { previewRosterImport(input: $input) {
  preview { toCreate toUpdate unchanged failed rowErrorCount rowErrors { row column field message } newTags } errors { code field message } } }`;
const RUN = 'mutation($input: RunRosterImportInput!) { runRosterImport(input: $input) { rosterImport { id status } errors { code field message } } }';
const GET = `query($id: ID!) { rosterImport(id: $id) { ${IMPORT_FIELDS} } }`;

type Mapping = { column: number; target: string }[];

describe('directory: roster import', () => {
  let stack: Stack;
  let url: string;
  let origin: string;
  let admin: string;
  let member: string;
  let corpAdmin: string;
  let networkId: string;

  const upload = async (token: string | undefined, fileName: string, body: Buffer) => {
    const response = await fetch(`${origin}/imports/roster?fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return {
      status: response.status,
      body: (await response.json()) as { rosterImport: { id: string } | null; encoding?: string; errors: { code: string; field?: string; message: string }[] },
    };
  };
  const uploaded = async (fileName: string, body: Buffer, token = admin) => {
    const { status, body: answer } = await upload(token, fileName, body);
    expect([status, answer.errors]).toEqual([200, []]);
    return { id: answer.rosterImport!.id, encoding: answer.encoding };
  };
  const get = async (id: string, token = admin) => {
    const answer = await stack.graphql(url, GET, { id }, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data?.rosterImport;
  };
  const preview = (importId: string, mapping: Mapping, matchBy = 'EMAIL', token = admin) =>
    stack.graphql(url, PREVIEW, { input: { importId, mapping, matchBy } }, token);
  const run = (importId: string, token = admin) => stack.graphql(url, RUN, { input: { importId } }, token);
  const finished = (id: string) =>
    stack.waitFor(async () => {
      const current = await get(id);
      return current && (current.status === 'DONE' || current.status === 'FAILED') ? current : undefined;
    }, 60_000);
  const profileByEmail = async (email: string) =>
    (
      await stack.sql(
        `SELECT membership_id, status, display_name, name_kana, entry_year, department, employer, external_id, custom, account_id
           FROM directory.profiles WHERE network_id = $1 AND lower(email) = $2`,
        [networkId, email],
      )
    )[0];
  const tagsOf = async (membershipId: string) =>
    (
      await stack.sql(
        `SELECT t.name, mt.added_by FROM directory.member_tags mt JOIN directory.tags t ON t.id = mt.tag_id WHERE mt.membership_id = $1 ORDER BY t.name`,
        [membershipId],
      )
    ).map((row) => `${row.name}:${row.added_by}`);
  const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

  let clubFieldId: string;
  const ROSTER = [
    '会員番号,氏名,ふりがな,メールアドレス,卒業年,学部,勤務先,サークル,タグ,備考',
    'A-001,山田 太郎,やまだ たろう,taro.yamada@demo.kizuna.dev,2008,工学部,絆テック株式会社,テニス部,2008年卒,',
    'A-101,伊藤 美咲,いとう みさき,misaki.ito@example.jp,2012,経済学部,大阪商事,合唱団,"2012年卒、関西",メモ',
    'A-102,Kenji Watanabe,わたなべ けんじ,kenji.watanabe@example.jp,2015,法学部,,,2015年卒,',
    'A-103,小林 誠,こばやし まこと,not-an-email,2016,,,,,',
    'A-104,加藤 愛,かとう あい,ai.kato@example.jp,2017年3月,文学部,,野球部,,',
    'A-105,吉田 翔,よしだ しょう,sho.yoshida@example.jp,二千十年,,,,,',
    'A-106,伊藤 美咲 (再掲),いとう みさき,misaki.ito@example.jp,2012,,,,,',
  ];

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    origin = new URL(url).origin;
    admin = await stack.signInAdmin();
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    networkId = claimsOf(admin).nid;
    const created = await stack.graphql(
      url,
      `mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { id } errors { code field message } } }`,
      { input: { label: 'サークル', key: 'club', type: 'SINGLE_CHOICE', visibility: 'MEMBERS', options: [{ label: 'テニス部' }, { label: '合唱団' }] } },
      admin,
    );
    expect(created.data?.createCustomField.errors).toEqual([]);
    clubFieldId = created.data!.createCustomField.field.id;
    // The demo member's profile (with their e-mail) is there before the import matches it.
    await stack.waitFor(() => profileByEmail('taro.yamada@demo.kizuna.dev'));
  });
  afterAll(() => stack?.stop());

  it('uploads a roster, suggests a mapping from Japanese headers, and previews per-row errors without storing anything', async () => {
    const { id, encoding } = await uploaded('名簿2026.csv', csv(ROSTER));
    expect(encoding).toBe('UTF-8');
    const rosterImport = await get(id);
    expect(rosterImport).toMatchObject({
      fileName: '名簿2026.csv',
      status: 'UPLOADED',
      totalRows: 7,
      processedRows: 0,
      mapping: [],
      suggestedMatchBy: 'EMAIL',
    });
    expect(rosterImport.columns).toEqual(['会員番号', '氏名', 'ふりがな', 'メールアドレス', '卒業年', '学部', '勤務先', 'サークル', 'タグ', '備考']);
    expect(rosterImport.sample[0]).toEqual(ROSTER[1].split(','));
    const mapping: Mapping = rosterImport.suggestedMapping;
    expect(mapping.map((entry) => entry.target)).toEqual([
      'externalId',
      'displayName',
      'nameKana',
      'email',
      'entryYear',
      'department',
      'employer',
      'custom.club',
      'tags',
    ]);

    const answer = await preview(id, mapping);
    expect(answer.data?.previewRosterImport.errors).toEqual([]);
    const result = answer.data?.previewRosterImport.preview;
    expect(result).toMatchObject({ toCreate: 2, toUpdate: 1, unchanged: 0, failed: 4, rowErrorCount: 4 });
    expect(result.rowErrors.map((error: { row: number; column: string | null; field: string }) => [error.row, error.column, error.field])).toEqual([
      [5, 'メールアドレス', 'email'],
      [6, 'サークル', 'custom.club'],
      [7, '卒業年', 'entryYear'],
      [8, null, 'email'],
    ]);
    expect(result.rowErrors[3].message).toContain('Row 3');
    expect(result.newTags).toEqual(['2008年卒', '2012年卒', '2015年卒', '関西']);

    // The preview stored nothing but the mapping.
    expect(await stack.sql(`SELECT count(*)::int AS n FROM directory.profiles WHERE status = 'unregistered'`)).toEqual([{ n: 0 }]);
    expect(await profileByEmail('misaki.ito@example.jp')).toBeUndefined();
    expect((await profileByEmail('taro.yamada@demo.kizuna.dev')).employer).not.toBe('絆テック株式会社');
    expect(await stack.sql('SELECT name FROM directory.tags WHERE network_id = $1', [networkId])).toEqual([]);
    expect(await get(id)).toMatchObject({ status: 'UPLOADED', mapping, matchBy: 'EMAIL' });
  });

  it('refuses bad mappings and files field by field', async () => {
    const { id } = await uploaded('roster.csv', csv(ROSTER));
    const bad = await preview(id, [
      { column: 1, target: 'displayName' },
      { column: 2, target: 'displayName' },
      { column: 12, target: 'employer' },
      { column: 9, target: 'custom.nothing' },
    ]);
    expect(bad.data?.previewRosterImport.errors.map((error: { field: string }) => error.field)).toEqual([
      'mapping.1.target',
      'mapping.2.column',
      'mapping.3.target',
      'matchBy',
    ]);
    const notPreviewed = await run(id);
    expect(notPreviewed.data?.runRosterImport.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'mapping' });

    const empty = await upload(admin, 'empty.csv', Buffer.from('氏名,メール\r\n'));
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'file' });
    const nameless = await upload(admin, '', csv(ROSTER));
    expect(nameless.body.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'fileName' });
  });

  it('refuses a file that is not text, naming what it is, and stores nothing', async () => {
    const before = await stack.sql('SELECT count(*)::int AS n FROM directory.imports');
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), Buffer.alloc(64)]);
    // An .xlsx is a ZIP archive.
    const zip = Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.from('[Content_Types].xml'), Buffer.alloc(64, 1)]);
    const withNul = Buffer.from('氏名,メール\r\n山田 太郎,taro@example.jp\u0000\r\n');
    const notUtf8NorShiftJis = Buffer.concat([Buffer.from('氏名,メール\r\n'), Buffer.from([0xa0, 0xfd, 0xfe, 0x0d, 0x0a])]);
    const answers = await Promise.all([png, zip, withNul, notUtf8NorShiftJis].map((body) => upload(admin, 'roster.csv', body)));
    expect(answers.map(({ status, body }) => [status, body.errors[0]?.code, body.errors[0]?.field])).toEqual(Array(4).fill([400, 'VALIDATION', 'file']));
    expect(answers[0].body.errors[0].message).toMatch(/\.png file, image\/png/);
    expect(answers[1].body.errors[0].message).toMatch(/\.zip file, application\/zip/);
    expect(answers[2].body.errors[0].message).toMatch(/not a CSV file/);
    expect(await stack.sql('SELECT count(*)::int AS n FROM directory.imports')).toEqual(before);

    // UTF-8 with a byte-order mark (Excel's "CSV UTF-8") and Shift_JIS (Excel's "CSV") are text.
    const bom = await uploaded('bom.csv', csv(ROSTER));
    expect(bom.encoding).toBe('UTF-8');
    const sjis = await uploaded('sjis.csv', iconv.encode(ROSTER.join('\r\n'), 'cp932'));
    expect(sjis.encoding).toBe('Shift_JIS');
  });

  it('keeps only the last part of a file name, without markup or control characters, and at most 255 characters', async () => {
    const names = {
      traversal: '../../../../etc/passwd<script>',
      windows: 'C:\\Users\\事務局\\名簿 2026.csv',
      control: 'ro\u0007ster\u202E.csv',
      long: `${'名'.repeat(300)}.csv`,
    };
    const stored: Record<string, string> = {};
    for (const [kind, name] of Object.entries(names)) stored[kind] = (await get((await uploaded(name, csv(ROSTER))).id)).fileName;
    expect(stored).toEqual({ traversal: 'passwdscript', windows: '名簿 2026.csv', control: 'roster.csv', long: '名'.repeat(255) });
    expect((await upload(admin, '../<>/', csv(ROSTER))).body.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'fileName' });
  });

  it('lets only admins of the network import', async () => {
    const { id } = await uploaded('roster.csv', csv(ROSTER));
    expect((await upload(member, 'roster.csv', csv(ROSTER))).status).toBe(403);
    expect((await upload(undefined, 'roster.csv', csv(ROSTER))).status).toBe(401);
    expect((await upload('not-a-token', 'roster.csv', csv(ROSTER))).status).toBe(401);
    const asMember = await stack.graphql(url, GET, { id }, member);
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await preview(id, [{ column: 3, target: 'email' }], 'EMAIL', member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another network's admin: the import does not exist for them.
    expect(await get(id, corpAdmin)).toBeNull();
    expect((await preview(id, [{ column: 3, target: 'email' }], 'EMAIL', corpAdmin)).data?.previewRosterImport.errors[0].code).toBe('NOT_FOUND');
    expect((await run(id, corpAdmin)).data?.runRosterImport.errors[0].code).toBe('NOT_FOUND');
  });

  it('runs in the background with progress and a report, and running the same file again changes nothing', async () => {
    const events = await stack.collectEvents('kizuna.directory.profile');
    const taro = await profileByEmail('taro.yamada@demo.kizuna.dev');
    const { id } = await uploaded('名簿2026.csv', csv(ROSTER));
    const mapping: Mapping = (await get(id)).suggestedMapping;
    expect((await preview(id, mapping)).data?.previewRosterImport.errors).toEqual([]);
    const started = await run(id);
    expect(started.data?.runRosterImport).toEqual({ rosterImport: { id, status: 'RUNNING' }, errors: [] });

    const report = await finished(id);
    expect(report).toMatchObject({
      status: 'DONE',
      totalRows: 7,
      processedRows: 7,
      createdRows: 2,
      updatedRows: 1,
      unchangedRows: 0,
      failedRows: 4,
      failure: null,
      rowErrorCount: 4,
    });
    expect(report.rowErrors.map((error: { row: number }) => error.row)).toEqual([5, 6, 7, 8]);

    // People not in the directory yet are there as unregistered, with their fields, choice and tags.
    const misaki = await profileByEmail('misaki.ito@example.jp');
    expect(misaki).toMatchObject({
      status: 'unregistered',
      account_id: null,
      display_name: '伊藤 美咲',
      name_kana: 'いとう みさき',
      entry_year: 2012,
      department: '経済学部',
      employer: '大阪商事',
      external_id: 'A-101',
    });
    expect(Object.values(misaki.custom)).toHaveLength(1);
    expect(misaki.custom[clubFieldId]).toBeDefined();
    expect(await tagsOf(misaki.membership_id)).toEqual(['2012年卒:IMPORT', '関西:IMPORT']);
    // The member was updated, keeping who they are.
    const updated = await profileByEmail('taro.yamada@demo.kizuna.dev');
    expect(updated).toMatchObject({
      membership_id: taro.membership_id,
      status: taro.status,
      employer: '絆テック株式会社',
      entry_year: 2008,
      external_id: 'A-001',
    });

    // Admins find imported people by their reading; members never see unregistered rows.
    const SEARCH = 'query($filter: DirectoryFilter) { directory(filter: $filter) { totalCount edges { node { memberId displayName } } } }';
    const found = await stack.graphql(url, SEARCH, { filter: { text: 'いとう', statuses: ['UNREGISTERED'] } }, admin);
    expect(found.data?.directory.edges.map((edge: { node: { displayName: string } }) => edge.node.displayName)).toEqual(['伊藤 美咲']);
    const asMember = await stack.graphql(url, SEARCH, { filter: { text: 'いとう' } }, member);
    expect(asMember.data?.directory.totalCount).toBe(0);

    // Only the real member's change is announced, naming the fields (not tags or the member number).
    const announced = await stack.waitFor(async () =>
      events.events.find((event) => event.subject === taro.membership_id && (event.data as { changedFields: string[] }).changedFields.includes('employer')),
    );
    expect(announced.data).toMatchObject({ membershipId: taro.membership_id, networkId });
    const changedFields = (announced.data as { changedFields: string[] }).changedFields;
    expect(changedFields).toEqual(expect.arrayContaining(['employer', 'custom.club']));
    expect(changedFields).not.toEqual(expect.arrayContaining(['tags']));
    expect(changedFields).not.toEqual(expect.arrayContaining(['externalId']));
    expect(events.events.filter((event) => event.subject === misaki.membership_id)).toEqual([]);

    // The same file again: the same errors, and every good row unchanged.
    const again = await uploaded('名簿2026.csv', csv(ROSTER));
    const second = await preview(again.id, mapping);
    expect(second.data?.previewRosterImport.preview).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 3, failed: 4, newTags: [] });
    expect((await run(again.id)).data?.runRosterImport.errors).toEqual([]);
    expect(await finished(again.id)).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 0, unchangedRows: 3, failedRows: 4 });
    expect(
      await stack.sql(`SELECT count(*)::int AS n FROM directory.profiles WHERE network_id = $1 AND lower(email) = 'misaki.ito@example.jp'`, [networkId]),
    ).toEqual([{ n: 1 }]);
    // A finished import can run again too, with the same outcome.
    expect((await run(id)).data?.runRosterImport.errors).toEqual([]);
    expect(await finished(id)).toMatchObject({ status: 'DONE', createdRows: 0, updatedRows: 0, unchangedRows: 3 });
    await events.stop();
  });

  it('updates by member number from a Shift_JIS file as Excel saves it', async () => {
    const { id: first } = await uploaded(
      'seed.csv',
      csv(['会員番号,氏名,メール', 'B-001,松本 潤一,junichi.matsumoto@example.jp', 'B-002,井上 由美,yumi.inoue@example.jp']),
    );
    await preview(first, [
      { column: 0, target: 'externalId' },
      { column: 1, target: 'displayName' },
      { column: 2, target: 'email' },
    ]);
    await run(first);
    expect(await finished(first)).toMatchObject({ status: 'DONE', createdRows: 2 });

    const text = '会員番号,氏名,勤務先,役職\r\nB-001,松本 潤一,㈱髙島屋,部長\r\nB-002,,ソニーグループ,\r\nB-003,,どこか,\r\n';
    const { id, encoding } = await uploaded('社員名簿.csv', iconv.encode(text, 'cp932'));
    expect(encoding).toBe('Shift_JIS');
    const current = await get(id);
    expect(current.columns).toEqual(['会員番号', '氏名', '勤務先', '役職']);
    expect(current.suggestedMatchBy).toBe('EXTERNAL_ID');
    const answer = await preview(id, current.suggestedMapping, 'EXTERNAL_ID');
    expect(answer.data?.previewRosterImport.preview).toMatchObject({ toCreate: 0, toUpdate: 2, failed: 1 });
    // A new person needs a name.
    expect(answer.data?.previewRosterImport.preview.rowErrors).toEqual([{ row: 4, column: null, field: 'displayName', message: expect.any(String) }]);
    await run(id);
    expect(await finished(id)).toMatchObject({ status: 'DONE', updatedRows: 2, failedRows: 1 });
    expect(await profileByEmail('junichi.matsumoto@example.jp')).toMatchObject({ employer: '㈱髙島屋', external_id: 'B-001', display_name: '松本 潤一' });
    // An empty cell leaves the stored value as it is.
    expect(await profileByEmail('yumi.inoue@example.jp')).toMatchObject({ employer: 'ソニーグループ', display_name: '井上 由美' });
  });

  it("keeps an imported person's fields when they register, on the same profile", async () => {
    const { id } = await uploaded('roster.csv', csv(['氏名,メール,勤務先,卒業年', '森 美咲,misaki.mori@example.jp,森ホールディングス,2011']));
    await preview(id, (await get(id)).suggestedMapping);
    await run(id);
    expect(await finished(id)).toMatchObject({ createdRows: 1 });
    const roster = await profileByEmail('misaki.mori@example.jp');
    expect(roster.status).toBe('unregistered');

    const { memberId } = await stack.register({ email: 'misaki.mori@example.jp', displayName: '森 美咲' });
    const adopted = await stack.waitFor(async () => {
      const row = await profileByEmail('misaki.mori@example.jp');
      return row?.membership_id === memberId ? row : undefined;
    });
    expect(adopted).toMatchObject({ status: 'pending', employer: '森ホールディングス', entry_year: 2011 });
    expect(await stack.sql('SELECT count(*)::int AS n FROM directory.profiles WHERE lower(email) = $1', ['misaki.mori@example.jp'])).toEqual([{ n: 1 }]);

    // Once approved, members find the adopted profile by what the roster said.
    const approved = await stack.graphql(
      stack.serviceUrl('identity'),
      'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }',
      { input: { memberId } },
      admin,
    );
    expect(approved.data?.approveMembership.errors).toEqual([]);
    const SEARCH = 'query($filter: DirectoryFilter) { directory(filter: $filter) { edges { node { memberId } } } }';
    const found = await stack.waitFor(async () => {
      const answer = await stack.graphql(url, SEARCH, { filter: { text: '森ホールディングス' } }, member);
      return answer.data?.directory.edges.length ? answer.data.directory.edges : undefined;
    });
    expect(found.map((edge: { node: { memberId: string } }) => edge.node.memberId)).toEqual([memberId]);

    // Importing the row again now updates the member's profile instead of making another.
    const again = await uploaded('roster.csv', csv(['氏名,メール,勤務先,卒業年', '森 美咲,misaki.mori@example.jp,森ホールディングス,2011']));
    await preview(again.id, (await get(again.id)).suggestedMapping);
    await run(again.id);
    expect(await finished(again.id)).toMatchObject({ createdRows: 0, unchangedRows: 1 });
  });

  it('runs one import per network at a time, and a failure mid-run says why and keeps the batches done', async () => {
    const lines = ['氏名,メール'];
    for (let index = 1; index <= 2500; index += 1) lines.push(`${index === 1500 ? 'CRASH' : `名簿 ${index}`},bulk${index}@example.jp`);
    // The first person is already there under an older name: the import updates them.
    const { id: firstRow } = await uploaded('first.csv', csv([lines[0], '名簿 1 (旧姓),bulk1@example.jp']));
    await preview(firstRow, (await get(firstRow)).suggestedMapping);
    await run(firstRow);
    expect(await finished(firstRow)).toMatchObject({ createdRows: 1 });
    // Postgres refuses one row of the second batch, as a full disk or a lost connection would.
    await stack.sql(`CREATE FUNCTION directory.refuse_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.display_name = 'CRASH' THEN RAISE EXCEPTION 'could not extend file: No space left on device'; END IF; RETURN NEW; END $$`);
    await stack.sql(`CREATE TRIGGER refuse_crash BEFORE INSERT ON directory.profiles FOR EACH ROW EXECUTE FUNCTION directory.refuse_crash()`);
    try {
      const { id } = await uploaded('bulk.csv', csv(lines));
      await preview(id, (await get(id)).suggestedMapping);
      const { id: other } = await uploaded('other.csv', csv(ROSTER));
      await preview(other, (await get(other)).suggestedMapping);

      // Someone is editing the first person: the run waits for them before updating them, and meanwhile no other import may start.
      const editor = new pg.Client({ connectionString: stack.databaseUrl });
      await editor.connect();
      try {
        await editor.query('BEGIN');
        await editor.query(`SELECT 1 FROM directory.profiles WHERE email = 'bulk1@example.jp' FOR UPDATE`);
        expect((await run(id)).data?.runRosterImport.rosterImport.status).toBe('RUNNING');
        expect((await run(other)).data?.runRosterImport.errors[0]).toMatchObject({ code: 'IMPORT_RUNNING' });
        expect((await run(id)).data?.runRosterImport.errors[0]).toMatchObject({ code: 'IMPORT_RUNNING' });
        expect((await get(id)).status).toBe('RUNNING');
        await editor.query('COMMIT');
      } finally {
        await editor.end();
      }

      const failed = await finished(id);
      expect(failed).toMatchObject({ status: 'FAILED', processedRows: 1000, createdRows: 999, updatedRows: 1 });
      expect(failed.failure).toContain('No space left on device');
      expect(await stack.sql(`SELECT count(*)::int AS n FROM directory.profiles WHERE email LIKE 'bulk%@example.jp'`)).toEqual([{ n: 1000 }]);

      await stack.sql('DROP TRIGGER refuse_crash ON directory.profiles');
      expect((await run(id)).data?.runRosterImport.errors).toEqual([]);
      expect(await finished(id)).toMatchObject({ status: 'DONE', processedRows: 2500, createdRows: 1500, unchangedRows: 1000, failure: null });
      // The other import can run now.
      expect((await run(other)).data?.runRosterImport.errors).toEqual([]);
      expect(await finished(other)).toMatchObject({ status: 'DONE' });
    } finally {
      await stack.sql('DROP TRIGGER IF EXISTS refuse_crash ON directory.profiles');
      await stack.sql('DROP FUNCTION IF EXISTS directory.refuse_crash()');
    }
  });
});
