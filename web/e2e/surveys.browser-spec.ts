// A live survey, end to end: the office writes it in the survey builder; Emily finds it in her feed,
// answers and sees the bars; Michael answers from elsewhere and Emily's bars move without a reload;
// the office downloads the answers as CSV.
import type { Page } from 'playwright-core';
import { useBrowserStack } from './browser-stack';

const e2e = useBrowserStack();

const EMILY = 'emily.johnson@demo.kizuna.dev';
const MICHAEL = 'michael.brown@demo.kizuna.dev';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`/sign-in?network=${encodeURIComponent(e2e.stack.demo.networkSlug)}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

test("a survey's bars move live as members answer, and the office downloads the answers", async () => {
  const { stack } = e2e;
  const title = `Reunion day ${Date.now().toString(36)}`;

  // The office writes the survey.
  const admin = await (await e2e.newContext('en-US')).newPage();
  await signIn(admin, stack.demo.admin.email, stack.demo.admin.password);
  await admin.getByRole('link', { name: 'New survey' }).click();
  await admin.getByRole('heading', { level: 1, name: 'New survey' }).waitFor();
  await admin.getByLabel('Title', { exact: true }).fill(title);
  await admin.getByLabel('Question 1', { exact: true }).fill('Which day suits you?');
  await admin.getByLabel('Question 1, option 1', { exact: true }).fill('Saturday');
  await admin.getByLabel('Question 1, option 2', { exact: true }).fill('Sunday');
  await admin.getByRole('button', { name: 'Publish survey' }).click();
  await admin.waitForURL((url) => /^\/surveys\/[0-9a-f-]{36}$/.test(url.pathname));
  const surveyId = new URL(admin.url()).pathname.split('/')[2];

  // Emily answers in her feed and sees the results.
  const emily = await (await e2e.newContext('en-US')).newPage();
  await signIn(emily, EMILY, stack.demo.memberPassword);
  const card = emily.getByRole('list', { name: 'Feed', exact: true }).getByRole('article').filter({ hasText: title });
  await card.getByRole('radio', { name: 'Saturday' }).check();
  await card.getByRole('button', { name: 'Send answer' }).click();
  const bar = (label: string) => card.getByTestId('survey-bar').filter({ hasText: label });
  await bar('Saturday').getByText('1 · 100%').waitFor();
  await bar('Sunday').getByText('0 · 0%').waitFor();

  // Michael answers elsewhere: Emily's bars follow without a reload.
  const michael = await stack.signIn(MICHAEL, stack.demo.memberPassword);
  const survey = await stack.graphql<{ survey: { questions: { id: string; options: { id: string; label: string }[] }[] } }>(
    stack.gatewayUrl!,
    'query($id: ID!) { survey(id: $id) { questions { id options { id label } } } }',
    { id: surveyId },
    michael,
  );
  const [question] = survey.data!.survey.questions;
  const sunday = question.options.find((option) => option.label === 'Sunday')!;
  const answered = await stack.graphql<{ answerSurvey: { errors: unknown[] } }>(
    stack.gatewayUrl!,
    'mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { errors { code message } } }',
    { input: { surveyId, answers: [{ questionId: question.id, optionIds: [sunday.id] }] } },
    michael,
  );
  expect(answered.data?.answerSurvey.errors).toEqual([]);
  await bar('Sunday').getByText('1 · 50%').waitFor();
  await bar('Saturday').getByText('1 · 50%').waitFor();
  await card.getByText('2 responses').waitFor();

  // The office downloads the answers: one line per member.
  await admin.reload();
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Download CSV' }).click()]);
  const stream = await download.createReadStream();
  let csv = '';
  for await (const chunk of stream) csv += String(chunk);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(csv).toContain('Saturday');
  expect(csv).toContain('Sunday');
});
