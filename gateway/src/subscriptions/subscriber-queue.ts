/**
 * An async iterator fed with promises, yielding their values in the order they were pushed (a
 * slow fetch never lets a later event overtake an earlier one). Values for which `skip` says so
 * are dropped. `return()` (the client unsubscribed or went away) ends it and runs `onClose`.
 */
export class SubscriberQueue<T> implements AsyncIterableIterator<T> {
  private readonly pending: Promise<T>[] = [];
  private wake?: () => void;
  private closed = false;
  dropped = 0;

  constructor(
    private readonly options: { maxPending: number; skip?: (value: T) => boolean; onClose?: () => void },
  ) {}

  /** Queues a value; when too many wait (a stalled client), the oldest is dropped (returns true). */
  push(value: Promise<T>): boolean {
    if (this.closed) return false;
    value.catch(() => undefined); // rejections surface when the value is taken
    this.pending.push(value);
    let dropped = false;
    if (this.pending.length > this.options.maxPending) {
      this.pending.shift();
      this.dropped += 1;
      dropped = true;
    }
    this.wake?.();
    return dropped;
  }

  get size(): number {
    return this.pending.length;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.closed) {
      const head = this.pending.shift();
      if (head) {
        const value = await head;
        if (this.closed) break;
        if (this.options.skip?.(value)) continue;
        return { value, done: false };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.pending.length = 0;
      this.wake?.();
      this.options.onClose?.();
    }
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * First the values of `replay` (e.g. messages posted while the client was away), then the live
 * queue, which was buffering meanwhile; a live value whose `keyOf` was already replayed is dropped,
 * so nothing arrives twice. Ending it (client gone) ends the live queue at once, even mid-replay.
 */
export function replayThenLive<T>(replay: Promise<T[]>, live: SubscriberQueue<T>, keyOf: (value: T) => string | undefined): AsyncIterableIterator<T> {
  replay.catch(() => undefined); // surfaces at the first next()
  let replayed: T[] | undefined;
  const seen = new Set<string>();
  let closed = false;
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      if (closed) return { value: undefined, done: true };
      if (!replayed) {
        try {
          replayed = [...(await replay)];
        } catch (error) {
          await live.return();
          throw error;
        }
        for (const value of replayed) {
          const key = keyOf(value);
          if (key !== undefined) seen.add(key);
        }
      }
      if (replayed.length > 0) return { value: replayed.shift()!, done: false };
      for (;;) {
        const result = await live.next();
        if (result.done) return result;
        const key = keyOf(result.value);
        if (key !== undefined && seen.has(key)) continue;
        return result;
      }
    },
    async return() {
      closed = true;
      return live.return();
    },
    async throw(error?: unknown) {
      await iterator.return!();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
