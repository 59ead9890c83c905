import { randomUUID } from 'node:crypto';
import { claimsOf, startStack, tokenWithClaims, type EventCollector, type Stack } from '@kizuna/testing';

const ERRORS = 'errors { code field message }';
const RESULTS =
  'results { surveyId responseCount closed questions { questionId answerCount options { optionId count } scale { value count } mean freeTextAnswers { text member { id } } } }';
const SURVEY_FIELDS = `id title description anonymity audience resultsVisibility closesAt closedAt closed editable questions { id kind prompt required options { id label } scaleMin scaleMax lowLabel highLabel } viewerAnswer { answers { questionId optionIds value text } } ${RESULTS}`;
const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { ${SURVEY_FIELDS} } ${ERRORS} } }`;
const EDIT = `mutation($input: EditSurveyInput!) { editSurvey(input: $input) { survey { id title questions { id prompt } } ${ERRORS} } }`;
const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { survey { id viewerAnswer { answers { questionId optionIds value text } } ${RESULTS} } ${ERRORS} } }`;
const CLOSE = `mutation($input: SurveyInput!) { closeSurvey(input: $input) { survey { id closed closedAt } ${ERRORS} } }`;
const DELETE = `mutation($input: SurveyInput!) { deleteSurvey(input: $input) { deletedSurveyId ${ERRORS} } }`;
const SURVEY = `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;
const ITEM = `query($id: ID!) { feedItem(id: $id) { id kind title linkPath subject { typename id } survey { id title } } }`;
const FEED = `{ feed(first: 50) { edges { node { id kind survey { id } } } } }`;
const CREATE_SEGMENT = `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id } errors { code } } }`;
const UPDATE_PROFILE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { errors { code } } }`;
const PERSONAL_DATA = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalData { content } } }';
const DELETE_ACCOUNT = 'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted errors { code } } }';

type Question = { id: string; kind: string; options: { id: string; label: string }[] };
type Survey = { id: string; questions: Question[]; results: { responseCount: number; questions: { options: { count: number }[] }[] } | null };

/** A survey with one question of each kind. */
const fullSurvey = (overrides: Record<string, unknown> = {}) => ({
  title: '同窓会の日程アンケート',
  description: '次回の同窓会について\n教えてください。',
  questions: [
    { kind: 'SINGLE_CHOICE', prompt: 'どの季節がいいですか？', required: true, options: ['春', '夏', '秋'] },
    { kind: 'MULTIPLE_CHOICE', prompt: '参加できる曜日', required: false, options: ['土曜', '日曜', '平日夜'] },
    { kind: 'SCALE', prompt: '前回の満足度', required: false, scaleMin: 1, scaleMax: 5, lowLabel: '不満', highLabel: '満足' },
    { kind: 'FREE_TEXT', prompt: 'ご意見', required: false },
  ],
  ...overrides,
});

describe('content: live surveys', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let hanako: string;
  let sho: string;
  let corpAdmin: string;
  let pending: string;
  let surveyEvents: EventCollector;

  const gql = (query: string, variables: Record<string, unknown>, token?: string) => stack.graphql(url, query, variables, token);
  const create = async (input: Record<string, unknown>, token = admin) => (await gql(CREATE, { input }, token)).data?.createSurvey;
  const answer = async (token: string, surveyId: string, answers: Record<string, unknown>[]) =>
    (await gql(ANSWER, { input: { surveyId, answers } }, token)).data?.answerSurvey;
  const read = async (token: string, id: string): Promise<Survey | null> => (await gql(SURVEY, { id }, token)).data?.survey;
  const counts = async () => ({
    surveys: Number((await stack.sql('SELECT count(*) FROM content.surveys'))[0].count),
    responses: Number((await stack.sql('SELECT count(*) FROM content.survey_responses'))[0].count),
    items: Number((await stack.sql(`SELECT count(*) FROM content.feed_items WHERE kind = 'SURVEY'`))[0].count),
  });
  const csv = (surveyId: string, token?: string) =>
    fetch(`${new URL(url).origin}/exports/surveys/${surveyId}.csv`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  /** A member of the demo network the content service has never seen: a token identity could have issued. */
  const anotherMember = () => tokenWithClaims(stack, hanako, { mid: randomUUID(), sub: randomUUID(), role: 'member' });

  beforeAll(async () => {
    stack = await startStack({
      services: ['identity', 'directory', 'content'],
      seed: 'demo',
      serviceEnv: { content: { SURVEY_CLOSE_CHECK_MS: '200', SEGMENT_CACHE_SECONDS: '0' } },
    });
    url = stack.serviceUrl('content');
    admin = await stack.signInAdmin();
    hanako = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    sho = await stack.signIn('sho.watanabe@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'survey.applicant@example.jp', displayName: '申請 三郎' })).token;
    surveyEvents = await stack.collectEvents('kizuna.content.survey');
  });
  afterAll(() => stack?.stop());

  it('creates a survey as a SURVEY feed item, refuses bad definitions with typed errors and stores nothing then', async () => {
    const before = await counts();
    const bad = await create(
      fullSurvey({
        title: '  ',
        closesAt: new Date(Date.now() - 60_000).toISOString(),
        questions: [
          { kind: 'SINGLE_CHOICE', prompt: 'ひとつだけ', options: ['はい'] },
          { kind: 'MULTIPLE_CHOICE', prompt: '長すぎる', options: ['a', 'x'.repeat(201)] },
          { kind: 'SCALE', prompt: '範囲', scaleMin: 2, scaleMax: 11 },
          { kind: 'FREE_TEXT', prompt: '', options: ['a', 'b'] },
        ],
      }),
    );
    expect(bad.survey).toBeNull();
    expect(bad.errors.map((e: { code: string; field: string }) => `${e.code} ${e.field}`).sort()).toEqual(
      [
        'VALIDATION title',
        'VALIDATION closesAt',
        'VALIDATION questions.0.options',
        'VALIDATION questions.1.options.1',
        'VALIDATION questions.2.scaleMin',
        'VALIDATION questions.2.scaleMax',
        'VALIDATION questions.3.prompt',
        'VALIDATION questions.3.options',
      ].sort(),
    );
    expect((await create(fullSurvey({ questions: [] }))).errors.map((e: { field: string }) => e.field)).toEqual(['questions']);
    expect((await create(fullSurvey({ audience: 'SEGMENT' }))).errors.map((e: { field: string }) => e.field)).toEqual(['segmentId']);
    expect(await counts()).toEqual(before);

    // Members without MANAGE_CONTENT may not create one.
    const refused = await gql(CREATE, { input: fullSurvey() }, hanako);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const created = await create(fullSurvey());
    expect(created.errors).toEqual([]);
    const survey = created.survey;
    expect(survey).toMatchObject({
      title: '同窓会の日程アンケート',
      description: '次回の同窓会について\n教えてください。',
      anonymity: 'NAMED',
      audience: 'NETWORK',
      resultsVisibility: 'AFTER_VOTING',
      closed: false,
      editable: true,
      viewerAnswer: null,
    });
    expect(survey.questions.map((q: Question) => [q.kind, q.options.map((o) => o.label)])).toEqual([
      ['SINGLE_CHOICE', ['春', '夏', '秋']],
      ['MULTIPLE_CHOICE', ['土曜', '日曜', '平日夜']],
      ['SCALE', []],
      ['FREE_TEXT', []],
    ]);
    expect((await gql(ITEM, { id: survey.id }, hanako)).data?.feedItem).toEqual({
      id: survey.id,
      kind: 'SURVEY',
      title: '同窓会の日程アンケート',
      linkPath: `/surveys/${survey.id}`,
      subject: { typename: 'Survey', id: survey.id },
      survey: { id: survey.id, title: '同窓会の日程アンケート' },
    });
    const feed = (await gql(FEED, {}, hanako)).data?.feed.edges.map((e: { node: unknown }) => e.node);
    expect(feed).toContainEqual({ id: survey.id, kind: 'SURVEY', survey: { id: survey.id } });
    await stack.waitFor(async () => surveyEvents.events.some((e) => e.type === 'kizuna.content.survey.opened.v1' && e.subject === survey.id));

    // Wording can change until the first answer; then SURVEY_ANSWERED.
    const editResult = await gql(EDIT, { input: { survey: fullSurvey({ title: '同窓会アンケート（改）' }), surveyId: survey.id } }, admin);
    expect(editResult.errors).toBeUndefined();
    const edited = editResult.data?.editSurvey;
    expect(edited.errors).toEqual([]);
    expect(edited.survey.title).toBe('同窓会アンケート（改）');
    expect((await gql(ITEM, { id: survey.id }, hanako)).data?.feedItem.title).toBe('同窓会アンケート（改）');
  });

  it('keeps surveys from applicants, other networks and those outside the audience', async () => {
    const survey = (await create(fullSurvey())).survey;
    const staffOnly = (await create(fullSurvey({ title: 'スタッフ向け', audience: 'STAFF' }))).survey;
    const single = [{ questionId: survey.questions[0].id, optionIds: [survey.questions[0].options[0].id] }];

    expect((await gql(SURVEY, { id: survey.id }, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(ANSWER, { input: { surveyId: survey.id, answers: single } }, pending)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect(await read(corpAdmin, survey.id)).toBeNull();
    expect((await answer(corpAdmin, survey.id, single)).errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    for (const [query, input] of [
      [CLOSE, { surveyId: survey.id }],
      [DELETE, { surveyId: survey.id }],
      [EDIT, { survey: fullSurvey(), surveyId: survey.id }],
    ] as const) {
      const payload = Object.values((await gql(query, { input }, corpAdmin)).data ?? {})[0] as { errors: { code: string }[] };
      expect(payload.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    }
    expect((await csv(survey.id, corpAdmin)).status).toBe(404);

    expect(await read(hanako, staffOnly.id)).toBeNull();
    expect((await answer(hanako, staffOnly.id, [])).errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect((await read(admin, staffOnly.id))?.id).toBe(staffOnly.id);
    expect(await stack.sql('SELECT 1 FROM content.survey_responses WHERE survey_id = ANY($1::uuid[])', [[survey.id, staffOnly.id]])).toEqual([]);
    expect(await read(admin, randomUUID())).toBeNull();
    expect((await answer(admin, 'not-an-id', single)).errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
  });

  it("lets a segment's members answer a SEGMENT survey, and nobody outside it", async () => {
    const directory = stack.serviceUrl('directory');
    const ids = [hanako, sho].map((t) => claimsOf(t).mid);
    await stack.waitFor(async () => (await stack.sql(`SELECT 1 FROM directory.profiles WHERE membership_id = ANY($1::uuid[])`, [ids])).length === ids.length);
    const segment = await stack.graphql(directory, CREATE_SEGMENT, { input: { name: 'アンケート商事', filter: { employers: ['アンケート商事'] } } }, admin);
    const segmentId = segment.data?.createSegment.segment.id;
    await stack.graphql(directory, UPDATE_PROFILE, { input: { employer: 'アンケート商事' } }, hanako);
    await stack.graphql(directory, UPDATE_PROFILE, { input: { employer: '別の会社' } }, sho);
    const survey = (await create(fullSurvey({ title: '社員向け', audience: 'SEGMENT', segmentId }))).survey;
    const single = [{ questionId: survey.questions[0].id, optionIds: [survey.questions[0].options[1].id] }];

    expect((await answer(sho, survey.id, single)).errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect(await read(sho, survey.id)).toBeNull();
    const answered = await answer(hanako, survey.id, single);
    expect(answered.errors).toEqual([]);
    expect(answered.survey.results.responseCount).toBe(1);
  });

  it('shows results per the visibility rule, lets members change their answer, and refuses answers once closed', async () => {
    const afterVoting = (await create(fullSurvey())).survey;
    const afterClosing = (await create(fullSurvey({ resultsVisibility: 'AFTER_CLOSING' }))).survey;
    const staffOnly = (await create(fullSurvey({ resultsVisibility: 'STAFF_ONLY' }))).survey;
    const [q1, q2, q3, q4] = afterVoting.questions as Question[];

    // Bad answers: a typed error each, and nothing is stored.
    const bad = await answer(hanako, afterVoting.id, [
      { questionId: q1.id, optionIds: [q1.options[0].id, q1.options[1].id] },
      { questionId: q2.id, optionIds: [randomUUID()] },
      { questionId: q3.id, value: 6 },
      { questionId: q4.id, text: 'あ'.repeat(2001) },
      { questionId: randomUUID(), text: '?' },
    ]);
    expect(bad.errors.map((e: { code: string; field: string }) => `${e.code} ${e.field}`)).toEqual([
      'VALIDATION answers.0.optionIds',
      'VALIDATION answers.1.optionIds',
      'VALIDATION answers.2.value',
      'VALIDATION answers.3.text',
      'VALIDATION answers.4.questionId',
    ]);
    expect((await answer(hanako, afterVoting.id, [{ questionId: q3.id, value: 3 }])).errors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: 'answers' }),
    ]);
    expect(await stack.sql('SELECT 1 FROM content.survey_responses WHERE survey_id = $1', [afterVoting.id])).toEqual([]);

    // AFTER_VOTING: nothing before answering, the tallies after.
    expect((await read(hanako, afterVoting.id))?.results).toBeNull();
    expect((await read(admin, afterVoting.id))?.results?.responseCount).toBe(0);
    const first = await answer(hanako, afterVoting.id, [
      { questionId: q1.id, optionIds: [q1.options[0].id] },
      { questionId: q2.id, optionIds: [q2.options[2].id, q2.options[0].id] },
      { questionId: q3.id, value: 4 },
      { questionId: q4.id, text: '駅に近い会場がいいです' },
    ]);
    expect(first.errors).toEqual([]);
    expect(first.survey.viewerAnswer.answers[1].optionIds).toEqual([q2.options[0].id, q2.options[2].id]);
    await answer(sho, afterVoting.id, [
      { questionId: q1.id, optionIds: [q1.options[1].id] },
      { questionId: q3.id, value: 5 },
    ]);
    const results = (await read(hanako, afterVoting.id))!.results!;
    expect(results).toMatchObject({ responseCount: 2, closed: false });
    expect(results.questions.map((q) => q.options.map((o) => o.count))).toEqual([[1, 1, 0], [1, 0, 1], [], []]);
    expect((results.questions[2] as unknown as { mean: number; scale: { count: number }[] }).mean).toBe(4.5);
    // Free texts are for staff only, with who wrote them on a NAMED survey.
    expect((results.questions[3] as unknown as { freeTextAnswers: unknown }).freeTextAnswers).toBeNull();
    const staffView = (await read(admin, afterVoting.id))!.results!.questions[3] as unknown as { freeTextAnswers: unknown };
    expect(staffView.freeTextAnswers).toEqual([{ text: '駅に近い会場がいいです', member: { id: claimsOf(hanako).mid } }]);

    // Changing an answer moves the tallies, never counts twice.
    const changed = await answer(hanako, afterVoting.id, [{ questionId: q1.id, optionIds: [q1.options[2].id] }]);
    expect(changed.errors).toEqual([]);
    expect(changed.survey.results.responseCount).toBe(2);
    expect(changed.survey.results.questions[0].options.map((o: { count: number }) => o.count)).toEqual([0, 1, 1]);
    expect(changed.survey.results.questions[1].answerCount).toBe(0);
    expect(changed.survey.results.questions[2]).toMatchObject({ answerCount: 1, mean: 5 });
    expect(changed.survey.results.questions[3].freeTextAnswers).toBeNull();

    // Editing after the first answer is refused.
    const edit = (await gql(EDIT, { input: { survey: fullSurvey(), surveyId: afterVoting.id } }, admin)).data?.editSurvey;
    expect(edit.errors.map((e: { code: string }) => e.code)).toEqual(['SURVEY_ANSWERED']);

    // AFTER_CLOSING and STAFF_ONLY: an answer does not open them.
    const s1 = afterClosing.questions[0] as Question;
    expect((await answer(hanako, afterClosing.id, [{ questionId: s1.id, optionIds: [s1.options[0].id] }])).survey.results).toBeNull();
    const s2 = staffOnly.questions[0] as Question;
    expect((await answer(hanako, staffOnly.id, [{ questionId: s2.id, optionIds: [s2.options[0].id] }])).survey.results).toBeNull();
    expect((await read(admin, staffOnly.id))?.results?.responseCount).toBe(1);

    // Members may not close; staff may, once.
    expect((await gql(CLOSE, { input: { surveyId: afterClosing.id } }, hanako)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const closed = (await gql(CLOSE, { input: { surveyId: afterClosing.id } }, admin)).data?.closeSurvey;
    expect(closed.errors).toEqual([]);
    expect(closed.survey.closed).toBe(true);
    expect((await gql(CLOSE, { input: { surveyId: afterClosing.id } }, admin)).data?.closeSurvey.errors.map((e: { code: string }) => e.code)).toEqual([
      'SURVEY_CLOSED',
    ]);
    expect((await read(sho, afterClosing.id))?.results?.responseCount).toBe(1);
    const before = await stack.sql('SELECT answers, updated_at FROM content.survey_responses WHERE survey_id = $1', [afterClosing.id]);
    const late = await answer(hanako, afterClosing.id, [{ questionId: s1.id, optionIds: [s1.options[1].id] }]);
    expect(late).toEqual({ survey: null, errors: [expect.objectContaining({ code: 'SURVEY_CLOSED', field: 'surveyId' })] });
    expect(await stack.sql('SELECT answers, updated_at FROM content.survey_responses WHERE survey_id = $1', [afterClosing.id])).toEqual(before);
    expect((await read(admin, afterClosing.id))?.results?.responseCount).toBe(1);
    expect((await read(sho, staffOnly.id))?.results).toBeNull();

    // Deleting takes the feed item and the answers.
    expect((await gql(DELETE, { input: { surveyId: afterClosing.id } }, admin)).data?.deleteSurvey).toEqual({ deletedSurveyId: afterClosing.id, errors: [] });
    expect((await gql(ITEM, { id: afterClosing.id }, admin)).data?.feedItem).toBeNull();
    expect(await stack.sql('SELECT 1 FROM content.survey_responses WHERE survey_id = $1', [afterClosing.id])).toEqual([]);
  });

  it('counts 200 concurrent answers exactly', async () => {
    const survey = (await create(fullSurvey({ title: '同時投票' }))).survey;
    const [q1, , q3] = survey.questions as Question[];
    const voters = await Promise.all(Array.from({ length: 200 }, () => anotherMember()));
    const payloads = await Promise.all(
      voters.map((token, i) =>
        answer(token, survey.id, [
          { questionId: q1.id, optionIds: [q1.options[i % 3].id] },
          { questionId: q3.id, value: (i % 5) + 1 },
        ]),
      ),
    );
    expect(payloads.filter((p) => p?.errors.length !== 0)).toEqual([]);
    // A quarter of them change their minds at the same time as others answer again.
    await Promise.all(voters.slice(0, 50).map((token) => answer(token, survey.id, [{ questionId: q1.id, optionIds: [q1.options[0].id] }])));
    const results = (await read(admin, survey.id))!.results! as unknown as {
      responseCount: number;
      questions: { answerCount: number; options: { count: number }[]; scale: { count: number }[]; mean: number }[];
    };
    const expectedOptions = [0, 0, 0];
    for (let i = 0; i < 200; i++) expectedOptions[i < 50 ? 0 : i % 3]++;
    expect(results.responseCount).toBe(200);
    expect(results.questions[0].options.map((o) => o.count)).toEqual(expectedOptions);
    // The 50 who changed left the scale question unanswered.
    expect(results.questions[2].answerCount).toBe(150);
    expect(results.questions[2].scale.map((s) => s.count)).toEqual([30, 30, 30, 30, 30]);
    expect(results.questions[2].mean).toBe(3);
    expect(Number((await stack.sql('SELECT count(*) FROM content.survey_responses WHERE survey_id = $1', [survey.id]))[0].count)).toBe(200);
  });

  it('never tells who answered an anonymous survey: not in results, CSV or events; a named survey CSV names them', async () => {
    const anonymous = (await create(fullSurvey({ title: '匿名アンケート', anonymity: 'ANONYMOUS' }))).survey;
    const named = (await create(fullSurvey({ title: '記名アンケート' }))).survey;
    for (const survey of [anonymous, named]) {
      const [q1, q2, q3, q4] = survey.questions as Question[];
      await answer(hanako, survey.id, [
        { questionId: q1.id, optionIds: [q1.options[1].id] },
        { questionId: q2.id, optionIds: [q2.options[0].id, q2.options[1].id] },
        { questionId: q3.id, value: 2 },
        { questionId: q4.id, text: '=SUM(A1) "引用" と、改行\nあり' },
      ]);
      await answer(sho, survey.id, [{ questionId: q1.id, optionIds: [q1.options[0].id] }]);
    }
    const staffView = (await read(admin, anonymous.id))!.results!.questions[3] as unknown as { freeTextAnswers: unknown };
    expect(staffView.freeTextAnswers).toEqual([{ text: '=SUM(A1) "引用" と、改行\nあり', member: null }]);

    const anonymousCsv = await csv(anonymous.id, admin);
    expect(anonymousCsv.status).toBe(200);
    expect(anonymousCsv.headers.get('content-type')).toContain('text/csv');
    const anonymousText = Buffer.from(await anonymousCsv.arrayBuffer()).toString('utf8');
    expect(anonymousText).toBe(
      '\uFEFFどの季節がいいですか？,参加できる曜日,前回の満足度,ご意見\r\n' + `夏,土曜; 日曜,2,"'=SUM(A1) ""引用"" と、改行\nあり"\r\n` + '春,,,\r\n',
    );
    for (const token of [hanako, sho]) expect(anonymousText).not.toContain(claimsOf(token).mid);

    const namedText = Buffer.from(await (await csv(named.id, admin)).arrayBuffer()).toString('utf8');
    const lines = namedText.split('\r\n');
    expect(lines[0]).toBe('\uFEFFmemberId,displayName,answeredAt,どの季節がいいですか？,参加できる曜日,前回の満足度,ご意見');
    expect(lines[1].startsWith(`${claimsOf(hanako).mid},`)).toBe(true);
    expect(lines[1]).toContain(',夏,土曜; 日曜,2,');
    expect(lines[2].startsWith(`${claimsOf(sho).mid},`)).toBe(true);
    expect(lines[2].endsWith(',春,,,')).toBe(true);

    // The export is for staff: members get 403, no token 401, a malformed id 400.
    expect((await csv(named.id, hanako)).status).toBe(403);
    expect((await csv(named.id, pending)).status).toBe(403);
    expect((await csv(named.id)).status).toBe(401);
    const malformed = await csv('nope', admin);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ errors: [{ code: 'VALIDATION', field: 'surveyId', message: expect.any(String) }] });

    const answered = await stack.waitFor(async () => {
      const events = surveyEvents.events.filter((e) => e.type === 'kizuna.content.survey.answered.v1');
      const mine = events.filter((e) => e.subject === anonymous.id || e.subject === named.id);
      return mine.length === 4 ? mine : undefined;
    });
    for (const event of answered.filter((e) => e.subject === anonymous.id)) {
      expect(event.data).not.toHaveProperty('membershipId');
      for (const token of [hanako, sho]) expect(JSON.stringify(event)).not.toContain(claimsOf(token).mid);
      expect(JSON.stringify(event)).not.toContain('SUM(A1)');
    }
    expect(answered.filter((e) => e.subject === named.id).map((e) => (e.data as { membershipId: string }).membershipId)).toEqual([
      claimsOf(hanako).mid,
      claimsOf(sho).mid,
    ]);
    expect((answered.at(-1)!.data as { responseCount: number }).responseCount).toBe(2);
  });

  it('closes a survey at its closing time by itself and publishes SurveyClosed once', async () => {
    const survey = (await create(fullSurvey({ title: 'すぐ締切', closesAt: new Date(Date.now() + 1500).toISOString() }))).survey;
    const q1 = survey.questions[0] as Question;
    expect((await answer(hanako, survey.id, [{ questionId: q1.id, optionIds: [q1.options[2].id] }])).errors).toEqual([]);
    const closed = await stack.waitFor(async () => (await stack.sql('SELECT closed_at FROM content.surveys WHERE id = $1', [survey.id]))[0].closed_at, 10_000);
    expect(closed).toBeTruthy();
    const event = await stack.waitFor(async () => surveyEvents.events.find((e) => e.type === 'kizuna.content.survey.closed.v1' && e.subject === survey.id));
    expect(event.data).toMatchObject({ surveyId: survey.id, early: false, responseCount: 1, results: { closed: true } });
    // Several more rounds of the check pass without a second event.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(surveyEvents.events.filter((e) => e.type === 'kizuna.content.survey.closed.v1' && e.subject === survey.id)).toHaveLength(1);
    expect((await answer(sho, survey.id, [{ questionId: q1.id, optionIds: [q1.options[0].id] }])).errors.map((e: { code: string }) => e.code)).toEqual([
      'SURVEY_CLOSED',
    ]);
  });

  it('hands a member their own answers in their data download and erases them with the account, the tallies following', async () => {
    const leaver = await stack.register({ email: 'survey.leaver@example.jp', displayName: '退会 花子' });
    const approve = 'mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { errors { code } } }';
    await stack.graphql(stack.serviceUrl('identity'), approve, { input: { memberId: leaver.memberId } }, admin);
    const token = await stack.signIn('survey.leaver@example.jp', 'correct-horse-battery');
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM content.account_memberships WHERE account_id = $1', [claimsOf(token).sub])).length === 1);
    const survey = (await create(fullSurvey({ title: '退会前のアンケート', anonymity: 'ANONYMOUS' }))).survey;
    const q1 = survey.questions[0] as Question;
    expect((await answer(token, survey.id, [{ questionId: q1.id, optionIds: [q1.options[1].id] }])).errors).toEqual([]);
    await answer(hanako, survey.id, [{ questionId: q1.id, optionIds: [q1.options[1].id] }]);

    const mine = (await stack.graphql(url, PERSONAL_DATA, { reps: [{ __typename: 'PersonalData', accountId: claimsOf(token).sub }] }, token)).data?._entities[0]
      .content;
    expect(mine.surveyAnswers).toEqual([
      expect.objectContaining({ surveyId: survey.id, surveyTitle: '退会前のアンケート', answers: [{ questionId: q1.id, optionIds: [q1.options[1].id] }] }),
    ]);

    const deleted = await stack.graphql(
      stack.serviceUrl('identity'),
      DELETE_ACCOUNT,
      { input: { password: 'correct-horse-battery', confirmation: 'DELETE' } },
      token,
    );
    expect(deleted.data?.deleteMyAccount).toEqual({ deleted: true, errors: [] });
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM content.survey_responses WHERE membership_id = $1', [leaver.memberId])).length === 0);
    const results = (await read(admin, survey.id))!.results!;
    expect(results.responseCount).toBe(1);
    expect(results.questions[0].options.map((o) => o.count)).toEqual([0, 1, 0]);
  });
});
