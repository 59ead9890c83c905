import type { EventContract } from './contract';
import { createEnvelope, type EventEnvelope } from './envelope';

/** Anything that runs SQL inside the caller's transaction (a TypeORM EntityManager or QueryRunner). */
export interface SqlExecutor {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Tables every publishing or consuming service keeps in its own schema. Used by its first migration. */
export function eventTablesSql(schema: string): { up: string[]; down: string[] } {
  return {
    up: [
      `CREATE TABLE "${schema}".outbox (
        position bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        key text NOT NULL,
        type text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      // Wakes the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
      `CREATE FUNCTION "${schema}".outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('${schema}_outbox', ''); RETURN NULL; END $$`,
      `CREATE TRIGGER outbox_notify AFTER INSERT ON "${schema}".outbox
        FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".outbox_notify()`,
      `CREATE TABLE "${schema}".inbox (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`,
    ],
    down: [`DROP TABLE "${schema}".inbox`, `DROP TABLE "${schema}".outbox`, `DROP FUNCTION "${schema}".outbox_notify()`],
  };
}

/**
 * Writes events into the service's outbox inside the caller's transaction: the event exists
 * exactly when the change that caused it was committed. The relay ships it later.
 */
export class Outbox {
  constructor(
    private readonly schema: string,
    private readonly topicPrefix: string,
  ) {}

  async add<T>(executor: SqlExecutor, contract: EventContract<T>, networkId: string, data: NoInfer<T>): Promise<EventEnvelope<T>> {
    const [envelope] = await this.addAll(executor, contract, networkId, [data]);
    return envelope;
  }

  /** Many events of one contract in one statement (bulk operations: imports, bulk messages). */
  async addAll<T>(executor: SqlExecutor, contract: EventContract<T>, networkId: string, data: NoInfer<T>[]): Promise<EventEnvelope<T>[]> {
    const envelopes = data.map((item) => createEnvelope(contract, networkId, item));
    if (envelopes.length === 0) return envelopes;
    await executor.query(
      `INSERT INTO "${this.schema}".outbox (id, topic, key, type, envelope)
       SELECT id, $1, key, $2, envelope FROM unnest($3::uuid[], $4::text[], $5::jsonb[]) AS e(id, key, envelope)`,
      [this.topicPrefix + contract.topic, contract.type, envelopes.map((e) => e.id), envelopes.map((e) => e.subject), envelopes.map((e) => JSON.stringify(e))],
    );
    return envelopes;
  }
}
