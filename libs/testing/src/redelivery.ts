import { randomUUID } from 'node:crypto';
import { createEnvelope, createTransport, type EventContract, type EventEnvelope } from '@kizuna/events';
import type { Stack } from './stack';

/** Writes envelopes on `topic` as their publisher would: keyed by subject, with CloudEvents headers. */
async function publishRaw(stack: Stack, topic: string, envelopes: EventEnvelope[], clientId: string): Promise<void> {
  const transport = createTransport({ kafkaBrokers: stack.kafkaBrokers, databaseUrl: stack.databaseUrl, clientId });
  try {
    await transport.publish(
      envelopes.map((event) => ({
        topic: stack.topicPrefix + topic,
        key: event.subject,
        value: JSON.stringify(event),
        headers: { 'content-type': 'application/cloudevents+json', 'ce-type': event.type },
      })),
    );
  } finally {
    await transport.close();
  }
}

/**
 * Publishes an event as the service owning its contract would (e.g. another service putting an
 * item in the feed); with `handledBy`, resolves once that service's consumer has handled it.
 */
export async function publishEvent<T>(stack: Stack, contract: EventContract<T>, networkId: string, data: T, handledBy?: string): Promise<EventEnvelope<T>> {
  const envelope = createEnvelope(contract, networkId, data);
  await publishRaw(stack, contract.topic, [envelope], `test-publish-${randomUUID()}`);
  if (handledBy) await waitForHandled(stack, handledBy, envelope.id);
  return envelope;
}

/**
 * Delivers an event a second time, as an at-least-once transport may: the identical message, then
 * the same data under a new event id (as if it had been published twice). Returns that new id:
 * once the consumer's inbox holds it, both copies have been handled.
 */
export async function redeliver(stack: Stack, topic: string, envelope: EventEnvelope): Promise<string> {
  const copy = { ...envelope, id: randomUUID() };
  await publishRaw(stack, topic, [envelope, copy], `test-redelivery-${randomUUID()}`);
  return copy.id;
}

/** Waits until `service`'s consumer has handled the event `eventId`. */
export function waitForHandled(stack: Stack, service: string, eventId: string): Promise<unknown> {
  return stack.waitFor(async () => (await stack.sql(`SELECT 1 FROM "${service}".inbox WHERE event_id = $1`, [eventId])).length > 0);
}
