import type { EventContract } from './contract';
import { ContractViolation, parseEnvelope, validateEnvelope, type EventEnvelope } from './envelope';
import type { SqlExecutor } from './outbox';
import type { DeliveredMessage, EventTransport, Subscription } from './transport';

/** Runs `work` inside one database transaction and returns its result (e.g. DataSource.transaction). */
export type TransactionRunner = <R>(work: (tx: SqlExecutor) => Promise<R>) => Promise<R>;

export interface EventHandler<T = unknown, TX extends SqlExecutor = SqlExecutor> {
  contract: EventContract<T>;
  handle(event: EventEnvelope<T>, tx: TX): Promise<void>;
}

/** Pairs a contract with its handler, keeping the event's data type. */
export function on<T, TX extends SqlExecutor = SqlExecutor>(
  contract: EventContract<T>,
  handle: (event: EventEnvelope<T>, tx: TX) => Promise<void>,
): EventHandler<T, TX> {
  return { contract, handle };
}

export interface ConsumerOptions<TX extends SqlExecutor = SqlExecutor> {
  /** Consumer name: the consumer group and the inbox key. */
  name: string;
  schema: string;
  transport: EventTransport;
  transaction: (work: (tx: TX) => Promise<void>) => Promise<void>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handlers: EventHandler<any, TX>[];
  topicPrefix?: string;
  /** Attempts before a failing event goes to the dead-letter topic. */
  maxAttempts?: number;
  retryBaseMs?: number;
  log?: (level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>) => void;
}

export function deadLetterTopic(consumerName: string, topicPrefix = ''): string {
  return `${topicPrefix}kizuna.dlq.${consumerName}`;
}

/**
 * Consumes at least once and applies exactly once: each event's effect and its inbox row are
 * written in one transaction, so a redelivered event is recognised and skipped. A batch is
 * applied in one transaction; if that fails, its events are applied one by one, each retried
 * with backoff and finally sent to the dead-letter topic with the reason, so one bad event never
 * blocks its partition.
 */
export class EventConsumer<TX extends SqlExecutor = SqlExecutor> {
  private subscription?: Subscription;
  private readonly handlers = new Map<string, EventHandler<unknown, TX>>();

  constructor(private readonly options: ConsumerOptions<TX>) {
    for (const handler of options.handlers) this.handlers.set(handler.contract.type, handler);
  }

  async start(): Promise<void> {
    const prefix = this.options.topicPrefix ?? '';
    const topics = [...new Set(this.options.handlers.map((h) => prefix + h.contract.topic))];
    this.subscription = await this.options.transport.subscribe({
      groupId: `${prefix}${this.options.name}`,
      topics,
      fromBeginning: true,
      handleBatch: (messages) => this.handleBatch(messages),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
  }

  private async handleBatch(messages: DeliveredMessage[]): Promise<void> {
    try {
      await this.options.transaction((tx) => this.apply(messages, tx));
    } catch {
      // Something in the batch failed: find which, one event at a time.
      for (const message of messages) await this.handleOne(message);
    }
  }

  private async handleOne(message: DeliveredMessage): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        await this.options.transaction((tx) => this.apply([message], tx));
        return;
      } catch (error) {
        lastError = error;
        if (error instanceof ContractViolation) break; // retrying cannot fix a malformed event
        this.options.log?.('warn', 'event handling failed, retrying', { attempt, offset: message.offset, topic: message.topic, error: String(error) });
        await new Promise((resolve) => setTimeout(resolve, (this.options.retryBaseMs ?? 100) * 2 ** (attempt - 1)));
      }
    }
    await this.deadLetter(message, lastError);
  }

  /**
   * Applies messages inside `tx`: records them in the inbox in one statement, then runs the
   * handler of each event the inbox had not seen. Events without a handler here are skipped.
   */
  private async apply(messages: DeliveredMessage[], tx: TX): Promise<void> {
    const events: { event: EventEnvelope; handler: EventHandler<unknown, TX> }[] = [];
    for (const message of messages) {
      const envelope = parseEnvelope(message.value);
      const handler = this.handlers.get(envelope.type);
      if (handler) events.push({ event: validateEnvelope(handler.contract, envelope), handler });
    }
    if (events.length === 0) return;
    const inserted = (await tx.query(
      `INSERT INTO "${this.options.schema}".inbox (consumer, event_id, event_type)
       SELECT $1, id, type FROM unnest($2::uuid[], $3::text[]) AS e(id, type)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [this.options.name, events.map((e) => e.event.id), events.map((e) => e.event.type)],
    )) as { event_id: string }[];
    const fresh = new Set(inserted.map((row) => row.event_id));
    for (const { event, handler } of events) {
      if (!fresh.delete(event.id)) continue; // already applied: a redelivery
      await handler.handle(event, tx);
    }
  }

  private async deadLetter(message: DeliveredMessage, error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.message : String(error);
    this.options.log?.('error', 'event sent to the dead-letter topic', { topic: message.topic, offset: message.offset, reason });
    await this.options.transport.publish([
      {
        topic: deadLetterTopic(this.options.name, this.options.topicPrefix),
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'kizuna-dlq-reason': reason.slice(0, 2000),
          'kizuna-dlq-consumer': this.options.name,
          'kizuna-dlq-topic': message.topic,
          'kizuna-dlq-partition': String(message.partition),
          'kizuna-dlq-offset': message.offset,
        },
      },
    ]);
  }
}
