import { randomUUID } from 'node:crypto';
import { createTransport, type EventEnvelope } from '@kizuna/events';
import type { Stack } from './stack';

/**
 * Delivers an event a second time, as an at-least-once transport may: the identical message, then
 * the same data under a new event id (as if it had been published twice). Returns that new id:
 * once the consumer's inbox holds it, both copies have been handled.
 */
export async function redeliver(stack: Stack, topic: string, envelope: EventEnvelope): Promise<string> {
  const transport = createTransport({ kafkaBrokers: stack.kafkaBrokers, databaseUrl: stack.databaseUrl, clientId: `test-redelivery-${randomUUID()}` });
  const copy = { ...envelope, id: randomUUID() };
  try {
    await transport.publish(
      [envelope, copy].map((event) => ({
        topic: stack.topicPrefix + topic,
        key: event.subject,
        value: JSON.stringify(event),
        headers: { 'content-type': 'application/cloudevents+json', 'ce-type': event.type },
      })),
    );
  } finally {
    await transport.close();
  }
  return copy.id;
}

/** Waits until `service`'s consumer has handled the event `eventId`. */
export function waitForHandled(stack: Stack, service: string, eventId: string): Promise<unknown> {
  return stack.waitFor(async () => (await stack.sql(`SELECT 1 FROM "${service}".inbox WHERE event_id = $1`, [eventId])).length > 0);
}
