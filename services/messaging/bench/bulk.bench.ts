/**
 * A templated bulk message to a 10,000-member segment: `npm run bench:bulk`.
 *
 * Starts identity (demo seed), directory and messaging on a throw-away database (the test
 * harness), then seeds BENCH_RECIPIENTS (default 10,000) approved members into the demo network
 * with SQL: their directory profiles (so the segment is the directory's own, computed by its
 * filter) and messaging's read model of them (name and profile snapshot, as the events would have
 * left it). Identity is not seeded: no one signs in as them.
 *
 * The admin then creates a segment (department = the seeded one) through the directory API and a
 * template with {{name}}, a profile variable and {{network}} through messaging's, and sends the bulk
 * message through messaging's API. It times the request (recipients resolved from the directory),
 * then polls until the bulk message is COMPLETED with every message stored, and until the last
 * MessageSent of it is on the event transport.
 *
 * Prints progress lines, then, as the last line, one JSON object (durations in seconds):
 *   {"recipients":10000,"secondsUntilAllDelivered":…,"resolveSeconds":…,"messagesPerSecond":…,"secondsUntilLastEvent":…}
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { claimsOf, startStack } from '@kizuna/testing';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const GOAL_SECONDS = 30;
const DEPARTMENT = 'ベンチマーク学部';
const EMPLOYERS = ['株式会社きずな', 'ソニーグループ', 'トヨタ自動車', 'Google', 'メルカリ', ''];
const SURNAMES = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村'];
const GIVEN = ['太郎', '花子', '一郎', '美咲', '健太', 'さくら', '翔', '由美'];

const round = (value: number) => Math.round(value * 100) / 100;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  log('Starting identity, directory and messaging on a throw-away database…');
  const stack = await startStack({ services: ['identity', 'directory', 'messaging'], seed: 'demo' });
  try {
    const admin = await stack.signInAdmin();
    const networkId = claimsOf(admin).nid;
    const messaging = stack.serviceUrl('messaging');
    const directory = stack.serviceUrl('directory');
    // The network's name reaches messaging by identity's event.
    await stack.waitFor(async () => (await stack.sql('SELECT 1 FROM messaging.networks WHERE network_id = $1', [networkId])).length > 0, 60_000);

    log(`Seeding ${RECIPIENTS} members…`);
    const seedStarted = performance.now();
    const ids = Array.from({ length: RECIPIENTS }, () => randomUUID());
    for (let offset = 0; offset < RECIPIENTS; offset += 2000) {
      const batch = ids.slice(offset, offset + 2000);
      const names = batch.map(
        (_, index) => `${SURNAMES[(offset + index) % SURNAMES.length]} ${GIVEN[Math.floor((offset + index) / SURNAMES.length) % GIVEN.length]}`,
      );
      const employers = batch.map((_, index) => EMPLOYERS[(offset + index) % EMPLOYERS.length] || null);
      const years = batch.map((_, index) => 1980 + ((offset + index) % 45));
      await stack.sql(
        `INSERT INTO directory.profiles (membership_id, network_id, status, display_name, department, employer, entry_year, created_at, updated_at)
         SELECT id, $1, 'approved', name, $5, employer, year, now(), now() FROM unnest($2::uuid[], $3::text[], $4::text[], $6::int[]) AS p(id, name, employer, year)`,
        [networkId, batch, names, employers, DEPARTMENT, years],
      );
      await stack.sql(
        `INSERT INTO messaging.members (membership_id, network_id, role, status, display_name, profile, updated_at)
         SELECT id, $1, 'member', 'approved', name,
           jsonb_strip_nulls(jsonb_build_object('department', $5::text, 'employer', employer, 'entryYear', year)), now()
         FROM unnest($2::uuid[], $3::text[], $4::text[], $6::int[]) AS p(id, name, employer, year)`,
        [networkId, batch, names, employers, DEPARTMENT, years],
      );
    }
    await stack.sql('ANALYZE directory.profiles');
    await stack.sql('ANALYZE messaging.members');
    log(`Seeded in ${round((performance.now() - seedStarted) / 1000)} s.`);

    const segment = await stack.graphql(
      directory,
      'mutation($input: CreateSegmentInput!) { createSegment(input: $input) { segment { id memberCount } errors { code } } }',
      {
        input: { name: 'ベンチマーク学部の卒業生', filter: { departments: [DEPARTMENT] } },
      },
      admin,
    );
    const segmentId = segment.data?.createSegment.segment?.id;
    if (!segmentId) throw new Error(`segment not created: ${JSON.stringify(segment)}`);
    log(`Segment matches ${segment.data?.createSegment.segment.memberCount} members.`);
    const template = await stack.graphql(
      messaging,
      'mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { template { id } errors { code message } } }',
      {
        input: {
          name: '年次総会のご案内',
          body: '{{name}}様\n{{profile.employer | "ご勤務先"}}でご活躍の皆さまへ、{{network}}より年次総会（{{profile.entryYear}}年入学の方もぜひ）のご案内です。',
        },
      },
      admin,
    );
    const templateId = template.data?.createMessageTemplate.template?.id;
    if (!templateId) throw new Error(`template not created: ${JSON.stringify(template)}`);

    const events = await stack.collectEvents('kizuna.messaging.conversation');
    log('Sending…');
    const started = performance.now();
    const sent = await stack.graphql(
      messaging,
      `mutation($input: SendBulkMessageInput!) { sendBulkMessage(input: $input) { bulkMessage { id recipientCount status } errors { code message } } }`,
      {
        input: { idempotencyKey: randomUUID(), templateId, segmentId },
      },
      admin,
    );
    const resolveSeconds = (performance.now() - started) / 1000;
    const bulk = sent.data?.sendBulkMessage.bulkMessage;
    if (!bulk) throw new Error(`bulk message refused: ${JSON.stringify(sent)}`);
    log(`Accepted for ${bulk.recipientCount} recipients in ${round(resolveSeconds)} s (recipients resolved from the directory).`);

    let delivered = 0;
    let secondsUntilAllDelivered = 0;
    for (;;) {
      const [row] = await stack.sql<{ status: string; delivered_count: number; messages: string }>(
        `SELECT status, delivered_count, (SELECT count(*) FROM messaging.messages WHERE bulk_message_id = $1) AS messages FROM messaging.bulk_messages WHERE id = $1`,
        [bulk.id],
      );
      if (row.delivered_count !== delivered) log(`${round((performance.now() - started) / 1000)} s: ${row.delivered_count} delivered (${row.status})`);
      delivered = row.delivered_count;
      if (row.status === 'completed' && Number(row.messages) === bulk.recipientCount) {
        secondsUntilAllDelivered = (performance.now() - started) / 1000;
        break;
      }
      if (performance.now() - started > 300_000) throw new Error('not delivered within 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    log(`All ${delivered} delivered in ${round(secondsUntilAllDelivered)} s (goal ≤ ${GOAL_SECONDS} s).`);

    const countSent = () =>
      events.events.filter((e) => e.type === 'kizuna.messaging.message.sent.v1' && (e.data as { bulkMessageId: string | null }).bulkMessageId === bulk.id)
        .length;
    await stack.waitFor(async () => countSent() === bulk.recipientCount, 120_000);
    const secondsUntilLastEvent = (performance.now() - started) / 1000;
    log(`Last MessageSent on the transport at ${round(secondsUntilLastEvent)} s.`);
    await events.stop();

    console.log(
      JSON.stringify({
        recipients: bulk.recipientCount,
        secondsUntilAllDelivered: round(secondsUntilAllDelivered),
        resolveSeconds: round(resolveSeconds),
        messagesPerSecond: Math.round(bulk.recipientCount / secondsUntilAllDelivered),
        secondsUntilLastEvent: round(secondsUntilLastEvent),
        goalSeconds: GOAL_SECONDS,
      }),
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
