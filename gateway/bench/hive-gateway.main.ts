/**
 * Hive Gateway on the committed supergraph, for `bench:gateway`'s side-by-side figures only (it is
 * not part of the platform). Same subgraph URLs as Kizuna's gateway (`SUBGRAPH_<NAME>_URL`), the
 * caller's `authorization` and `x-request-id` forwarded to every subgraph, nothing reported
 * anywhere, errors-only logging. Its deduplication of identical subgraph queries in flight is on
 * (its default) unless `SUBGRAPH_DEDUPLICATION=false`, as for Kizuna's gateway.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { resolve } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { GATEWAY_SECRET_HEADER } from '@kizuna/runtime';

const port = Number(process.env.PORT ?? 4010);
const supergraphPath = process.env.SUPERGRAPH_PATH ?? resolve(__dirname, '../supergraph.graphql');

/** The committed supergraph with each subgraph's routing URL replaced by its `SUBGRAPH_<NAME>_URL`. */
function supergraphWithOverrides(): string {
  return readFileSync(supergraphPath, 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g, (_whole, name: string, url: string) => {
    const override = process.env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    return `@join__graph(name: "${name}", url: "${override ?? url}")`;
  });
}

const runtime = createGatewayRuntime({
  supergraph: supergraphWithOverrides(),
  logging: 'error',
  landingPage: false,
  graphiql: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: process.env.SUBGRAPH_DEDUPLICATION !== 'false' } } },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? undefined,
      'x-request-id': request.headers.get('x-request-id') ?? undefined,
      // The subgraphs answer only callers presenting the gateway credential, as Kizuna's gateway does.
      ...(process.env.GATEWAY_SECRET ? { [GATEWAY_SECRET_HEADER]: process.env.GATEWAY_SECRET } : {}),
    }),
  },
});

const server = http.createServer((req, res) => {
  if (req.url === '/readyz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
    return;
  }
  void runtime(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`hive gateway ready at http://127.0.0.1:${port}/graphql`));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close();
    void Promise.resolve(runtime.dispose()).finally(() => process.exit(0));
  });
}
