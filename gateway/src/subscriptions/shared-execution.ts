import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { canonicalJson } from './selection';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * graphql-ws's `subscribe`, executing each event once per distinct operation instead of once per
 * subscriber: subscribers that receive the same event object (the hub hands one object to every
 * subscriber of a fetch group) with the same document and variables get the same result, so a
 * message to a room of 1,000 members with the same selection is executed once, not 1,000 times.
 * Safe because nothing the subscription schema resolves depends on the subscriber (the fetch that
 * produced the event object already ran as them or their viewer class).
 */
export function sharedSubscribe(): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const results = new WeakMap<object, Map<string, Result>>();
  return async (args) => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    const operation = `${print(args.document)}\n${args.operationName ?? ''}\n${canonicalJson(args.variableValues ?? {})}`;
    const run = (payload: unknown): Result => {
      if (payload === null || typeof payload !== 'object') return execute({ ...args, rootValue: payload });
      let byOperation = results.get(payload);
      if (!byOperation) results.set(payload, (byOperation = new Map()));
      let result = byOperation.get(operation);
      if (!result) byOperation.set(operation, (result = execute({ ...args, rootValue: payload })));
      return result;
    };
    const events = source as AsyncIterableIterator<unknown>;
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const event = await events.next();
        if (event.done) return { value: undefined, done: true };
        return { value: await run(event.value), done: false };
      },
      async return() {
        await events.return?.();
        return { value: undefined, done: true };
      },
      async throw(error?: unknown) {
        await events.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return mapped;
      },
    };
    return mapped;
  };
}
