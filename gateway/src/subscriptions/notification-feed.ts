import { randomUUID } from 'node:crypto';
import {
  ContractViolation,
  NotificationCreated,
  parseEnvelope,
  validateEnvelope,
  type EventData,
  type EventEnvelope,
  type EventTransport,
  type Subscription,
} from '@kizuna/events';
import type { Logger } from '@kizuna/runtime';

export type NotificationCreatedEvent = EventEnvelope<EventData<typeof NotificationCreated>>;

/**
 * Reads `NotificationCreated` with a consumer group of its own (`gateway-<uuid>`), starting at
 * the newest position: every gateway instance sees every event, and a new instance does not replay
 * history (its subscribers only want what happens while they are connected). Works on any
 * `EventTransport` (Kafka, embedded). Nothing here ever throws into the transport: a message that
 * is not a valid event is logged and skipped, so it cannot block its partition.
 */
export class NotificationFeed {
  readonly groupId: string;
  private subscription?: Subscription;

  constructor(
    private readonly options: {
      transport: EventTransport;
      topicPrefix: string;
      log: Logger;
      onEvent: (event: NotificationCreatedEvent) => void;
    },
  ) {
    this.groupId = `${options.topicPrefix}gateway-${randomUUID()}`;
  }

  get topic(): string {
    return this.options.topicPrefix + NotificationCreated.topic;
  }

  async start(): Promise<void> {
    this.subscription = await this.options.transport.subscribe({
      groupId: this.groupId,
      topics: [this.topic],
      fromBeginning: false,
      handleBatch: async (messages) => {
        for (const message of messages) this.handle(message.value, message.offset);
      },
    });
    this.options.log.info({ groupId: this.groupId, topic: this.topic, transport: this.options.transport.kind }, 'notification feed started');
  }

  private handle(value: string, offset: string): void {
    let event: NotificationCreatedEvent;
    try {
      const envelope = parseEnvelope(value);
      if (envelope.type !== NotificationCreated.type) return;
      event = validateEnvelope(NotificationCreated, envelope);
    } catch (error) {
      const reason = error instanceof ContractViolation ? error.message : String(error);
      this.options.log.warn({ topic: this.topic, offset, reason }, 'skipped a message that is not a valid NotificationCreated event');
      return;
    }
    try {
      this.options.onEvent(event);
    } catch (error) {
      this.options.log.error({ err: error, eventId: event.id }, 'routing a notification to subscribers failed');
    }
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = undefined;
  }
}
