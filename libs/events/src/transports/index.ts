import type { EventTransport } from '../transport';
import { EmbeddedTransport } from './embedded.transport';
import { KafkaTransport } from './kafka.transport';

export { EmbeddedTransport } from './embedded.transport';
export { KafkaTransport } from './kafka.transport';

/** Kafka when brokers are configured; otherwise the embedded transport in the service's database. */
export function createTransport(settings: { kafkaBrokers?: string[]; databaseUrl: string; clientId: string }): EventTransport {
  if (settings.kafkaBrokers && settings.kafkaBrokers.length > 0) {
    return new KafkaTransport({ brokers: settings.kafkaBrokers, clientId: settings.clientId });
  }
  return new EmbeddedTransport({ databaseUrl: settings.databaseUrl });
}
