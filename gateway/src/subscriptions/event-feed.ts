import { randomUUID } from 'node:crypto';
import {
  ContractViolation,
  parseEnvelope,
  validateEnvelope,
  type EventContract,
  type EventEnvelope,
  type EventTransport,
  type Subscription,
} from '@kizuna/events';
import type { Logger } from '@kizuna/runtime';

/**
 * Reads the events the subscriptions are made of, from every topic their contracts name, with a
 * consumer group of its own (`gateway-<uuid>`) starting at the newest position: every gateway
 * instance sees every event, and a new instance does not replay history (its subscribers only
 * want what happens while they are connected; a client that missed messages asks for them with
 * `afterMessageId`). Works on any `EventTransport` (Kafka, embedded). Events of types it does not
 * read are ignored; a message that is not a valid event of its type is logged and skipped, so it
 * can never block its partition. Nothing here throws into the transport.
 */
export class EventFeed {
  readonly groupId: string;
  private subscription?: Subscription;
  private readonly contracts: Map<string, EventContract>;

  constructor(
    private readonly options: {
      transport: EventTransport;
      topicPrefix: string;
      contracts: readonly EventContract[];
      log: Logger;
      onEvent: (event: EventEnvelope) => void;
    },
  ) {
    this.groupId = `${options.topicPrefix}gateway-${randomUUID()}`;
    this.contracts = new Map(options.contracts.map((contract) => [contract.type, contract]));
  }

  get topics(): string[] {
    return [...new Set(this.options.contracts.map((contract) => this.options.topicPrefix + contract.topic))];
  }

  async start(): Promise<void> {
    this.subscription = await this.options.transport.subscribe({
      groupId: this.groupId,
      topics: this.topics,
      fromBeginning: false,
      handleBatch: async (messages) => {
        for (const message of messages) this.handle(message.topic, message.value, message.offset);
      },
    });
    this.options.log.info({ groupId: this.groupId, topics: this.topics, transport: this.options.transport.kind }, 'event feed started');
  }

  private handle(topic: string, value: string, offset: string): void {
    let event: EventEnvelope;
    try {
      const envelope = parseEnvelope(value);
      const contract = this.contracts.get(envelope.type);
      if (!contract) return;
      event = validateEnvelope<unknown>(contract, envelope);
    } catch (error) {
      const reason = error instanceof ContractViolation ? error.message : String(error);
      this.options.log.warn({ topic, offset, reason }, 'skipped a message that is not a valid event');
      return;
    }
    try {
      this.options.onEvent(event);
    } catch (error) {
      this.options.log.error({ err: error, eventId: event.id, type: event.type }, 'routing an event to subscribers failed');
    }
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
    this.subscription = undefined;
  }
}
