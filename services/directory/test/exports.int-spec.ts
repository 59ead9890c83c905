import { parse } from 'csv-parse/sync';
import { startStack, type Stack } from '@kizuna/testing';

const PREVIEW = `mutation($input: PreviewRosterImportInput!) { previewRosterImport(input: $input) {
  preview { toCreate toUpdate unchanged failed rowErrors { row field message } } errors { code field message } } }`;
const RUN = 'mutation($input: RunRosterImportInput!) { runRosterImport(input: $input) { rosterImport { id } errors { code message } } }';
const GET = 'query($id: ID!) { rosterImport(id: $id) { status createdRows updatedRows failedRows suggestedMapping { column target } suggestedMatchBy } }';

describe('directory: member export', () => {
  let stack: Stack;
  let url: string;
  let origin: string;
  let admin: string;
  let corpAdmin: string;
  let taro: string;
  let hanako: string;

  const download = async (token: string | undefined, query: Record<string, string> = {}) => {
    const response = await fetch(`${origin}/exports/members.csv?${new URLSearchParams(query)}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      bytes,
      text: bytes.toString('utf8'),
    };
  };
  const table = (text: string) => {
    const [header, ...rows] = parse(text, { bom: true, relax_column_count: false });
    return { header, rows: rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]]))) };
  };
  const importRoster = async (lines: string[]) => {
    const response = await fetch(`${origin}/imports/roster?fileName=fill.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: Buffer.from(lines.join('\n')),
    });
    const id = ((await response.json()) as { rosterImport: { id: string } }).rosterImport.id;
    const { suggestedMapping, suggestedMatchBy } = (await stack.graphql(url, GET, { id }, admin)).data!.rosterImport;
    const preview = await stack.graphql(url, PREVIEW, { input: { importId: id, mapping: suggestedMapping, matchBy: suggestedMatchBy } }, admin);
    expect(preview.data?.previewRosterImport.errors).toEqual([]);
    return { id, preview: preview.data!.previewRosterImport.preview };
  };
  const runImport = async (id: string) => {
    expect((await stack.graphql(url, RUN, { input: { importId: id } }, admin)).data?.runRosterImport.errors).toEqual([]);
    return stack.waitFor(async () => {
      const current = (await stack.graphql(url, GET, { id }, admin)).data?.rosterImport;
      return current?.status === 'DONE' ? current : undefined;
    });
  };
  const customField = async (input: Record<string, unknown>) => {
    const created = await stack.graphql(
      url,
      'mutation($input: CreateCustomFieldInput!) { createCustomField(input: $input) { field { id } errors { message } } }',
      { input },
      admin,
    );
    expect(created.data?.createCustomField.errors).toEqual([]);
  };

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'directory'], seed: 'demo' });
    url = stack.serviceUrl('directory');
    origin = new URL(url).origin;
    admin = await stack.signInAdmin();
    corpAdmin = await stack.signInAdmin('otherNetwork');
    taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);

    await customField({ label: 'サークル', key: 'club', type: 'SINGLE_CHOICE', visibility: 'MEMBERS', options: [{ label: 'テニス部' }, { label: '合唱団' }] });
    await customField({ label: '担当者メモ', key: 'memo', type: 'TEXT', visibility: 'ADMINS' });
    await customField({ label: '内部評価', key: 'rating', type: 'TEXT', visibility: 'HIDDEN' });
    const hidden = await stack.graphql(
      url,
      'mutation($input: SetProfileFieldVisibilityInput!) { setProfileFieldVisibility(input: $input) { errors { message } } }',
      { input: { field: 'industry', visibility: 'HIDDEN' } },
      admin,
    );
    expect(hidden.data?.setProfileFieldVisibility.errors).toEqual([]);

    for (const email of ['taro.yamada@demo.kizuna.dev', 'hanako.sato@demo.kizuna.dev', 'ichiro.suzuki@demo.kizuna.dev']) {
      await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM directory.profiles WHERE lower(email) = $1', [email])).length > 0);
    }
    const { id } = await importRoster([
      'email,displayName,entryYear,employer,industry,skills,サークル,担当者メモ,内部評価,tags',
      'taro.yamada@demo.kizuna.dev,山田 太郎,2008,絆テック,IT,"TypeScript, Go",テニス部,"=寄付の相談あり",極秘A,2008年卒',
      'hanako.sato@demo.kizuna.dev,佐藤 花子,2012,大阪商事,商社,,合唱団,,極秘B,',
      'ichiro.suzuki@demo.kizuna.dev,鈴木 一郎,2003,京都製作所,製造,,,,,',
      'roster.only@example.jp,名簿 のみ,1999,名簿商会,,,,,,',
    ]);
    await runImport(id);
    // The members' own contact details: Hanako hides her phone from everyone; Taro leaves it to admins.
    const update = 'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { field message } } }';
    expect(
      (await stack.graphql(url, update, { input: { phone: '090-1111-2222', contactVisibility: { phone: 'HIDDEN' } } }, hanako)).data?.updateMyProfile.errors,
    ).toEqual([]);
    expect((await stack.graphql(url, update, { input: { phone: '03-1234-5678' } }, taro)).data?.updateMyProfile.errors).toEqual([]);
  });
  afterAll(() => stack?.stop());

  it("streams the network's members as CSV for Excel, with every field admins see and nothing hidden", async () => {
    const file = await download(admin);
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toMatch(/^attachment; filename="members-\d{8}\.csv"$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const { header, rows } = table(file.text);
    expect(header).toEqual(
      expect.arrayContaining([
        'status',
        'externalId',
        'email',
        'displayName',
        'nameKana',
        'entryYear',
        'employer',
        'skills',
        'phone',
        'サークル',
        '担当者メモ',
        'tags',
      ]),
    );
    // A field the network hides, and a hidden custom field, are not columns at all; their values appear nowhere.
    expect(header).not.toContain('industry');
    expect(header).not.toContain('内部評価');
    expect(file.text).not.toContain('極秘');
    expect(file.text).not.toContain('商社');

    const byEmail = new Map(rows.map((row) => [row.email, row]));
    expect(byEmail.get('taro.yamada@demo.kizuna.dev')).toMatchObject({
      status: 'approved',
      displayName: '山田 太郎',
      entryYear: '2008',
      employer: '絆テック',
      skills: 'TypeScript, Go',
      phone: '03-1234-5678',
      サークル: 'テニス部',
      // Written so that a spreadsheet shows it rather than runs it.
      担当者メモ: "'=寄付の相談あり",
      tags: '2008年卒',
    });
    // Hanako hid her phone: the admins' export leaves it empty.
    expect(byEmail.get('hanako.sato@demo.kizuna.dev')).toMatchObject({ employer: '大阪商事', phone: '', サークル: '合唱団' });
    // Admins' default is approved members: the roster-only row is not in it.
    expect(byEmail.has('roster.only@example.jp')).toBe(false);
    expect(rows.every((row) => row.status === 'approved')).toBe(true);
  });

  it('exports what the filter finds, in the order asked, with Japanese headers on request', async () => {
    const employers = table((await download(admin, { filter: JSON.stringify({ employers: ['絆テック', '京都製作所'] }), sort: 'ENTRY_YEAR_ASC' })).text);
    expect(employers.rows.map((row) => row.displayName)).toEqual(['鈴木 一郎', '山田 太郎']);

    const roster = table((await download(admin, { filter: JSON.stringify({ statuses: ['unregistered'] }) })).text);
    expect(roster.rows.map((row) => [row.email, row.status, row.employer])).toEqual([['roster.only@example.jp', 'unregistered', '名簿商会']]);
    // The filter as the web client keeps it for GraphQL: statuses by their enum names.
    const asVariables = table((await download(admin, { filter: JSON.stringify({ statuses: ['UNREGISTERED'] }) })).text);
    expect(asVariables.rows.map((row) => row.email)).toEqual(['roster.only@example.jp']);

    const text = table((await download(admin, { filter: JSON.stringify({ text: '山田' }) })).text);
    expect(text.rows.map((row) => row.email)).toEqual(['taro.yamada@demo.kizuna.dev']);

    const japanese = table((await download(admin, { headers: 'ja', filter: JSON.stringify({ employers: ['絆テック'] }) })).text);
    expect(japanese.header.slice(0, 4)).toEqual(['状態', '会員番号', 'メールアドレス', '氏名']);
    expect(japanese.rows[0]).toMatchObject({ 氏名: '山田 太郎', 勤務先: '絆テック', 卒業年: '2008' });
  });

  it('imports back unchanged', async () => {
    const exported = await download(admin);
    const lines = exported.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const { preview } = await importRoster(lines);
    expect(preview).toMatchObject({ toCreate: 0, toUpdate: 0, failed: 0 });
    expect(preview.unchanged).toBe(lines.length - 1);
  });

  it('refuses bad parameters, members, strangers and never shows another network', async () => {
    const badJson = await download(admin, { filter: '{not json' });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.text).errors[0]).toMatchObject({ code: 'VALIDATION', field: 'filter' });
    const unknown = await download(admin, { filter: JSON.stringify({ shoeSize: [42] }) });
    expect([unknown.status, JSON.parse(unknown.text).errors[0].field]).toEqual([400, 'filter.shoeSize']);
    const badSort = await download(admin, { sort: 'SHOE_SIZE' });
    expect([badSort.status, JSON.parse(badSort.text).errors[0].field]).toEqual([400, 'sort']);

    expect((await download(taro)).status).toBe(403);
    expect((await download(undefined)).status).toBe(401);
    expect((await download('not-a-token')).status).toBe(401);

    const corp = await download(corpAdmin, { filter: JSON.stringify({ statuses: ['approved', 'pending', 'unregistered', 'suspended', 'rejected'] }) });
    expect(corp.status).toBe(200);
    const { rows } = table(corp.text);
    expect(rows.length).toBeGreaterThan(0);
    expect(corp.text).not.toContain('demo.kizuna.dev');
    expect(corp.text).not.toContain('roster.only@example.jp');
    expect(corp.text).not.toContain('絆テック');
  });
});
