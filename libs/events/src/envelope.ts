import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EventContract } from './contract';

/** CloudEvents 1.0 structured-mode envelope, plus the `networkid` extension attribute. */
export interface EventEnvelope<TData = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  /** The tenant: every event belongs to exactly one network. */
  networkid: string;
  datacontenttype: 'application/json';
  data: TData;
}

const envelopeAttributes = z.object({
  specversion: z.literal('1.0'),
  id: z.uuid(),
  source: z.string().min(1),
  type: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  subject: z.string().min(1),
  networkid: z.uuid(),
  datacontenttype: z.literal('application/json'),
  data: z.unknown(),
});

export class ContractViolation extends Error {
  constructor(
    readonly eventType: string,
    readonly issues: string,
  ) {
    super(`Event ${eventType} violates its contract: ${issues}`);
    this.name = 'ContractViolation';
  }
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export function createEnvelope<T>(contract: EventContract<T>, networkId: string, data: T): EventEnvelope<T> {
  const parsed = contract.schema.safeParse(data);
  if (!parsed.success) throw new ContractViolation(contract.type, describe(parsed.error));
  const envelope: EventEnvelope<T> = {
    specversion: '1.0',
    id: randomUUID(),
    source: contract.source,
    type: contract.type,
    time: new Date().toISOString(),
    subject: contract.subject(parsed.data),
    networkid: networkId,
    datacontenttype: 'application/json',
    data: parsed.data,
  };
  const attributes = envelopeAttributes.safeParse(envelope);
  if (!attributes.success) throw new ContractViolation(contract.type, describe(attributes.error));
  return envelope;
}

/** Parses raw transport bytes into an envelope; throws ContractViolation when it is not one. */
export function parseEnvelope(raw: string): EventEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ContractViolation('(unknown)', 'message is not JSON');
  }
  const parsed = envelopeAttributes.safeParse(json);
  if (!parsed.success) {
    const type = typeof (json as { type?: unknown })?.type === 'string' ? (json as { type: string }).type : '(unknown)';
    throw new ContractViolation(type, describe(parsed.error));
  }
  return parsed.data;
}

/** Validates an envelope's data against its contract, returning the typed envelope. */
export function validateEnvelope<T>(contract: EventContract<T>, envelope: EventEnvelope): EventEnvelope<T> {
  const parsed = contract.schema.safeParse(envelope.data);
  if (!parsed.success) throw new ContractViolation(contract.type, describe(parsed.error));
  return { ...envelope, data: parsed.data };
}
