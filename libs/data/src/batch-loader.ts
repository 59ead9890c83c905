interface Waiting<K, V> {
  key: K;
  resolve(value: V | undefined): void;
  reject(error: unknown): void;
}

/**
 * Collects the keys asked for while a request's resolvers run (until the event loop turns)
 * and loads them with one call, so a field resolved for 50 entities costs one query, not 50.
 * Create one per request (see `requestLoader`): it holds no cache across requests.
 */
export class BatchLoader<K, V> {
  private waiting: Waiting<K, V>[] = [];

  constructor(private readonly load: (keys: K[]) => Promise<Map<K, V>>) {}

  get(key: K): Promise<V | undefined> {
    return new Promise<V | undefined>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      if (this.waiting.length === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    try {
      const values = await this.load([...new Set(batch.map((w) => w.key))]);
      for (const w of batch) w.resolve(values.get(w.key));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}

const loaders = new WeakMap<object, Map<string, BatchLoader<unknown, unknown>>>();

/** The loader named `name` of one request (its GraphQL context object), created on first use. */
export function requestLoader<K, V>(context: object, name: string, load: (keys: K[]) => Promise<Map<K, V>>): BatchLoader<K, V> {
  let byName = loaders.get(context);
  if (!byName) loaders.set(context, (byName = new Map()));
  let loader = byName.get(name) as BatchLoader<K, V> | undefined;
  if (!loader) byName.set(name, (loader = new BatchLoader(load)) as unknown as BatchLoader<unknown, unknown>);
  return loader;
}
