import type { Express } from 'express';
import type { EventTransport } from '@kizuna/events';
import type { SubgraphEndpoint } from '../supergraph';

export interface ReadinessOptions {
  transport: EventTransport;
  subgraphs: SubgraphEndpoint[];
  /** False while starting and once shutdown begins, so load balancers stop sending traffic. */
  accepting: () => boolean;
  timeoutMs?: number;
}

/** `/readyz` of the subgraph behind a routing URL (`http://host:port/graphql` → `http://host:port/readyz`). */
export function readinessUrl(routingUrl: string): string {
  return new URL('/readyz', routingUrl).toString();
}

async function probeSubgraph(url: string, timeoutMs: number): Promise<string> {
  try {
    const response = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel().catch(() => undefined);
    return response.ok ? 'ok' : `not ready (HTTP ${response.status})`;
  } catch (error) {
    return `unreachable (${(error as Error).message})`;
  }
}

async function probeTransport(transport: EventTransport, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      transport.ping(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return 'ok';
  } catch (error) {
    return `unreachable (${(error as Error).message})`;
  } finally {
    clearTimeout(timer);
  }
}

/** `/healthz`: the process is alive. `/readyz`: the event transport and every subgraph's `/readyz` answer. */
export function healthRoutes(app: Express, options: ReadinessOptions): void {
  const timeoutMs = options.timeoutMs ?? 2000;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_req, res) => {
    if (!options.accepting()) {
      res.status(503).json({ status: 'not ready', service: 'gateway', reason: 'starting or shutting down' });
      return;
    }
    const [events, ...subgraphResults] = await Promise.all([
      probeTransport(options.transport, timeoutMs),
      ...options.subgraphs.map((subgraph) => probeSubgraph(subgraph.url, timeoutMs)),
    ]);
    const subgraphs = Object.fromEntries(options.subgraphs.map((subgraph, i) => [subgraph.name, subgraphResults[i]]));
    const ready = events === 'ok' && subgraphResults.every((result) => result === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: 'gateway', events, subgraphs });
  });
}
