/**
 * 1,000 concurrent voters on one survey: `npm run bench:surveys`.
 *
 * Starts identity and content (asked directly, as the gateway asks it) with the test harness (demo seed) on a throw-away
 * database; an admin creates a survey (one SINGLE_CHOICE question of 4 options, one SCALE 1–5);
 * BENCH_VOTERS (default 1,000) distinct members — access tokens signed with identity's key, as
 * identity would issue them — answer all at once, then every tenth changes their answer. The
 * survey's tallies must equal what was sent, exactly.
 *
 * Prints as the last line one JSON object (times in ms):
 *   {"voters","ok","responseCount","exact","seconds","answersPerSecond","p50","p95","p99"}
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startStack, tokenWithClaims } from '@kizuna/testing';

const VOTERS = Number(process.env.BENCH_VOTERS ?? 1000);
const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id questions { id options { id } } } errors { code } } }`;
const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { survey { id } errors { code } } }`;
const RESULTS = `query($id: ID!) { survey(id: $id) { results { responseCount questions { options { count } scale { count } } } } }`;

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;

async function main(): Promise<void> {
  const stack = await startStack({ services: ['identity', 'content'], seed: 'demo' });
  try {
    const url = stack.serviceUrl('content');
    const admin = await stack.signInAdmin();
    const created = await stack.graphql(
      url,
      CREATE,
      {
        input: {
          title: 'Bench',
          questions: [
            { kind: 'SINGLE_CHOICE', prompt: 'Pick one', options: ['A', 'B', 'C', 'D'] },
            { kind: 'SCALE', prompt: 'How much', scaleMin: 1, scaleMax: 5 },
          ],
        },
      },
      admin,
    );
    const survey = created.data!.createSurvey.survey as { id: string; questions: { id: string; options: { id: string }[] }[] };
    const [choice, scale] = survey.questions;
    const voters = await Promise.all(
      Array.from({ length: VOTERS }, () => tokenWithClaims(stack, admin, { mid: randomUUID(), sub: randomUUID(), role: 'member', permissions: [] })),
    );
    const expectedOptions = [0, 0, 0, 0];
    const expectedScale = [0, 0, 0, 0, 0];
    const latencies: number[] = [];
    const vote = async (token: string, option: number, value: number) => {
      const started = performance.now();
      const result = await stack.graphql(
        url,
        ANSWER,
        {
          input: {
            surveyId: survey.id,
            answers: [
              { questionId: choice.id, optionIds: [choice.options[option].id] },
              { questionId: scale.id, value },
            ],
          },
        },
        token,
      );
      latencies.push(performance.now() - started);
      return result.data?.answerSurvey?.errors?.length === 0;
    };
    const started = performance.now();
    const firstRound = await Promise.all(voters.map((token, i) => vote(token, i % 4, (i % 5) + 1)));
    // Every tenth voter changes their mind while the others' answers are still being counted.
    const secondRound = await Promise.all(voters.filter((_, i) => i % 10 === 0).map((token) => vote(token, 3, 5)));
    const seconds = (performance.now() - started) / 1000;
    voters.forEach((_, i) => {
      const changed = i % 10 === 0;
      expectedOptions[changed ? 3 : i % 4]++;
      expectedScale[changed ? 4 : i % 5]++;
    });
    const results = (await stack.graphql(url, RESULTS, { id: survey.id }, admin)).data!.survey.results as {
      responseCount: number;
      questions: { options: { count: number }[]; scale: { count: number }[] }[];
    };
    const exact =
      results.responseCount === VOTERS &&
      JSON.stringify(results.questions[0].options.map((o) => o.count)) === JSON.stringify(expectedOptions) &&
      JSON.stringify(results.questions[1].scale.map((s) => s.count)) === JSON.stringify(expectedScale);
    const sorted = [...latencies].sort((a, b) => a - b);
    const ok = [...firstRound, ...secondRound].filter(Boolean).length;
    console.log(`${VOTERS} concurrent voters: ${ok} answers accepted of ${latencies.length}, tallies ${exact ? 'exact' : 'WRONG'}`);
    console.log(
      JSON.stringify({
        voters: VOTERS,
        ok,
        responseCount: results.responseCount,
        exact,
        seconds: Math.round(seconds * 100) / 100,
        answersPerSecond: Math.round(latencies.length / seconds),
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
      }),
    );
    if (!exact) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

void main();
