// The admin CRM, end to end in the system Chromium against the whole stack: an admin filters the
// member list and tags the people it finds in one step, builds a segment while its live count
// follows the filter, and opens a member's page to see their activity and take a tag off.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { claimsOf } from '@kizuna/testing';
import { useBrowserStack } from './browser-stack';

// The directory fills the demo members' profiles (departments, employers, …) as it does under `npm start`.
const e2e = useBrowserStack({ context: { viewport: { width: 1400, height: 1000 } }, stack: () => ({ serviceEnv: { directory: { SEED_DEMO: 'true' } } }) });
const { newPage } = e2e;

async function signIn(page: Page, email: string, password: string, labels = { email: 'E-mail', password: 'Password', submit: 'Sign in' }): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** Members fill in their own year (years no demo profile uses), through the directory as they would. */
async function setYears(years: Record<string, number>): Promise<void> {
  const { stack } = e2e;
  for (const [handle, entryYear] of Object.entries(years)) {
    const token = await stack.signIn(`${handle}@demo.kizuna.dev`, stack.demo.memberPassword);
    const saved = await stack.graphql(
      stack.gatewayUrl!,
      'mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }',
      { input: { entryYear } },
      token,
    );
    expect(saved.data?.updateMyProfile.errors).toEqual([]);
  }
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  await setYears({ 'ichiro.suzuki': 1961, 'misaki.takahashi': 1962, 'kenta.tanaka': 1963 });
});

test('an admin filters the member list, tags everyone shown at once, and sees the tag on them', async () => {
  const tagName = `Mentors ${randomUUID().slice(0, 6)}`;
  const page = await newPage('en-US');
  await signIn(page, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);

  // A tag first, on the tags page.
  await page.goto('/admin/tags');
  await page.getByRole('heading', { level: 1, name: 'Tags' }).waitFor();
  await page.getByRole('form', { name: 'New tag' }).getByRole('textbox', { name: 'Name', exact: true }).fill(tagName);
  await page.getByRole('button', { name: 'Create tag' }).click();
  await page.getByRole('status').getByText(`“${tagName}” saved.`).waitFor();

  await page.goto('/admin/members');
  await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
  await page.getByLabel('Year from', { exact: true }).fill('1961');
  await page.getByLabel('Year to', { exact: true }).fill('1962');
  await page.getByTestId('member-count').getByText('2 people', { exact: true }).waitFor();
  const table = page.getByRole('table', { name: 'Members' });
  await table.getByRole('row').filter({ hasText: '1961' }).waitFor();
  expect(await table.getByRole('row').count()).toBe(3);

  await page.getByRole('checkbox', { name: 'Select everyone shown' }).check();
  const bulk = page.getByRole('region', { name: 'Tag in bulk' });
  await bulk.getByText('Selected (2)').waitFor();
  await choose(page, 'Tag', tagName);
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  await bulk.getByRole('status').getByText(`“${tagName}” added to 2 members.`).waitFor();
  await table.getByRole('row').filter({ hasText: '1962' }).getByText(tagName).waitFor();

  // Filtering by the tag finds exactly them; the database agrees.
  await page.getByLabel('Year from', { exact: true }).fill('');
  await page.getByLabel('Year to', { exact: true }).fill('');
  await page.getByRole('combobox', { name: 'Tagged with any of', exact: true }).click();
  await page.getByRole('option', { name: tagName, exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('member-count').getByText('2 people', { exact: true }).waitFor();
  const tagged = await e2e.stack.sql(
    `SELECT p.entry_year FROM directory.member_tags m JOIN directory.tags t ON t.id = m.tag_id JOIN directory.profiles p ON p.membership_id = m.membership_id WHERE t.name = $1 ORDER BY 1`,
    [tagName],
  );
  expect(tagged).toEqual([{ entry_year: 1961 }, { entry_year: 1962 }]);

  // Everyone matching, not only those selected: the 1963 member joins by filter.
  await page.goto('/admin/members');
  await page.getByLabel('Year from', { exact: true }).fill('1961');
  await page.getByLabel('Year to', { exact: true }).fill('1963');
  await page.getByTestId('member-count').getByText('3 people', { exact: true }).waitFor();
  await page.getByRole('radio', { name: 'Everyone matching the filter (3)' }).check();
  await choose(page, 'Tag', tagName);
  await page.getByRole('region', { name: 'Tag in bulk' }).getByRole('button', { name: 'Add tag' }).click();
  await page.getByText(`“${tagName}” added to 1 member.`).waitFor();
});

test('an admin builds a segment while its live count follows the filter, and saves it', async () => {
  const name = `1960年代卒 ${randomUUID().slice(0, 6)}`;
  const page = await newPage('ja-JP');
  await signIn(page, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password, { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' });
  await page.goto('/admin/segments');
  await page.getByRole('heading', { level: 1, name: 'セグメント' }).waitFor();
  await page.getByRole('button', { name: '新しいセグメント' }).click();
  const builder = page.getByRole('form', { name: 'セグメント作成' });
  await builder.getByLabel('年度（から）', { exact: true }).fill('1961');
  await builder.getByLabel('年度（まで）', { exact: true }).fill('1961');
  await page.getByTestId('segment-count').getByText('該当 1人').waitFor();
  await builder.getByLabel('年度（まで）', { exact: true }).fill('1963');
  await page.getByTestId('segment-count').getByText('該当 3人').waitFor();
  const preview = page.getByRole('region', { name: 'プレビュー' });
  expect(await preview.getByRole('listitem').count()).toBe(3);

  // Saving without a name is refused next to the field; nothing is stored.
  await builder.getByRole('button', { name: 'セグメントを保存' }).click();
  await builder.locator('input[aria-invalid="true"]').first().waitFor();
  expect(await e2e.stack.sql('SELECT 1 FROM directory.segments')).toEqual([]);

  await builder.getByRole('textbox', { name: '名前', exact: true }).fill(name);
  await builder.getByLabel('説明', { exact: true }).fill('OB訪問の案内先');
  await builder.getByRole('button', { name: 'セグメントを保存' }).click();
  await page.getByRole('status').getByText(`「${name}」を保存しました（3人）。`).waitFor();
  const row = page.getByRole('table', { name: '保存済みのセグメント' }).getByRole('row').filter({ hasText: name });
  await row.getByRole('cell', { name: '3', exact: true }).waitFor();
  expect(await e2e.stack.sql('SELECT name, filter FROM directory.segments')).toEqual([{ name, filter: { entryYear: { from: 1961, to: 1963 } } }]);
});

test("an admin opens a member's page: every field, their activity, and tags they can take off", async () => {
  const { stack } = e2e;
  const tagName = `幹事 ${randomUUID().slice(0, 6)}`;
  const admin = await stack.signInAdmin();
  const created = await stack.graphql(
    stack.gatewayUrl!,
    'mutation($input: CreateTagInput!) { createTag(input: $input) { tag { id } errors { code } } }',
    { input: { name: tagName } },
    admin,
  );
  const tagId = created.data?.createTag.tag.id;
  const [ichiro] = await stack.sql<{ membership_id: string }>(`SELECT membership_id FROM directory.profiles WHERE email = 'ichiro.suzuki@demo.kizuna.dev'`);
  await stack.graphql(
    stack.gatewayUrl!,
    'mutation($input: BulkTagMembersInput!) { bulkTagMembers(input: $input) { affectedCount } }',
    { input: { tagId, memberIds: [ichiro.membership_id], action: 'ADD' } },
    admin,
  );
  const [{ sign_in_count: signIns }] = await stack.sql<{ sign_in_count: number }>('SELECT sign_in_count FROM directory.profiles WHERE membership_id = $1', [
    ichiro.membership_id,
  ]);
  expect(signIns).toBeGreaterThanOrEqual(1);

  const page = await newPage('en-US');
  await signIn(page, stack.demo.admin.email, stack.demo.admin.password);
  await page.goto('/admin/members');
  await page.getByLabel('Year from', { exact: true }).fill('1961');
  await page.getByLabel('Year to', { exact: true }).fill('1961');
  await page.getByTestId('member-count').getByText('1 person').waitFor();
  await page.getByRole('table', { name: 'Members' }).getByRole('link').first().click();
  await page.waitForURL((url) => url.pathname === `/admin/members/${ichiro.membership_id}`);

  const activity = page.getByRole('region', { name: 'Activity' });
  await activity.getByText('ichiro.suzuki@demo.kizuna.dev').waitFor();
  await activity.getByRole('row', { name: `Sign-ins ${signIns}` }).waitFor();
  await page.getByRole('region', { name: 'Profile' }).getByRole('row', { name: 'Year 1961' }).waitFor();
  await page.getByRole('region', { name: 'Registration answers' }).getByText('No answers.').waitFor();
  const tags = page.getByRole('region', { name: 'Tags' });
  await tags.getByText(tagName).waitFor();
  await tags.getByRole('button', { name: `Remove tag ${tagName}` }).click();
  await tags.getByText(tagName).waitFor({ state: 'detached' });
  expect(await stack.sql('SELECT 1 FROM directory.member_tags WHERE tag_id = $1', [tagId])).toEqual([]);
});

test('an admin tags by rule on the tags page, and merges another tag into it', async () => {
  const suffix = randomUUID().slice(0, 6);
  const page = await newPage('en-US');
  await signIn(page, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password);
  await page.goto('/admin/tags');
  const form = page.getByRole('form', { name: 'New tag' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(`Sixties ${suffix}`);
  await form.getByRole('switch', { name: 'Tag by rule' }).check({ force: true });
  await form.getByLabel('Year from', { exact: true }).fill('1961');
  await form.getByLabel('Year to', { exact: true }).fill('1963');
  await form.getByRole('checkbox', { name: 'Keep applying to newcomers' }).check({ force: true });
  await form.getByRole('button', { name: 'Create tag' }).click();
  await page.getByRole('status').getByText(`“Sixties ${suffix}” saved; 3 members tagged by the rule.`).waitFor();
  const [rule] = await e2e.stack.sql('SELECT rule, rule_applies_to_newcomers FROM directory.tags WHERE name = $1', [`Sixties ${suffix}`]);
  expect(rule).toEqual({ rule: { entryYear: { from: 1961, to: 1963 } }, rule_applies_to_newcomers: true });

  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(`Old ${suffix}`);
  await form.getByRole('button', { name: 'Create tag' }).click();
  await page.getByRole('status').getByText(`“Old ${suffix}” saved.`).waitFor();
  const table = page.getByRole('table', { name: 'Tags' });
  await table
    .getByRole('row')
    .filter({ hasText: `Sixties ${suffix}` })
    .getByText('Rule, applied to newcomers')
    .waitFor();

  await page.getByRole('button', { name: `Merge tags into Sixties ${suffix}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Tags to merge in' }).click();
  await page.getByRole('option', { name: `Old ${suffix}`, exact: true }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await page.getByRole('status').getByText(`Merged into “Sixties ${suffix}”; 0 members moved.`).waitFor();
  await table
    .getByRole('row')
    .filter({ hasText: `Old ${suffix}` })
    .waitFor({ state: 'detached' });
});

test('admins and members get the same answers for 工学部: from the search box, and from the department filter', async () => {
  const JAPANESE = { email: 'メールアドレス', password: 'パスワード', submit: 'ログイン' };
  const networkId = claimsOf(await e2e.stack.signInAdmin()).nid;
  // The demo departments 工学部 情報工学科 and 工学部 機械工学科 contain 工学部; no department is exactly 工学部.
  const [{ inDepartment, exact }] = await e2e.stack.sql<{ inDepartment: number; exact: number }>(
    `SELECT count(*) FILTER (WHERE department LIKE '%工学部%')::int AS "inDepartment", count(*) FILTER (WHERE department = '工学部')::int AS exact
       FROM directory.profiles WHERE network_id = $1 AND status = 'approved'`,
    [networkId],
  );
  expect(inDepartment).toBeGreaterThan(exact);

  // A member searches the directory for the word (every field: bios mention departments too).
  const member = await newPage('ja-JP');
  await signIn(member, 'hanako.sato@demo.kizuna.dev', e2e.stack.demo.memberPassword, JAPANESE);
  await member.goto('/directory');
  const count = member.getByTestId('directory-count');
  await count.getByText(/^\d+人$/).waitFor();
  const everyone = await count.innerText();
  await member.getByLabel('名簿を検索').fill('工学部');
  await member.waitForFunction((before) => document.querySelector('[data-testid="directory-count"]')?.textContent !== before, everyone);
  const searched = Number((await count.innerText()).replace('人', ''));
  expect(searched).toBeGreaterThanOrEqual(inDepartment);

  const admin = await newPage('ja-JP');
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password, JAPANESE);
  await admin.goto('/admin/members');
  // The admin's search box finds the same people as the member's.
  const text = admin.getByRole('textbox', { name: '名前・勤務先・スキルなど' });
  await text.fill('工学部');
  await admin.getByTestId('member-count').getByText(`${searched}人`, { exact: true }).waitFor();
  // The department filter finds every department holding the word, and says it looks at departments only.
  await text.fill('');
  await admin.getByText('学部・学科・部署にこの語を含む人（すべての項目から探すには検索欄へ）。複数はカンマで区切ってください').waitFor();
  await admin.getByRole('textbox', { name: '学部・学科・部署' }).fill('工学部');
  await admin.getByTestId('member-count').getByText(`${inDepartment}人`, { exact: true }).waitFor();
});
