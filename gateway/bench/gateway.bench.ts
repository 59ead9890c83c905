/**
 * Gateway throughput and latency against the subgraph it fronts: `npm run bench:gateway`.
 *
 * Starts the whole system with the test harness (demo seed), signs in, then drives autocannon for
 * 20 s at 50 connections, each run after a short warm-up:
 *  1. through the gateway, a query spanning identity, directory and notification;
 *  2. straight at the identity subgraph, the identity-only part of it.
 * Prints a table, then, as the last line, one JSON object:
 *   {"gateway":{"rps","p50","p99"},"subgraph":{"rps","p50","p99"},"overhead_ratio"}
 * Latencies are in ms; overhead_ratio = subgraph rps / gateway rps (how many times the bare
 * subgraph's throughput the composed query reaches).
 */
import autocannon from 'autocannon';
import { startStack, type Stack } from '@kizuna/testing';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

const GATEWAY_QUERY = '{ me { displayName profile { displayName } notifications(first: 5) { unreadCount edges { node { title } } } } }';
const SUBGRAPH_QUERY = '{ me { displayName } }';

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

let gatewayHeaders: Record<string, string> = {};

async function run(url: string, query: string, token: string, seconds: number): Promise<Measured> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    // The gateway ignores the subgraphs' credential; a subgraph measured directly needs it.
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...gatewayHeaders },
    body: JSON.stringify({ query }),
  });
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** One request first: a benchmark of error responses would measure nothing useful. */
async function assertAnswers(stack: Stack, url: string, query: string, token: string): Promise<void> {
  const result = await stack.graphql(url, query, {}, token);
  if (result.errors || !result.data?.me) throw new Error(`${url} does not answer ${query}: ${JSON.stringify(result)}`);
}

async function measure(label: string, stack: Stack, url: string, query: string, token: string): Promise<Measured> {
  await assertAnswers(stack, url, query, token);
  process.stderr.write(`${label}: warming up ${WARMUP_S} s, then ${DURATION_S} s at ${CONNECTIONS} connections…\n`);
  if (WARMUP_S > 0) await run(url, query, token, WARMUP_S);
  return run(url, query, token, DURATION_S);
}

function table(rows: [string, Measured][]): string {
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors'];
  const body = rows.map(([label, m]) => [label, m.rps.toFixed(1), String(m.p50), String(m.p99), String(m.requests), String(m.non2xx), String(m.errors)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn'; // a log line per request would measure the disk
  // Each member sends far more than the gateway's per-member limit allows: counted, never reached.
  process.env.RATE_LIMIT_MEMBER ??= '1000000/1m';
  const stack = await startStack({ seed: 'demo' });
  gatewayHeaders = stack.gatewayHeaders;
  let gateway: Measured;
  let subgraph: Measured;
  try {
    const token = await stack.signInAdmin();
    gateway = await measure('gateway', stack, stack.gatewayUrl!, GATEWAY_QUERY, token);
    subgraph = await measure('identity subgraph', stack, stack.serviceUrl('identity'), SUBGRAPH_QUERY, token);
  } finally {
    await stack.stop();
  }
  // Printed once everything stopped, so the JSON line stays the last line of the output.
  const overheadRatio = Math.round((subgraph.rps / gateway.rps) * 100) / 100;
  console.log('');
  console.log(`transport: ${stack.kafkaBrokers ? 'kafka' : 'embedded'}; ${CONNECTIONS} connections, ${DURATION_S} s each`);
  console.log(`gateway:  ${GATEWAY_QUERY}`);
  console.log(`subgraph: ${SUBGRAPH_QUERY} (identity, direct)`);
  console.log('');
  console.log(table([['gateway (identity+directory+notification)', gateway], ['identity subgraph (direct)', subgraph]]));
  console.log(`\noverhead ratio (subgraph req/s ÷ gateway req/s): ${overheadRatio}`);
  const pick = ({ rps, p50, p99 }: Measured) => ({ rps, p50, p99 });
  console.log(JSON.stringify({ gateway: pick(gateway), subgraph: pick(subgraph), overhead_ratio: overheadRatio }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
