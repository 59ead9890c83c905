/**
 * One place in a subscriber's queue, reserved when the event arrives and filled when its data is
 * loaded (by whoever loaded it for a whole group of subscribers, without a promise per subscriber).
 */
export class Slot<T> {
  /** 0 waiting, 1 filled, 2 failed, 3 dropped (the queue overflowed or closed). */
  state: 0 | 1 | 2 | 3 = 0;
  value?: T;
  error?: unknown;

  constructor(private readonly queue?: SubscriberQueue<T>) {}

  fill(value: T): void {
    if (this.state !== 0) return;
    this.state = 1;
    this.value = value;
    this.queue?.flush();
  }

  fail(error: unknown): void {
    if (this.state !== 0) return;
    this.state = 2;
    this.error = error;
    this.queue?.flush();
  }
}

/** A source that can hand its values to a writer as they come, instead of being pulled with `next()`. */
export interface PushSource<T> {
  /** Calls `write` with each value in order (waiting while a returned promise is pending); resolves when the source ends. */
  consume(write: (value: T) => void | Promise<void>): Promise<void>;
}

export function isPushSource<T>(value: unknown): value is PushSource<T> & AsyncIterableIterator<T> {
  return typeof (value as Partial<PushSource<T>> | null)?.consume === 'function';
}

/**
 * A subscriber's deliveries in the order their events arrived (a slow fetch never lets a later
 * event overtake an earlier one): places are reserved in event order and filled whenever their data
 * is ready; values are taken from the front only. Values for which `skip` says so are dropped. When
 * too many wait (a stalled client), the oldest is dropped. Read it as an async iterator, or hand
 * it a writer (`consume`) that gets each value synchronously as soon as it can go. `return()`
 * (the client unsubscribed or went away) ends it and runs `onClose`.
 */
export class SubscriberQueue<T> implements AsyncIterableIterator<T>, PushSource<T> {
  private readonly slots: Slot<T>[] = [];
  private wake?: () => void;
  private closed = false;
  private writer?: { write: (value: T) => void | Promise<void>; paused: boolean; end: () => void; fail: (error: unknown) => void };
  dropped = 0;

  constructor(private readonly options: { maxPending: number; skip?: (value: T) => boolean; onClose?: () => void }) {}

  /** Reserves the next place; when too many wait, the oldest is dropped (`dropped` counts them). */
  reserve(): Slot<T> {
    if (this.closed) {
      const dead = new Slot<T>();
      dead.state = 3;
      return dead;
    }
    const slot = new Slot<T>(this);
    this.slots.push(slot);
    if (this.slots.length > this.options.maxPending) {
      this.slots.shift()!.state = 3;
      this.dropped += 1;
      this.flush(); // the new front may be ready
    }
    return slot;
  }

  /** Queues a value to come; returns true when the oldest waiting one was dropped for it. */
  push(value: Promise<T>): boolean {
    const before = this.dropped;
    const slot = this.reserve();
    value.then(
      (v) => slot.fill(v),
      (error: unknown) => slot.fail(error), // surfaces when the value is taken
    );
    return this.dropped > before;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Hands ready values from the front to the writer, or wakes the reader. */
  flush(): void {
    const writer = this.writer;
    if (!writer) {
      this.wake?.();
      return;
    }
    while (!writer.paused && !this.closed && this.slots.length > 0 && this.slots[0].state !== 0) {
      const slot = this.slots.shift()!;
      if (slot.state === 2) return this.failWriter(slot.error);
      if (slot.state !== 1 || this.options.skip?.(slot.value!)) continue;
      const pending = writer.write(slot.value!);
      if (pending) {
        writer.paused = true;
        pending.then(
          () => {
            writer.paused = false;
            this.flush();
          },
          (error: unknown) => this.failWriter(error),
        );
      }
    }
  }

  /** The writer's consume() rejects with the error (not resolved by the close that follows). */
  private failWriter(error: unknown): void {
    const writer = this.writer;
    this.writer = undefined;
    writer?.fail(error);
    void this.return();
  }

  consume(write: (value: T) => void | Promise<void>): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise<void>((end, fail) => {
      this.writer = { write, paused: false, end, fail };
      this.flush();
    });
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.closed) {
      const head = this.slots[0];
      if (head && head.state !== 0) {
        this.slots.shift();
        if (head.state === 2) throw head.error;
        if (head.state === 3 || this.options.skip?.(head.value!)) continue;
        return { value: head.value!, done: false };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      for (const slot of this.slots) slot.state = 3;
      this.slots.length = 0;
      this.wake?.();
      this.writer?.end();
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
export function replayThenLive<T>(
  replay: Promise<T[]>,
  live: SubscriberQueue<T>,
  keyOf: (value: T) => string | undefined,
): AsyncIterableIterator<T> & PushSource<T> {
  replay.catch(() => undefined); // surfaces at the first next()
  let replayed: T[] | undefined;
  const seen = new Set<string>();
  let closed = false;
  const load = async () => {
    if (replayed) return;
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
  };
  const fresh = (value: T) => {
    const key = keyOf(value);
    return key === undefined || !seen.has(key);
  };
  const iterator: AsyncIterableIterator<T> & PushSource<T> = {
    async next() {
      if (closed) return { value: undefined, done: true };
      await load();
      if (replayed!.length > 0) return { value: replayed!.shift()!, done: false };
      for (;;) {
        const result = await live.next();
        if (result.done || fresh(result.value)) return result;
      }
    },
    async consume(write) {
      await load();
      while (!closed && replayed!.length > 0) await write(replayed!.shift()!);
      if (closed) return;
      return live.consume((value) => (fresh(value) ? write(value) : undefined));
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
