// Registration, end to end in the system Chromium against the whole stack: an administrator adds a
// registration question and an applicant who skips it sees the error next to it, then registers;
// an administrator uploads a roster and turns on roster matching, and an applicant on it lands on
// the home page at once; the network's branding shows on its registration page, and a closed
// network shows a notice instead of the form.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack({ context: { viewport: { width: 1280, height: 900 } } });
const { newPage } = e2e;

async function signIn(page: Page, email: string, password: string, networkSlug: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

async function fillAccount(page: Page, displayName: string, email: string): Promise<void> {
  await page.getByLabel('Display name', { exact: true }).fill(displayName);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(`pw-${randomUUID()}`);
}

test('an admin adds a required question; an applicant who skips it sees the error beside it, then registers', async () => {
  const suffix = randomUUID().slice(0, 8);
  const question = `Name of your seminar supervisor ${suffix}`;

  const admin = await newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password, e2e.stack.demo.networkSlug);
  await admin.goto('/admin/questions');
  await admin.getByRole('heading', { level: 1, name: 'Registration questions' }).waitFor();
  await admin.getByRole('button', { name: 'Add a question' }).click();
  const dialog = admin.getByRole('dialog', { name: 'New question' });
  await dialog.getByLabel('Question', { exact: true }).fill(question);
  await dialog.getByLabel('Help text (optional)').fill('Only the alumni office sees this.');
  await dialog.getByRole('radio', { name: 'Only to administrators, to verify the applicant' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await admin.getByText('The question was saved.').waitFor();
  await admin.getByRole('list', { name: 'Registration questions' }).getByText(question).waitFor();

  const applicant = await newPage();
  await applicant.goto(`/join/${e2e.stack.demo.networkSlug}`);
  const displayName = `Supervised Applicant ${suffix}`;
  const email = `supervised.${suffix}@example.test`;
  await fillAccount(applicant, displayName, email);
  const answer = applicant.getByLabel(question, { exact: true });
  await answer.waitFor();
  await applicant.getByRole('button', { name: 'Apply to join' }).click();

  // The server refuses the registration; its error sits next to the question, and nothing moved on.
  await applicant.getByText('Please answer this question.').waitFor();
  expect(await answer.getAttribute('aria-invalid')).toBe('true');
  expect(new URL(applicant.url()).pathname).toBe(`/join/${e2e.stack.demo.networkSlug}`);
  expect(await e2e.stack.sql('SELECT 1 FROM identity.memberships WHERE display_name = $1', [displayName])).toHaveLength(0);

  await answer.fill('Prof. Tanaka');
  await applicant.getByRole('button', { name: 'Apply to join' }).click();
  await e2e.openRegistrationLink(applicant, email);
  await applicant.waitForURL((url) => url.pathname === '/pending');
  await applicant.getByRole('heading', { name: 'Waiting for approval' }).waitFor();

  // The administrator sees the answer with the application.
  await admin.goto('/admin/approvals');
  const row = admin.getByRole('listitem').filter({ hasText: displayName });
  await row.getByText(`${question}:`).waitFor();
  await row.getByText('Prof. Tanaka').waitFor();
});

test('an admin uploads a roster and turns on roster matching; an applicant on it lands on the home page at once', async () => {
  const suffix = randomUUID().slice(0, 8);
  const { networkSlug, admin: corpAdmin } = e2e.stack.demo.otherNetwork;
  const token = await e2e.stack.signInAdmin('otherNetwork');
  const created = await e2e.stack.graphql(
    e2e.stack.serviceUrl('identity'),
    'mutation($input: CreateRegistrationQuestionInput!) { createRegistrationQuestion(input: $input) { question { id } errors { code } } }',
    { input: { kind: 'YEAR', label: 'Year you left the company', required: true, profileField: 'leaving_year' } },
    token,
  );
  expect(created.data?.createRegistrationQuestion.errors).toEqual([]);
  const person = `Keiko Roster ${suffix}`;

  const admin = await newPage();
  await signIn(admin, corpAdmin.email, corpAdmin.password, networkSlug);
  await admin.goto('/admin/auto-approval');
  await admin.getByRole('heading', { level: 1, name: 'Auto-approval' }).waitFor();
  await admin.getByRole('switch', { name: 'Approve people on the roster' }).check();
  await admin.getByLabel('Year question matched against the roster', { exact: true }).first().click();
  await admin.getByRole('option', { name: 'Year you left the company' }).click();
  await admin.getByRole('button', { name: 'Save rules' }).click();
  await admin.getByText('The rules were saved.').waitFor();

  const csv = `name,year,email\n${person},2019,\nNot Valid,19,\n`;
  await admin.locator('input[type="file"]').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await admin.getByRole('button', { name: 'Preview' }).click();
  // A bad row blocks the upload until the file is fixed.
  await admin.getByText('Ready: 1 · with problems: 1').waitFor();
  await admin.getByText('Fix the rows with problems in the file, then preview it again.').waitFor();
  const fixed = `name,year,email\n${person},2019,\n`;
  await admin.locator('input[type="file"]').setInputFiles({ name: 'roster-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
  await admin.getByRole('button', { name: 'Preview' }).click();
  await admin.getByRole('button', { name: 'Upload 1 row' }).click();
  await admin.getByText('1 row uploaded; 1 on the roster now.').waitFor();
  await admin.getByRole('table', { name: 'Roster' }).getByText(person).waitFor();

  const applicant = await newPage();
  await applicant.goto(`/join/${networkSlug}`);
  await fillAccount(applicant, person, `keiko.${suffix}@example.test`);
  await applicant.getByLabel('Year you left the company', { exact: true }).fill('2019');
  await applicant.getByRole('button', { name: 'Apply to join' }).click();
  await e2e.openRegistrationLink(applicant, `keiko.${suffix}@example.test`);
  await applicant.waitForURL((url) => url.pathname === '/');
  await applicant.getByRole('heading', { level: 1, name: `Welcome, ${person}` }).waitFor();
});

test('the registration page shows the branding an admin set, and a closed network shows a notice instead of the form', async () => {
  const suffix = randomUUID().slice(0, 8);
  const welcome = `Welcome home, graduates! ${suffix}`;
  const admin = await newPage();
  await signIn(admin, e2e.stack.demo.admin.email, e2e.stack.demo.admin.password, e2e.stack.demo.networkSlug);
  await admin.goto('/admin/settings');
  await admin.getByRole('heading', { level: 1, name: 'Network settings' }).waitFor();
  await admin.getByLabel('Welcome text').fill(welcome);
  await admin.getByLabel('Colour', { exact: true }).fill('#c2255c');
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await admin.getByText('The settings were saved.').waitFor();

  const visitor = await newPage();
  await visitor.goto(`/join/${e2e.stack.demo.networkSlug}`);
  await visitor.getByTestId('welcome-text').filter({ hasText: welcome }).waitFor();
  const colour = await visitor.getByTestId('network-color').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(colour).toBe('rgb(194, 37, 92)');

  await admin.getByRole('switch', { name: 'Open for registration' }).uncheck();
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await admin.getByText('The settings were saved.').waitFor();

  await visitor.reload();
  await visitor.getByText('Registration is closed').waitFor();
  expect(await visitor.getByRole('button', { name: 'Apply to join' }).count()).toBe(0);

  await admin.getByRole('switch', { name: 'Open for registration' }).check();
  await admin.getByRole('button', { name: 'Save settings' }).click();
  await admin.getByText('The settings were saved.').waitFor();
  await visitor.reload();
  await visitor.getByRole('button', { name: 'Apply to join' }).waitFor();
});
