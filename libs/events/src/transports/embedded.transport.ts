import pg from 'pg';
import { inTransaction } from '../pg-transaction';
import type { DeliveredMessage, EventTransport, SubscribeOptions, Subscription, TransportMessage } from '../transport';

/**
 * The embedded transport keeps the event log in Postgres (schema `kizuna_transport`), so a
 * machine with only Node and the embedded database runs the whole system across processes.
 * One partition per topic; offsets are assigned under a per-topic lock held until commit, so
 * readers never skip a late commit. One reader per (group, topic) at a time, like a partition
 * assignment; LISTEN/NOTIFY wakes readers at once.
 */
export interface EmbeddedTransportOptions {
  databaseUrl: string;
  /** How often idle readers look for messages when no notification arrives. */
  pollIntervalMs?: number;
}

const SCHEMA = 'kizuna_transport';
const CHANNEL = 'kizuna_transport';
const BATCH = 500;

export class EmbeddedTransport implements EventTransport {
  readonly kind = 'embedded' as const;
  private readonly pool: pg.Pool;
  private ready?: Promise<void>;
  private readonly subscriptions = new Set<EmbeddedSubscription>();

  constructor(private readonly options: EmbeddedTransportOptions) {
    // Each subscribed topic's reader holds a connection for as long as it reads; publishing, pings and
    // readers waiting their turn need a few more. The pool opens connections only when asked.
    this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 16 });
    // A dropped connection fails the query that used it (and is retried), never the process.
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  private ensureSchema(): Promise<void> {
    this.ready ??= inTransaction(this.pool, async (client) => {
      // Concurrent processes creating the same tables would collide without this lock.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('${SCHEMA}.setup'))`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.messages (
        topic text NOT NULL, "offset" bigint NOT NULL, key text NOT NULL, value text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}', created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (topic, "offset"))`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.group_positions (
        group_id text NOT NULL, topic text NOT NULL, next_offset bigint NOT NULL,
        PRIMARY KEY (group_id, topic))`);
    }).catch((error) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureSchema();
    await inTransaction(this.pool, async (client) => {
      const topics = [...new Set(messages.map((m) => m.topic))].sort();
      for (const topic of topics) {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${SCHEMA}:${topic}`]);
        const forTopic = messages.filter((m) => m.topic === topic);
        await client.query(
          `INSERT INTO ${SCHEMA}.messages (topic, "offset", key, value, headers)
           SELECT $1, base.next + m.ord - 1, m.key, m.value, m.headers
           FROM (SELECT COALESCE(MAX("offset") + 1, 0) AS next FROM ${SCHEMA}.messages WHERE topic = $1) base,
                unnest($2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS m(key, value, headers, ord)`,
          [topic, forTopic.map((m) => m.key), forTopic.map((m) => m.value), forTopic.map((m) => JSON.stringify(m.headers ?? {}))],
        );
      }
      await client.query(`SELECT pg_notify('${CHANNEL}', $1)`, [topics.join(',').slice(0, 7000)]);
    });
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    await this.ensureSchema();
    const subscription = new EmbeddedSubscription(this.pool, this.options, options);
    await subscription.start();
    this.subscriptions.add(subscription);
    return {
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  async ping(): Promise<void> {
    await this.ensureSchema();
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.subscriptions].map((s) => s.close()));
    this.subscriptions.clear();
    await this.pool.end().catch(() => undefined);
  }
}

class EmbeddedSubscription {
  private running = true;
  private listener?: pg.Client;
  private readonly sleepers = new Set<() => void>();
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly transport: EmbeddedTransportOptions,
    private readonly options: SubscribeOptions,
  ) {}

  async start(): Promise<void> {
    this.listener = new pg.Client({ connectionString: this.transport.databaseUrl });
    this.listener.on('error', () => undefined);
    await this.listener.connect();
    this.listener.on('notification', () => this.wakeAll());
    await this.listener.query(`LISTEN ${CHANNEL}`);
    for (const topic of this.options.topics) this.loops.push(this.readLoop(topic));
  }

  private wakeAll(): void {
    const sleepers = [...this.sleepers];
    this.sleepers.clear();
    sleepers.forEach((wake) => wake());
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  private async readLoop(topic: string): Promise<void> {
    const pollMs = this.transport.pollIntervalMs ?? 1000;
    while (this.running) {
      let client: pg.PoolClient | undefined;
      try {
        client = await this.pool.connect();
        // The session lock makes this reader the group's only reader of the topic until it goes away.
        const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [`${SCHEMA}:${this.options.groupId}:${topic}`]);
        if (!rows[0].ok) {
          client.release();
          client = undefined;
          await this.sleep(pollMs);
          continue;
        }
        await this.consume(client, topic, pollMs);
      } catch {
        await this.sleep(pollMs);
      } finally {
        if (client) {
          await client.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
          client.release();
        }
      }
    }
  }

  private async consume(client: pg.PoolClient, topic: string, pollMs: number): Promise<void> {
    let next = await this.startingOffset(client, topic);
    while (this.running) {
      const { rows } = await client.query(
        `SELECT "offset", key, value, headers FROM ${SCHEMA}.messages
         WHERE topic = $1 AND "offset" >= $2 ORDER BY "offset" LIMIT ${BATCH}`,
        [topic, next],
      );
      if (rows.length === 0) {
        await this.sleep(pollMs);
        continue;
      }
      const messages: DeliveredMessage[] = rows.map((row) => ({
        topic,
        partition: 0,
        offset: String(row.offset),
        key: row.key,
        value: row.value,
        headers: row.headers,
      }));
      await this.options.handleBatch(messages);
      next = BigInt(rows[rows.length - 1].offset) + 1n;
      await client.query(
        `INSERT INTO ${SCHEMA}.group_positions (group_id, topic, next_offset) VALUES ($1, $2, $3)
         ON CONFLICT (group_id, topic) DO UPDATE SET next_offset = EXCLUDED.next_offset`,
        [this.options.groupId, topic, next.toString()],
      );
    }
  }

  private async startingOffset(client: pg.PoolClient, topic: string): Promise<bigint> {
    const committed = await client.query(`SELECT next_offset FROM ${SCHEMA}.group_positions WHERE group_id = $1 AND topic = $2`, [this.options.groupId, topic]);
    if (committed.rows.length > 0) return BigInt(committed.rows[0].next_offset);
    if (this.options.fromBeginning) return 0n;
    const end = await client.query(`SELECT COALESCE(MAX("offset") + 1, 0) AS next FROM ${SCHEMA}.messages WHERE topic = $1`, [topic]);
    return BigInt(end.rows[0].next);
  }

  async close(): Promise<void> {
    this.running = false;
    this.wakeAll();
    await Promise.allSettled(this.loops);
    await this.listener?.end().catch(() => undefined);
  }
}
