interface Pending<In, Out> {
  input: In;
  resolve(value: Out): void;
  reject(error: unknown): void;
}

interface Lane<In, Out> {
  queued: Pending<In, Out>[];
  writing: boolean;
}

/**
 * Writes to one hot row (a popular post's like count) queue for its lock one transaction at a
 * time, so their rate is bounded by how long each holds it. This runs at most one write per key at
 * a time and hands it everything that arrived for the key meanwhile: alone when quiet (no added
 * wait), many per transaction when busy. `write` answers each input of a batch, in order; if it
 * throws, every input of that batch fails with its error.
 */
export class WriteBatcher<In, Out> {
  private readonly lanes = new Map<string, Lane<In, Out>>();

  constructor(
    private readonly write: (key: string, inputs: In[]) => Promise<Out[]>,
    private readonly maxBatch = 200,
  ) {}

  run(key: string, input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      let lane = this.lanes.get(key);
      if (!lane) this.lanes.set(key, (lane = { queued: [], writing: false }));
      lane.queued.push({ input, resolve, reject });
      if (!lane.writing) void this.drain(key, lane);
    });
  }

  private async drain(key: string, lane: Lane<In, Out>): Promise<void> {
    lane.writing = true;
    while (lane.queued.length > 0) {
      const batch = lane.queued.splice(0, this.maxBatch);
      try {
        const outputs = await this.write(
          key,
          batch.map((pending) => pending.input),
        );
        batch.forEach((pending, index) => pending.resolve(outputs[index]));
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    lane.writing = false;
    this.lanes.delete(key);
  }
}
