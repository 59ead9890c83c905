import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { canonicalJson } from './selection';
import { isPushSource } from './subscriber-queue';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * Where a subscription's results go when the server writes them itself: its graphql-ws id and the
 * connection's socket (`write` returns a promise only while the socket is too far behind).
 */
export interface FrameSink {
  id: string;
  write(frame: Buffer): void | Promise<void>;
}

/** Set on the context by the WebSocket server: results are written as pre-serialised frames instead of yielded to graphql-ws. */
export const FRAME_SINK = Symbol('frameSink');

/**
 * A result's `next` frame, serialised once for every subscriber that got the same result: the
 * payload's bytes are shared, only the frame's head (`{"id":…`) is the subscriber's. The payload
 * is what graphql-ws would send (data, then errors as JSON).
 */
const frames = new WeakMap<ExecutionResult, { tail: Buffer; byId: Map<string, Buffer> }>();
const MAX_IDS_PER_RESULT = 64;

export function nextFrame(result: ExecutionResult, id: string): Buffer {
  let cached = frames.get(result);
  if (!cached) {
    const { errors, ...rest } = result;
    const payload = JSON.stringify(errors ? { ...rest, errors: errors.map((error) => error.toJSON()) } : rest);
    frames.set(result, (cached = { tail: Buffer.from(`,"type":"next","payload":${payload}}`), byId: new Map() }));
  }
  let frame = cached.byId.get(id);
  if (!frame) {
    frame = Buffer.concat([Buffer.from(`{"id":${JSON.stringify(id)}`), cached.tail]);
    // Clients that name their subscriptions alike share the whole frame; unique ids (most clients) only the tail.
    if (cached.byId.size < MAX_IDS_PER_RESULT) cached.byId.set(id, frame);
  }
  return frame;
}

/**
 * graphql-ws's `subscribe`, executing each event once per distinct operation instead of once per
 * subscriber: subscribers that receive the same event object (the engine hands one object to every
 * subscriber of a fetch group) with the same document and variables get the same result, so a
 * message to a room of 1,000 members with the same selection is executed once, not 1,000 times.
 * Safe because nothing the subscription schema resolves depends on the subscriber (the fetch that
 * produced the event object already ran as them or their viewer class).
 *
 * With a frame sink on the context (the WebSocket server), the result is also serialised once and
 * the same bytes are written to every subscriber's socket; the iterator handed to graphql-ws then
 * yields nothing and only ends (graphql-ws sends `complete` or `error` as usual).
 */
export function sharedSubscribe(): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const results = new WeakMap<object, Map<string, Result>>();
  return async (args) => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const operation = `${print(args.document)}\n${args.operationName ?? ''}\n${canonicalJson(args.variableValues ?? {})}`;
    const sink = (args.contextValue as { [FRAME_SINK]?: FrameSink } | undefined)?.[FRAME_SINK];
    const run = (payload: unknown): Result => {
      if (payload === null || typeof payload !== 'object') return execute({ ...args, rootValue: payload });
      let byOperation = results.get(payload);
      if (!byOperation) results.set(payload, (byOperation = new Map()));
      let result = byOperation.get(operation);
      if (!result) byOperation.set(operation, (result = execute({ ...args, rootValue: payload })));
      return result;
    };
    const events = source as AsyncIterableIterator<unknown>;
    // Written straight from the engine's queue: no promise per subscriber and event, unless the socket is behind.
    const pushed = sink && isPushSource<unknown>(events) ? events : undefined;
    let consumed: Promise<void> | undefined;
    const write = (payload: unknown): void | Promise<void> => {
      const result = run(payload);
      if (result instanceof Promise) return result.then((value) => sink!.write(nextFrame(value, sink!.id)));
      return sink!.write(nextFrame(result, sink!.id));
    };
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        if (pushed) {
          await (consumed ??= pushed.consume(write));
          return { value: undefined, done: true };
        }
        for (;;) {
          const event = await events.next();
          if (event.done) return { value: undefined, done: true };
          const result = await run(event.value);
          if (!sink) return { value: result, done: false };
          const pending = sink.write(nextFrame(result, sink.id));
          if (pending) await pending;
        }
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
