import { z } from 'zod';
import type { AnyEventContract } from './contract';

/** Builds the AsyncAPI 3.0 document describing every event contract, for outside consumers. */
export function buildAsyncApiDocument(contracts: AnyEventContract[], version: string): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const contract of contracts) {
    const channelId = contract.topic.replace(/\./g, '-');
    const messageId = contract.type;
    const channel = (channels[channelId] ??= {
      address: contract.topic,
      description: 'Message key: the aggregate id (CloudEvents subject); one aggregate stays in order.',
      messages: {},
    }) as { messages: Record<string, unknown> };
    channel.messages[messageId] = { $ref: `#/components/messages/${messageId}` };
    messages[messageId] = {
      name: contract.type,
      title: contract.type,
      summary: contract.description,
      contentType: 'application/cloudevents+json',
      payload: {
        type: 'object',
        required: ['specversion', 'id', 'source', 'type', 'time', 'subject', 'networkid', 'datacontenttype', 'data'],
        properties: {
          specversion: { const: '1.0' },
          id: { type: 'string', format: 'uuid' },
          source: { const: contract.source },
          type: { const: contract.type },
          time: { type: 'string', format: 'date-time' },
          subject: { type: 'string', description: 'Aggregate id (message key)' },
          networkid: { type: 'string', format: 'uuid', description: 'The network (tenant) the event belongs to' },
          datacontenttype: { const: 'application/json' },
          data: z.toJSONSchema(contract.schema, { target: 'draft-07', io: 'output', unrepresentable: 'any' }),
        },
      },
    };
    operations[`receive-${messageId}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channelId}` },
      messages: [{ $ref: `#/channels/${channelId}/messages/${messageId}` }],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Kizuna domain events',
      version,
      description:
        'CloudEvents 1.0 (structured mode) on Kafka. Types are versioned; a breaking change ships as a new type. ' +
        'Topics may carry a deployment prefix. Failed consumptions land on kizuna.dlq.<consumer> with the reason in the kizuna-dlq-reason header.',
    },
    channels,
    operations,
    components: { messages },
  };
}
