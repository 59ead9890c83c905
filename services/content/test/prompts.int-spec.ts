import { randomUUID } from 'node:crypto';
import { createServiceDataSource } from '@kizuna/data';
import { Outbox } from '@kizuna/events';
import { createLogger } from '@kizuna/subgraph';
import { claimsOf, startStack, type EventCollector, type Stack } from '@kizuna/testing';
import type { DataSource } from 'typeorm';
import { FeedService } from '../src/feed/feed.service';
import { PromptScheduler } from '../src/prompts/prompt-scheduler';

const FIELDS = `id hashtag title body rrule timeZone startsAt audience segmentId active lastOccurrenceAt nextOccurrences(count: 2)`;
const CREATE = `mutation($input: CreatePostingPromptInput!) { createPostingPrompt(input: $input) { prompt { ${FIELDS} } errors { code field message } } }`;
const EDIT = `mutation($input: EditPostingPromptInput!) { editPostingPrompt(input: $input) { prompt { ${FIELDS} } errors { code field message } } }`;
const PAUSE = `mutation($input: PostingPromptInput!) { pausePostingPrompt(input: $input) { prompt { id active } errors { code field message } } }`;
const RESUME = `mutation($input: PostingPromptInput!) { resumePostingPrompt(input: $input) { prompt { id active nextOccurrences(count: 1) } errors { code field message } } }`;
const DELETE = `mutation($input: PostingPromptInput!) { deletePostingPrompt(input: $input) { deletedPromptId errors { code field message } } }`;
const LIST = `{ postingPrompts { id } }`;
const ONE = `query($id: ID!) { postingPrompt(id: $id) { ${FIELDS} } }`;
const PREVIEW = `query($input: PostingPromptScheduleInput!) { postingPromptSchedulePreview(input: $input, count: 3) { occurrences errors { code field } } }`;
const FEED = `{ feed(first: 50) { edges { node { id kind title excerpt linkPath publishedAt audience prompt { hashtag title body occurrenceAt } } } } }`;
const HASHTAG = `query($tag: String!) { hashtag(tag: $tag) { edges { node { id post { body } } } } }`;
const POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { code } } }`;

interface FeedNode {
  id: string;
  kind: string;
  title: string;
  excerpt: string;
  linkPath: string | null;
  publishedAt: string;
  audience: string;
  prompt: { hashtag: string; title: string; body: string; occurrenceAt: string } | null;
}

/** A start a few seconds ahead, on a whole second (RRULE times have no milliseconds). */
const secondsAhead = (seconds: number) => new Date(Math.ceil((Date.now() + seconds * 1000) / 1000) * 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('content: posting prompts', () => {
  let stack: Stack;
  let url: string;
  let admin: string;
  let staff: string;
  let member: string;
  let pending: string;
  let corpAdmin: string;
  let posted: EventCollector;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.graphql(url, query, variables, token);
  const create = async (input: Record<string, unknown>, token = admin) => (await gql(CREATE, { input }, token)).data?.createPostingPrompt;
  const feedOf = async (token: string): Promise<FeedNode[]> =>
    ((await gql(FEED, {}, token)).data?.feed.edges ?? []).map((edge: { node: FeedNode }) => edge.node);
  const promptItems = async (token: string, title: string) => (await feedOf(token)).filter((node) => node.kind === 'PROMPT' && node.title === title);
  const promptCount = async () => Number((await stack.sql(`SELECT count(*) AS n FROM content.posting_prompts`))[0].n);
  const itemsOf = async (promptId: string) =>
    stack.sql<{ feed_item_id: string; occurrence_at: Date }>(`SELECT feed_item_id, occurrence_at FROM content.prompt_occurrences WHERE prompt_id = $1`, [
      promptId,
    ]);

  beforeAll(async () => {
    stack = await startStack({ services: ['identity', 'content'], seed: 'demo', serviceEnv: { content: { CONTENT_PROMPT_TICK_MS: '300' } } });
    url = stack.serviceUrl('content');
    admin = await stack.signInAdmin();
    staff = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    member = await stack.signIn('hanako.sato@demo.kizuna.dev', stack.demo.memberPassword);
    corpAdmin = await stack.signInAdmin('otherNetwork');
    pending = (await stack.register({ email: 'prompt.applicant@example.jp', displayName: '申請 三郎' })).token;
    posted = await stack.collectEvents('kizuna.content.prompt');
  });
  afterAll(async () => {
    await posted?.stop();
    await stack?.stop();
  });

  it('refuses bad hashtags, rules, zones, titles and texts with typed errors, and stores nothing', async () => {
    const valid = {
      hashtag: '#なんでもOKデー',
      title: 'なんでもOKデー',
      body: '今週のこと、なんでもどうぞ',
      rrule: 'FREQ=WEEKLY;BYDAY=FR;BYHOUR=12;BYMINUTE=0',
      timeZone: 'Asia/Tokyo',
    };
    const before = await promptCount();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ rrule: 'every friday at noon' }, 'VALIDATION', 'rrule'],
      [{ rrule: 'FREQ=MINUTELY;INTERVAL=15' }, 'VALIDATION', 'rrule'],
      [{ rrule: 'FREQ=DAILY;BYHOUR=12;BYMINUTE=0,20,40' }, 'VALIDATION', 'rrule'],
      [{ rrule: 'FREQ=DAILY;UNTIL=20200101T000000Z' }, 'VALIDATION', 'rrule'],
      [{ timeZone: 'Asia/Atlantis' }, 'VALIDATION', 'timeZone'],
      [{ hashtag: 'two words' }, 'VALIDATION', 'hashtag'],
      [{ hashtag: '#' }, 'VALIDATION', 'hashtag'],
      [{ hashtag: 'a'.repeat(51) }, 'LIMIT_EXCEEDED', 'hashtag'],
      [{ title: '   ' }, 'VALIDATION', 'title'],
      [{ title: 'あ'.repeat(201) }, 'LIMIT_EXCEEDED', 'title'],
      [{ body: 'あ'.repeat(1001) }, 'LIMIT_EXCEEDED', 'body'],
      [{ audience: 'SEGMENT' }, 'VALIDATION', 'segmentId'],
    ];
    for (const [change, code, field] of cases) {
      const payload = await create({ ...valid, ...change });
      expect({ change, prompt: payload.prompt, errors: payload.errors.map((e: { code: string; field: string }) => [e.code, e.field]) }).toEqual({
        change,
        prompt: null,
        errors: [[code, field]],
      });
    }
    expect(await promptCount()).toBe(before);

    // The form's preview answers the same errors, and the occurrences of a good rule in its zone.
    const preview = (await gql(PREVIEW, { input: { rrule: 'FREQ=HOURLY;INTERVAL=1;BYMINUTE=0,30', timeZone: 'Asia/Tokyo' } }, admin)).data;
    expect(preview?.postingPromptSchedulePreview).toEqual({ occurrences: [], errors: [{ code: 'VALIDATION', field: 'rrule' }] });
    const good = (
      await gql(PREVIEW, { input: { ...valid, startsAt: '2026-01-01T00:00:00+09:00', hashtag: undefined, title: undefined, body: undefined } }, admin)
    ).data?.postingPromptSchedulePreview;
    expect(good.errors).toEqual([]);
    expect(good.occurrences).toHaveLength(3);
    for (const at of good.occurrences as string[]) {
      const tokyo = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false }).format(
        new Date(at),
      );
      expect(tokyo).toBe('Fri 12:00');
    }

    // An edit with a bad rule changes nothing either.
    const saved = (await create(valid)).prompt;
    const edited = (await gql(EDIT, { input: { promptId: saved.id, rrule: 'FREQ=SECONDLY', title: '変えた' } }, admin)).data?.editPostingPrompt;
    expect(edited).toEqual({ prompt: null, errors: [expect.objectContaining({ code: 'VALIDATION', field: 'rrule' })] });
    expect((await gql(ONE, { id: saved.id }, admin)).data?.postingPrompt).toEqual(saved);
    expect(saved).toMatchObject({ hashtag: 'なんでもOKデー', audience: 'NETWORK', active: true, segmentId: null, lastOccurrenceAt: null });
  });

  it('lets only MANAGE_CONTENT staff manage prompts; members, applicants and another network get nothing and change nothing', async () => {
    const byStaff = await create({ hashtag: 'staffpick', title: 'Staff pick', rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', timeZone: 'Asia/Tokyo' }, staff);
    expect(byStaff.errors).toEqual([]);
    const id = byStaff.prompt.id;
    const before = await stack.sql(`SELECT * FROM content.posting_prompts WHERE id = $1`, [id]);

    for (const token of [member, pending]) {
      for (const [query, variables] of [
        [LIST, {}],
        [ONE, { id }],
        [CREATE, { input: { hashtag: 'x', title: 'x', rrule: 'FREQ=DAILY', timeZone: 'Asia/Tokyo' } }],
        [EDIT, { input: { promptId: id, title: 'taken' } }],
        [PAUSE, { input: { promptId: id } }],
        [DELETE, { input: { promptId: id } }],
      ] as const) {
        const result = await gql(query, variables, token);
        const answered = Object.values(result.data ?? {}).filter((value) => value !== null);
        expect({ query, code: result.errors?.[0].extensions?.code, answered }).toEqual({ query, code: 'FORBIDDEN', answered: [] });
      }
    }
    // Another network's id behaves as an unknown id.
    expect((await gql(ONE, { id }, corpAdmin)).data?.postingPrompt).toBeNull();
    expect((await gql(LIST, {}, corpAdmin)).data?.postingPrompts.map((p: { id: string }) => p.id)).not.toContain(id);
    expect((await gql(EDIT, { input: { promptId: id, title: 'taken' } }, corpAdmin)).data?.editPostingPrompt.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'promptId' }),
    ]);
    expect((await gql(PAUSE, { input: { promptId: id } }, corpAdmin)).data?.pausePostingPrompt.errors[0].code).toBe('NOT_FOUND');
    expect((await gql(DELETE, { input: { promptId: id } }, corpAdmin)).data?.deletePostingPrompt.errors[0].code).toBe('NOT_FOUND');
    expect((await gql(DELETE, { input: { promptId: 'not-an-id' } }, admin)).data?.deletePostingPrompt.errors[0].code).toBe('NOT_FOUND');
    expect(await stack.sql(`SELECT * FROM content.posting_prompts WHERE id = $1`, [id])).toEqual(before);
    expect((await gql(LIST, {}, admin)).data?.postingPrompts.map((p: { id: string }) => p.id)).toContain(id);
  });

  it('publishes an occurrence into the feed on schedule, exactly once, and members answer under its hashtag', async () => {
    const startsAt = secondsAhead(3);
    const created = await create({
      hashtag: '＃なんでもＯＫデー',
      title: 'なんでもOKデー: share anything',
      body: '今週あったこと、なんでも書いてください。',
      rrule: 'FREQ=HOURLY',
      timeZone: 'Asia/Tokyo',
      startsAt: startsAt.toISOString(),
    });
    expect(created.errors).toEqual([]);
    const prompt = created.prompt;
    expect(prompt.nextOccurrences).toEqual([startsAt.toISOString(), new Date(startsAt.getTime() + 3_600_000).toISOString()]);
    expect(await promptItems(member, prompt.title)).toEqual([]);

    const [item] = await stack.waitFor(async () => {
      const items = await promptItems(member, prompt.title);
      return items.length > 0 && items;
    }, 15_000);
    expect(Date.now()).toBeGreaterThanOrEqual(startsAt.getTime());
    expect(item).toEqual({
      id: expect.any(String),
      kind: 'PROMPT',
      title: 'なんでもOKデー: share anything',
      excerpt: '今週あったこと、なんでも書いてください。',
      linkPath: `/hashtags/${encodeURIComponent('なんでもokデー')}`,
      publishedAt: startsAt.toISOString(),
      audience: 'NETWORK',
      prompt: { hashtag: 'なんでもＯＫデー', title: prompt.title, body: prompt.body, occurrenceAt: startsAt.toISOString() },
    });
    await sleep(1500);
    expect(await promptItems(member, prompt.title)).toHaveLength(1);
    const events = await stack.waitFor(async () => {
      const found = posted.events.filter((event) => (event.data as { promptId: string }).promptId === prompt.id);
      return found.length > 0 && found;
    });
    expect(events.map((event) => event.data)).toEqual([
      { promptId: prompt.id, networkId: claimsOf(admin).nid, feedItemId: item.id, hashtag: 'なんでもokデー', occurrenceAt: startsAt.toISOString() },
    ]);
    const after = (await gql(ONE, { id: prompt.id }, admin)).data?.postingPrompt;
    expect(after.lastOccurrenceAt).toBe(startsAt.toISOString());
    expect(after.nextOccurrences[0]).toBe(new Date(startsAt.getTime() + 3_600_000).toISOString());
    expect((await feedOf(corpAdmin)).map((node) => node.id)).not.toContain(item.id);

    // A member answers under the hashtag, in any width or case; the hashtag page lists the answer.
    const answer = (await gql(POST, { input: { body: '#なんでもOKデー 週末は京都に行きました' } }, member)).data?.createPost;
    expect(answer.errors).toEqual([]);
    const listed = (await gql(HASHTAG, { tag: item.prompt!.hashtag }, member)).data?.hashtag.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(listed).toContain(answer.post.id);

    // Deleting the prompt leaves the occurrence (and the conversation under it) in the feed.
    expect((await gql(DELETE, { input: { promptId: prompt.id } }, admin)).data?.deletePostingPrompt).toEqual({ deletedPromptId: prompt.id, errors: [] });
    expect((await gql(ONE, { id: prompt.id }, admin)).data?.postingPrompt).toBeNull();
    expect(await promptItems(member, prompt.title)).toEqual([item]);
  });

  it('publishes nothing while paused, and after downtime only the latest missed occurrence', async () => {
    const startsAt = secondsAhead(2);
    const created = await create({
      hashtag: 'paused',
      title: 'Paused prompt',
      rrule: 'FREQ=HOURLY',
      timeZone: 'Europe/Berlin',
      startsAt: startsAt.toISOString(),
    });
    expect((await gql(PAUSE, { input: { promptId: created.prompt.id } }, admin)).data?.pausePostingPrompt).toEqual({
      prompt: { id: created.prompt.id, active: false },
      errors: [],
    });
    await sleep(startsAt.getTime() - Date.now() + 1500);
    expect(await itemsOf(created.prompt.id)).toEqual([]);
    // Resuming starts from the next occurrence to come; the one missed while paused stays out.
    const resumed = (await gql(RESUME, { input: { promptId: created.prompt.id } }, admin)).data?.resumePostingPrompt;
    expect(resumed).toEqual({
      prompt: { id: created.prompt.id, active: true, nextOccurrences: [new Date(startsAt.getTime() + 3_600_000).toISOString()] },
      errors: [],
    });
    await sleep(1000);
    expect(await itemsOf(created.prompt.id)).toEqual([]);

    // The service was down for five hours: the occurrences of those hours come due at once, but only the latest is published.
    const hour = 3_600_000;
    const downtime = await create({
      hashtag: 'downtime',
      title: 'After downtime',
      rrule: 'FREQ=HOURLY',
      timeZone: 'Asia/Tokyo',
      startsAt: secondsAhead(3600).toISOString(),
    });
    const origin = new Date(Math.floor(Date.now() / 1000) * 1000 - 10 * hour + 500_000);
    await stack.sql(`UPDATE content.posting_prompts SET starts_at = $2, handled_through = $3, next_due_at = $4 WHERE id = $1`, [
      downtime.prompt.id,
      origin,
      new Date(origin.getTime() + 4.5 * hour),
      new Date(origin.getTime() + 5 * hour),
    ]);
    const occurrences = await stack.waitFor(async () => {
      const rows = await itemsOf(downtime.prompt.id);
      return rows.length > 0 && rows;
    }, 10_000);
    await sleep(1000);
    expect((await itemsOf(downtime.prompt.id)).map((row) => row.occurrence_at.toISOString())).toEqual(
      occurrences.map((row) => row.occurrence_at.toISOString()),
    );
    expect(occurrences).toHaveLength(1);
    expect(occurrences[0].occurrence_at.getTime()).toBe(origin.getTime() + 9 * hour);
  });

  it('publishes an occurrence once when several schedulers tick at the same time', async () => {
    const dataSources: DataSource[] = [];
    try {
      const schedulers = [0, 1, 2].map(() => {
        const dataSource = createServiceDataSource({ schema: 'content', databaseUrl: stack.databaseUrl, entities: [], migrations: [], poolSize: 4 });
        dataSources.push(dataSource);
        const outbox = new Outbox('content', stack.topicPrefix);
        return new PromptScheduler(dataSource, outbox, new FeedService(dataSource, outbox), createLogger('test', 'silent'), {
          tickMs: 10,
        });
      });
      await Promise.all(dataSources.map((dataSource) => dataSource.initialize()));
      const startsAt = secondsAhead(2);
      const created = await create({ hashtag: 'race', title: 'Raced prompt', rrule: 'FREQ=HOURLY', timeZone: 'Asia/Tokyo', startsAt: startsAt.toISOString() });
      // These instances and the service's own all tick around the occurrence.
      const until = startsAt.getTime() + 1500;
      let publishedHere = 0;
      while (Date.now() < until) publishedHere += (await Promise.all(schedulers.map((scheduler) => scheduler.tick()))).reduce((a, b) => a + b, 0);
      await sleep(600);
      const rows = await itemsOf(created.prompt.id);
      expect(rows).toHaveLength(1);
      expect(rows[0].occurrence_at.toISOString()).toBe(startsAt.toISOString());
      expect(publishedHere).toBeLessThanOrEqual(1);
      expect(await stack.sql(`SELECT id FROM content.feed_items WHERE source_key LIKE $1`, [`content.prompt:${created.prompt.id}:%`])).toHaveLength(1);
      await stack.waitFor(() => Promise.resolve(posted.events.some((event) => (event.data as { promptId: string }).promptId === created.prompt.id)));
      await sleep(500);
      expect(posted.events.filter((event) => (event.data as { promptId: string }).promptId === created.prompt.id)).toHaveLength(1);
    } finally {
      await Promise.all(dataSources.filter((dataSource) => dataSource.isInitialized).map((dataSource) => dataSource.destroy()));
    }
  });

  it("shows a SEGMENT prompt to staff and the segment's members only", async () => {
    const segmentId = randomUUID();
    const startsAt = secondsAhead(2);
    const created = await create({
      hashtag: 'kansai',
      title: '関西の皆さんへ',
      rrule: 'FREQ=WEEKLY',
      timeZone: 'Asia/Tokyo',
      startsAt: startsAt.toISOString(),
      audience: 'SEGMENT',
      segmentId,
    });
    expect(created.prompt).toMatchObject({ audience: 'SEGMENT', segmentId });
    const [item] = await stack.waitFor(async () => {
      const items = await promptItems(admin, '関西の皆さんへ');
      return items.length > 0 && items;
    }, 10_000);
    expect(item.audience).toBe('SEGMENT');
    // The member is in no segment here (the directory is not even running): the item is not theirs.
    expect(await promptItems(member, '関西の皆さんへ')).toEqual([]);
    expect((await gql(`query($id: ID!) { feedItem(id: $id) { id } }`, { id: item.id }, member)).data?.feedItem).toBeNull();
  });
});
