/**
 * The feed at 10,000 members and 100,000 items, through the gateway: `npm run bench:feed`.
 *
 * Starts the whole system with the test harness (demo seed) on a throw-away database, then inserts
 * BENCH_MEMBERS (default 10,000) approved members and BENCH_ITEMS (default 100,000) feed items into
 * the demo network in bulk with SQL (not through the API): posts (with their post rows), new members,
 * new jobs and new rooms over the last year, a few for staff or a segment, with like and comment
 * counts; then VACUUM ANALYZE. Members get access tokens signed with identity's key (as identity
 * would issue them), so every request is a distinct, real member.
 *
 * Measured through the gateway's `POST /graphql`, one request at a time:
 *  1. the first page of the feed (20 items with what the home page shows), BENCH_RUNS times (default
 *     300), rotating through 50 members;
 *  2. next pages, following `endCursor` from the first page down to page 10 and starting again, BENCH_RUNS times;
 * then live: BENCH_SUBSCRIBERS (default 1,000) members open `feedItemAdded` over graphql-ws through
 * the gateway and the admin posts BENCH_LIVE_POSTS (20) times, one every 500 ms (latency = receipt −
 * start of the posting request; lost = deliveries that never came);
 * then likes: BENCH_LIKES_PER_SECOND (default 500) `likeFeedItem` calls per second on one post for
 * BENCH_LIKE_SECONDS (default 20), each by a different member; the post's final `reactionCount` must
 * equal the likes sent; meanwhile BENCH_COUNT_WATCHERS (100) members watch its `feedItemCounts`
 * (latency = receipt of a count − start of the like whose answer carried that count; counts are
 * coalesced to the newest a few times a second, so lost = watchers who never saw the final count).
 *
 * Prints a table, then as the last line one JSON object (times in ms):
 *   {"members","items","firstPage":{"p50","p95","p99"},"nextPages":{…},"likes":{"sent","ok","finalCount","exact","achievedPerSecond","p50","p95","p99"},
 *    "livePosts":{"subscribers","expected","received","lost","p50","p95","p99"},"liveCounts":{"watchers","received","finalOnScreen","lost",…},"goals":{…}}
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { claimsOf, startStack, tokenWithClaims, type Stack } from '@kizuna/testing';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const LIKES_PER_SECOND = Number(process.env.BENCH_LIKES_PER_SECOND ?? 500);
const LIKE_SECONDS = Number(process.env.BENCH_LIKE_SECONDS ?? 20);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const LIVE_POSTS = Number(process.env.BENCH_LIVE_POSTS ?? 20);
const COUNT_WATCHERS = Number(process.env.BENCH_COUNT_WATCHERS ?? 100);
const PAGE_DEPTH = 10;
const READERS = 50;
/** The figures asked of the feed (p95, ms). */
const GOAL_P95_MS = 50;
/** A new post in the open feeds, and a like's count on screen (p99, ms). */
const GOAL_LIVE_P99_MS = 1000;

const FEED = `query Feed($after: String) {
  feed(first: 20, after: $after) {
    edges { cursor node { id kind title excerpt linkPath publishedAt pinned reactionCount commentCount viewerLiked actor { id } subject { typename id }
      post { id body hashtags links editedAt mentions { id } images { id url(size: SMALL) width height alt } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const LIKE = `mutation Like($input: FeedItemInput!) { likeFeedItem(input: $input) { feedItem { id reactionCount } errors { code } } }`;
const CREATE = `mutation Post($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { code } } }`;
const ITEM = `query Item($id: ID!) { feedItem(id: $id) { reactionCount } }`;
const FEED_ITEM_ADDED = `subscription { feedItemAdded { id kind excerpt publishedAt reactionCount commentCount viewerLiked actor { id } post { id body hashtags } } }`;
const COUNTS = `subscription($ids: [ID!]!) { feedItemCounts(feedItemIds: $ids) { feedItemId reactionCount commentCount } }`;

type Latencies = { p50: number; p95: number; p99: number };

function percentiles(values: number[]): Latencies {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gatewayRequest(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ ms: number; body: any }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const ms = performance.now() - started;
  if (!response.ok || body.errors) throw new Error(`gateway answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return { ms, body };
}

/** Members and items straight into content's tables, as if years of use had made them. */
/** One graphql-ws connection per token, each subscribed to `query`; resolves once every connection is acknowledged. */
async function openSubscriptions(
  httpUrl: string,
  tokens: string[],
  query: string,
  variables: Record<string, unknown>,
  onData: (index: number, data: Record<string, unknown>, at: number) => void,
): Promise<{ clients: Client[]; errors: string[] }> {
  const errors: string[] = [];
  const url = httpUrl.replace(/^http/, 'ws');
  const clients = await Promise.all(
    tokens.map(
      (token, index) =>
        new Promise<Client>((resolve) => {
          const client = createClient({
            url,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${token}` },
            lazy: false,
            retryAttempts: 0,
            on: { connected: () => resolve(client), error: () => resolve(client) },
          });
          client.subscribe(
            { query, variables },
            {
              next: (result) => {
                const at = performance.now();
                if (result.data) onData(index, result.data, at);
                else errors.push(JSON.stringify(result.errors).slice(0, 200));
              },
              error: (error) => errors.push(String((error as Error).message ?? JSON.stringify(error)).slice(0, 200)),
              complete: () => undefined,
            },
          );
        }),
    ),
  );
  // The subscribe messages follow the acknowledgements, and each is checked with content before it is filed.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  return { clients, errors };
}

async function seed(stack: Stack, networkId: string): Promise<string[]> {
  const members = Array.from({ length: MEMBERS }, () => randomUUID());
  for (let start = 0; start < members.length; start += 5000) {
    await stack.sql(
      `INSERT INTO content.members (membership_id, network_id, status, display_name) SELECT id, $1, 'approved', 'bench ' || ord FROM unnest($2::uuid[]) WITH ORDINALITY AS m(id, ord)`,
      [networkId, members.slice(start, start + 5000)],
    );
  }
  for (let start = 0; start < ITEMS; start += 20_000) {
    const end = Math.min(ITEMS, start + 20_000);
    await stack.sql(
      `WITH numbered AS (
         SELECT n, gen_random_uuid() AS id, ($2::uuid[])[1 + (n * 7919) % array_length($2::uuid[], 1)] AS actor,
           CASE WHEN n % 20 < 14 THEN 'POST' WHEN n % 20 < 17 THEN 'NEW_MEMBER' WHEN n % 20 < 19 THEN 'JOB_CHANGE' ELSE 'NEW_ROOM' END AS kind
         FROM generate_series($3::int, $4::int) AS n)
       INSERT INTO content.feed_items (id, network_id, source_key, kind, actor_membership_id, title, excerpt, link_path, subject_typename, subject_id,
         audience, segment_id, published_at, reaction_count, comment_count)
       SELECT id, $1, 'bench:' || n, kind, actor,
         CASE WHEN kind = 'POST' THEN '' ELSE 'ベンチ 太郎 ' || n END,
         CASE WHEN kind = 'POST' THEN '今日は #なんでもOKデー です。ベンチマークの投稿 ' || n ELSE 'エンジニア · 絆テック' END,
         CASE WHEN kind = 'POST' THEN NULL ELSE '/members/' || actor END,
         CASE WHEN kind = 'POST' THEN 'Post' ELSE 'Member' END, CASE WHEN kind = 'POST' THEN id::text ELSE actor::text END,
         CASE WHEN n % 50 = 0 THEN 'staff' WHEN n % 50 = 1 THEN 'segment' ELSE 'network' END,
         CASE WHEN n % 50 = 1 THEN '00000000-0000-4000-8000-00000000bec4'::uuid END,
         now() - make_interval(secs => n * 300), n % 37, n % 11
       FROM numbered`,
      [networkId, members, start, end - 1],
    );
  }
  await stack.sql(
    `INSERT INTO content.posts (id, network_id, author_membership_id, body, hashtags, created_at)
     SELECT id, network_id, actor_membership_id, excerpt, ARRAY['なんでもokデー'], published_at FROM content.feed_items WHERE kind = 'POST' AND source_key LIKE 'bench:%'`,
  );
  await stack.sql('VACUUM ANALYZE content.feed_items');
  await stack.sql('VACUUM ANALYZE content.posts');
  await stack.sql('VACUUM ANALYZE content.members');
  return members;
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn'; // a log line per request would measure the disk
  process.env.RATE_LIMIT_MEMBER ??= '1000000/1m'; // the gateway's per-member limit would otherwise be what is measured
  const stack = await startStack({ seed: 'demo' });
  const url = stack.gatewayUrl!;
  let result: Record<string, unknown>;
  try {
    const admin = await stack.signInAdmin();
    const taro = await stack.signIn('taro.yamada@demo.kizuna.dev', stack.demo.memberPassword);
    const networkId = claimsOf(admin).nid;
    await stack.waitFor(
      async () => (await stack.sql(`SELECT 1 FROM content.members WHERE membership_id = $1 AND status = 'approved'`, [claimsOf(admin).mid])).length > 0,
    );

    let started = performance.now();
    const members = await seed(stack, networkId);
    const seedSeconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(`seeded ${MEMBERS} members and ${ITEMS} feed items in ${seedSeconds} s`);

    started = performance.now();
    const tokens: string[] = [];
    for (const mid of members) tokens.push(await tokenWithClaims(stack, taro, { sub: randomUUID(), mid }));
    console.log(`signed ${tokens.length} member tokens in ${Math.round(performance.now() - started)} ms`);
    const readers = tokens.slice(0, READERS);

    // Warm-up: every reader once (their segment lists, the plans, the caches a running system has).
    for (const token of readers) await gatewayRequest(url, token, FEED, {});

    const first: number[] = [];
    for (let run = 0; run < RUNS; run++) first.push((await gatewayRequest(url, readers[run % READERS], FEED, {})).ms);

    const next: number[] = [];
    let after: string | null = null;
    let depth = 0;
    let reader = 0;
    while (next.length < RUNS) {
      const token = readers[reader % READERS];
      if (after === null || depth >= PAGE_DEPTH) {
        after = (await gatewayRequest(url, token, FEED, {})).body.data.feed.pageInfo.endCursor;
        depth = 1;
        reader += 1;
        continue;
      }
      const page = await gatewayRequest(url, token, FEED, { after });
      next.push(page.ms);
      after = page.body.data.feed.pageInfo.hasNextPage ? page.body.data.feed.pageInfo.endCursor : null;
      depth += 1;
    }

    // Live: SUBSCRIBERS members have the feed open (feedItemAdded); the admin posts LIVE_POSTS times, one every 500 ms.
    const arrivals = new Map<string, number[]>();
    const feeds = await openSubscriptions(url, tokens.slice(0, SUBSCRIBERS), FEED_ITEM_ADDED, {}, (_, data, at) => {
      const id = (data.feedItemAdded as { id: string }).id;
      arrivals.set(id, [...(arrivals.get(id) ?? []), at]);
    });
    const postStarts = new Map<string, number>();
    for (let i = 0; i < LIVE_POSTS; i++) {
      const startedAt = performance.now();
      const posted = await gatewayRequest(url, admin, CREATE, { input: { body: `ライブのベンチマーク ${i} #bench` } });
      postStarts.set(posted.body.data.createPost.post.id, startedAt);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 500 - (performance.now() - startedAt))));
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const postLatencies = [...postStarts].flatMap(([id, startedAt]) => (arrivals.get(id) ?? []).map((at) => at - startedAt));
    const livePosts = {
      subscribers: feeds.clients.length,
      posts: LIVE_POSTS,
      expected: feeds.clients.length * LIVE_POSTS,
      received: postLatencies.length,
      lost: feeds.clients.length * LIVE_POSTS - postLatencies.length,
      subscriptionErrors: feeds.errors.length,
      ...percentiles(postLatencies),
    };
    await Promise.all(feeds.clients.map(async (client) => client.dispose()));

    // Likes: one post, LIKES_PER_SECOND requests a second, each by a member who has not liked it yet;
    // COUNT_WATCHERS members have it on screen (feedItemCounts) and see each count as it changes.
    const postId: string = (await gatewayRequest(url, admin, CREATE, { input: { body: 'いいねのベンチマーク #bench' } })).body.data.createPost.post.id;
    const countArrivals: { count: number; at: number }[] = [];
    /** The highest count each watcher has seen: at the end, everyone must have seen the final one. */
    const seenByWatcher = new Map<number, number>();
    const watchers = await openSubscriptions(url, tokens.slice(tokens.length - COUNT_WATCHERS), COUNTS, { ids: [postId] }, (index, data, at) => {
      const count = (data.feedItemCounts as { reactionCount: number }).reactionCount;
      countArrivals.push({ count, at });
      seenByWatcher.set(index, Math.max(seenByWatcher.get(index) ?? 0, count));
    });
    /** When the like that made each count was sent (the count its answer carried). */
    const likeStartByCount = new Map<number, number>();
    const planned = Math.min(tokens.length, LIKES_PER_SECOND * LIKE_SECONDS);
    const likeTimes: number[] = [];
    let likesOk = 0;
    let likeErrors = 0;
    const likeErrorReasons = new Map<string, number>();
    const noteError = (reason: string) => {
      likeErrors += 1;
      likeErrorReasons.set(reason, (likeErrorReasons.get(reason) ?? 0) + 1);
    };
    const inFlight: Promise<void>[] = [];
    const likesStarted = performance.now();
    const tickMs = 10;
    const perTick = (LIKES_PER_SECOND * tickMs) / 1000;
    let sent = 0;
    for (let tick = 0; sent < planned; tick++) {
      const due = Math.min(planned, Math.round((tick + 1) * perTick));
      for (; sent < due; sent++) {
        const token = tokens[sent];
        const likeStartedAt = performance.now();
        inFlight.push(
          gatewayRequest(url, token, LIKE, { input: { feedItemId: postId } })
            .then(({ ms, body }) => {
              likeTimes.push(ms);
              likeStartByCount.set(body.data.likeFeedItem.feedItem?.reactionCount, likeStartedAt);
              if (body.data.likeFeedItem.errors.length === 0) likesOk += 1;
              else noteError(body.data.likeFeedItem.errors[0].code);
            })
            .catch((error: Error) => noteError(String(error.cause ?? error.message).slice(0, 120))),
        );
      }
      const wait = likesStarted + (tick + 1) * tickMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const sendingSeconds = (performance.now() - likesStarted) / 1000;
    await Promise.all(inFlight);
    const likesSeconds = (performance.now() - likesStarted) / 1000;
    const finalCount: number = (await gatewayRequest(url, admin, ITEM, { id: postId })).body.data.feedItem.reactionCount;
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await Promise.all(watchers.clients.map(async (client) => client.dispose()));
    const countLatencies = countArrivals.flatMap(({ count, at }) => {
      const startedAt = likeStartByCount.get(count);
      return startedAt === undefined ? [] : [at - startedAt];
    });
    // A busy item's counts are sent a few times a second (the newest), not once per like: what must
    // not be lost is the final count, on every watcher's screen.
    const finalOnScreen = watchers.clients.filter((_, index) => seenByWatcher.get(index) === finalCount).length;
    const liveCounts = {
      watchers: watchers.clients.length,
      received: countArrivals.length,
      finalOnScreen,
      lost: watchers.clients.length - finalOnScreen,
      subscriptionErrors: watchers.errors.length,
      ...percentiles(countLatencies),
    };

    const firstPage = percentiles(first);
    const nextPages = percentiles(next);
    const likes = {
      sent: planned,
      ok: likesOk,
      errors: likeErrors,
      errorReasons: Object.fromEntries(likeErrorReasons),
      finalCount,
      exact: finalCount === planned && likesOk === planned,
      sendingSeconds: Math.round(sendingSeconds * 10) / 10,
      achievedPerSecond: Math.round(planned / likesSeconds),
      ...percentiles(likeTimes),
    };
    console.log('');
    console.log(
      `transport: ${stack.kafkaBrokers ? 'kafka' : 'embedded'}; one request at a time for pages (${READERS} members in turn), ${LIKES_PER_SECOND} likes/s open loop for ${LIKE_SECONDS} s`,
    );
    console.log('measure                 p50 ms   p95 ms   p99 ms');
    for (const [name, figures] of [
      ['first page', firstPage],
      ['next pages', nextPages],
      ['like', likes],
      ['new post, live', livePosts],
      ['like count, live', liveCounts],
    ] as const) {
      console.log(`${name.padEnd(22)} ${String(figures.p50).padStart(7)}  ${String(figures.p95).padStart(7)}  ${String(figures.p99).padStart(7)}`);
    }
    console.log(
      `likes: ${likes.sent} sent, ${likes.ok} accepted, ${likes.errors} errors, final count ${likes.finalCount} (${likes.exact ? 'exact' : 'NOT exact'}), ${likes.achievedPerSecond}/s achieved`,
    );
    console.log(`live posts: ${livePosts.received} of ${livePosts.expected} deliveries to ${livePosts.subscribers} open feeds (${livePosts.lost} lost)`);
    console.log(
      `live counts: ${liveCounts.received} count updates to ${liveCounts.watchers} watchers; the final count reached ${liveCounts.finalOnScreen} of them (${liveCounts.lost} missed it)`,
    );
    result = {
      members: MEMBERS,
      items: ITEMS,
      seedSeconds,
      firstPage,
      nextPages,
      likes,
      livePosts,
      liveCounts,
      goals: {
        firstPageP95: { goalMs: GOAL_P95_MS, met: firstPage.p95 <= GOAL_P95_MS },
        nextPagesP95: { goalMs: GOAL_P95_MS, met: nextPages.p95 <= GOAL_P95_MS },
        likesExact: likes.exact,
        livePostP99: { goalMs: GOAL_LIVE_P99_MS, met: livePosts.p99 <= GOAL_LIVE_P99_MS && livePosts.lost === 0 },
        liveCountP99: { goalMs: GOAL_LIVE_P99_MS, met: liveCounts.p99 <= GOAL_LIVE_P99_MS && liveCounts.lost === 0 },
      },
    };
  } finally {
    await stack.stop();
  }
  // Printed once everything stopped, so the JSON line stays the last line of the output.
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
