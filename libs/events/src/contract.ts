import { z } from 'zod';

/**
 * A versioned event contract. `type` carries the version (`....v1`); a breaking change is a new
 * contract with a new type, published side by side until every consumer has moved.
 */
export interface EventContract<TData = unknown> {
  /** CloudEvents `type`, e.g. `kizuna.identity.membership.approved.v1`. */
  readonly type: string;
  /** Logical topic (before the deployment's prefix), one per service and aggregate. */
  readonly topic: string;
  /** CloudEvents `source`: the publishing service. */
  readonly source: string;
  readonly description: string;
  readonly schema: z.ZodType<TData>;
  /** The aggregate id: CloudEvents `subject` and the transport's message key (keeps one aggregate in order). */
  readonly subject: (data: TData) => string;
}

export function defineEvent<S extends z.ZodType>(contract: {
  type: string;
  topic: string;
  source: string;
  description: string;
  schema: S;
  subject: (data: z.infer<S>) => string;
}): EventContract<z.infer<S>> {
  if (!/^kizuna\.[a-z]+(\.[a-z][a-z_-]*)+\.v\d+$/.test(contract.type)) {
    throw new Error(`Event type "${contract.type}" must look like kizuna.<service>.<aggregate>.<event>.v<N>`);
  }
  return contract as EventContract<z.infer<S>>;
}

export type EventData<C> = C extends EventContract<infer T> ? T : never;

/** Any contract, whatever its data type (for lists such as the catalogue). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEventContract = EventContract<any>;
