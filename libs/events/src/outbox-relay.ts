import pg from 'pg';
import { inTransaction } from './pg-transaction';
import type { EventTransport } from './transport';

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: string;
  transport: EventTransport;
  batchSize?: number;
  /** Longest wait between looks at the outbox when no commit notification arrives. */
  idlePollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Ships committed outbox rows to the transport in commit-independent position order, then deletes
 * them. Rows are claimed with a transaction-scoped advisory lock, so only one relay per schema
 * publishes at a time (per-key order holds); a row is deleted only after the transport accepted
 * it (at least once). While the transport is down, rows wait and are retried with backoff.
 */
export class OutboxRelay {
  private readonly pool: pg.Pool;
  private listener?: pg.Client;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private pending = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
    this.pool.on('error', () => undefined);
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  async start(): Promise<void> {
    this.running = true;
    this.listener = new pg.Client({ connectionString: this.options.databaseUrl });
    this.listener.on('error', () => undefined);
    await this.listener.connect();
    this.listener.on('notification', () => this.nudge());
    await this.listener.query(`LISTEN "${this.options.schema}_outbox"`);
    this.loop = this.run();
  }

  private nudge(): void {
    this.pending = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        this.pending = false;
        const shipped = await this.publishBatch();
        failures = 0;
        if (shipped === 0 && !this.pending) await this.idle(this.options.idlePollMs ?? 1000);
      } catch (error) {
        failures += 1;
        this.options.onError?.(error);
        await this.idle(Math.min(100 * 2 ** failures, 5000));
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /** Publishes one batch; returns how many events were shipped. */
  publishBatch(): Promise<number> {
    const schema = this.options.schema;
    return inTransaction(this.pool, async (client) => {
      const lock = await client.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS ok', [`${schema}.outbox`]);
      if (!lock.rows[0].ok) return 0; // another relay of this schema is shipping
      const { rows } = await client.query(`SELECT position, topic, key, type, envelope::text AS value FROM "${schema}".outbox ORDER BY position LIMIT $1`, [
        this.options.batchSize ?? 1000,
      ]);
      if (rows.length === 0) return 0;
      await this.options.transport.publish(
        rows.map((row) => ({
          topic: row.topic,
          key: row.key,
          value: row.value,
          headers: { 'content-type': 'application/cloudevents+json', 'ce-type': row.type },
        })),
      );
      await client.query(`DELETE FROM "${schema}".outbox WHERE position = ANY($1::bigint[])`, [rows.map((r) => r.position)]);
      return rows.length;
    });
  }

  /** Ships everything committed so far (used on shutdown and in tests). */
  async flush(): Promise<void> {
    while ((await this.publishBatch()) > 0) {
      /* keep shipping until the outbox is empty */
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.flush().catch((error) => this.options.onError?.(error));
    await this.listener?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}
