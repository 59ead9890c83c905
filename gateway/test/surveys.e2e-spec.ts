import { randomUUID } from 'node:crypto';
import { startStack, type Stack } from '@kizuna/testing';
import { subscribe, type LiveSubscription } from './support';

const RESULTS_CHANGED = /* GraphQL */ `
  subscription SurveyResults($id: ID!) {
    surveyResultsChanged(surveyId: $id) {
      __typename
      surveyId
      count: responseCount
      closed
      questions {
        questionId
        answerCount
        options {
          optionId
          count
        }
        scale {
          value
          count
        }
        mean
        freeTextAnswers {
          text
        }
      }
    }
  }
`;
const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id questions { id options { id } } } errors { code } } }`;
const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { survey { id } errors { code } } }`;
const CLOSE = `mutation($input: SurveyInput!) { closeSurvey(input: $input) { survey { id } errors { code } } }`;

/** Live survey tallies end to end: content → outbox → events → gateway → graphql-ws clients, and the CSV through the gateway. */
describe('survey results over the gateway subscriptions', () => {
  let stack: Stack;
  let gateway: string;
  let admin: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;
  const live: LiveSubscription[] = [];

  const open = (token: string, surveyId: string, query = RESULTS_CHANGED) => {
    const subscription = subscribe(gateway, token, query, { id: surveyId });
    live.push(subscription);
    return subscription;
  };
  const ready = async (...subscriptions: LiveSubscription[]) => {
    await Promise.all(subscriptions.map((s) => s.connected));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  };
  const codes = (s: LiveSubscription) =>
    [...s.results.flatMap((r) => r.errors ?? []), ...s.errors.flatMap((e) => (Array.isArray(e) ? e : []))].map(
      (e: { extensions?: { code?: string } }) => e.extensions?.code,
    );
  const mutate = async (token: string, query: string, input: Record<string, unknown>) => {
    const result = await stack.graphql(gateway, query, { input }, token);
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data!)[0] as { errors: unknown[]; survey: { id: string; questions: { id: string; options: { id: string }[] }[] } };
    expect(payload.errors).toEqual([]);
    return payload;
  };

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo' });
    gateway = stack.gatewayUrl!;
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
  }, 240_000);

  afterAll(async () => {
    await Promise.allSettled(live.map((s) => s.dispose()));
    await stack?.stop();
  }, 60_000);

  it('delivers the tallies to those content shows them to, refuses the others, and follows the survey until it closes', async () => {
    const { survey } = await mutate(admin, CREATE, {
      title: '懇親会の形式',
      questions: [
        { kind: 'SINGLE_CHOICE', prompt: 'どちらがいいですか？', options: ['立食', '着席'] },
        { kind: 'SCALE', prompt: '期待度', required: false, scaleMin: 1, scaleMax: 3 },
      ],
    });
    const [choice, scale] = survey.questions;

    // Before answering, an AFTER_VOTING survey's results are not the member's to see; other networks do not know it.
    const early = open(hanako, survey.id);
    const foreign = open(corpAdmin, survey.id);
    const unknown = open(admin, randomUUID());
    const aliased = open(admin, survey.id, 'subscription($id: ID!) { surveyResultsChanged(surveyId: $id) { questions { n: answerCount } } }');
    await stack.waitFor(async () => [early, foreign, unknown, aliased].every((s) => codes(s).length > 0), 20_000);
    expect([early, foreign, unknown, aliased].map(codes)).toEqual([['FORBIDDEN'], ['NOT_FOUND'], ['NOT_FOUND'], ['BAD_USER_INPUT']]);

    const staff = open(admin, survey.id);
    await ready(staff);
    await mutate(hanako, ANSWER, { surveyId: survey.id, answers: [{ questionId: choice.id, optionIds: [choice.options[0].id] }] });
    await stack.waitFor(async () => staff.results.length === 1, 20_000);
    expect(staff.results[0].data?.surveyResultsChanged).toMatchObject({ __typename: 'SurveyResults', surveyId: survey.id, count: 1, closed: false });

    // Having answered, the member subscribes again and sees the next answer move the bars.
    const member = open(hanako, survey.id);
    await ready(member);
    await mutate(sho, ANSWER, {
      surveyId: survey.id,
      answers: [
        { questionId: choice.id, optionIds: [choice.options[1].id] },
        { questionId: scale.id, value: 3 },
      ],
    });
    await stack.waitFor(async () => member.results.length === 1 && staff.results.length === 2, 20_000);
    expect(member.results[0]).toEqual({
      data: {
        surveyResultsChanged: {
          __typename: 'SurveyResults',
          surveyId: survey.id,
          count: 2,
          closed: false,
          questions: [
            {
              questionId: choice.id,
              answerCount: 2,
              options: choice.options.map((o) => ({ optionId: o.id, count: 1 })),
              scale: [],
              mean: null,
              freeTextAnswers: null,
            },
            {
              questionId: scale.id,
              answerCount: 1,
              options: [],
              scale: [
                { value: 1, count: 0 },
                { value: 2, count: 0 },
                { value: 3, count: 1 },
              ],
              mean: 3,
              freeTextAnswers: null,
            },
          ],
        },
      },
    });
    expect(staff.results[1]).toEqual(member.results[0]);

    await mutate(admin, CLOSE, { surveyId: survey.id });
    await stack.waitFor(async () => member.results.length === 2, 20_000);
    expect(member.results[1].data?.surveyResultsChanged).toMatchObject({ count: 2, closed: true });
    expect([early, foreign, unknown].map((s) => s.results.filter((r) => r.data))).toEqual([[], [], []]);
  });

  it("serves a survey's CSV from content at /exports/surveys/, to staff only", async () => {
    const { survey } = await mutate(admin, CREATE, { title: 'CSV', questions: [{ kind: 'FREE_TEXT', prompt: 'ひとこと' }] });
    await mutate(hanako, ANSWER, { surveyId: survey.id, answers: [{ questionId: survey.questions[0].id, text: 'よろしく' }] });
    const download = (token: string) => fetch(`${new URL(gateway).origin}/exports/surveys/${survey.id}.csv`, { headers: { authorization: `Bearer ${token}` } });
    const staffCsv = await download(admin);
    expect(staffCsv.status).toBe(200);
    expect(await staffCsv.text()).toContain('よろしく');
    const memberCsv = await download(hanako);
    expect(memberCsv.status).toBe(403);
    expect(await memberCsv.json()).toEqual({ errors: [{ code: 'FORBIDDEN', field: null, message: expect.any(String) }] });
    // The directory's member export still answers at its own path.
    expect((await fetch(`${new URL(gateway).origin}/exports/members.csv`)).status).toBe(401);
  });
});
