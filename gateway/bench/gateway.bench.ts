/**
 * Gateway throughput side by side with Hive Gateway: `npm run bench:gateway`.
 *
 * Starts the whole system with the test harness (demo seed) and, as its own process, Hive Gateway
 * on the same supergraph and the same subgraphs (hive-gateway.main.ts). Four members sign in; every
 * run sends their requests in turn with varying `first:` (so neither in-flight deduplication nor a
 * response cache flatters anyone), 50 connections, after a short warm-up. For each query, two
 * interleaved rounds (Kizuna, Hive, Kizuna, Hive), so a busy machine slows both alike:
 *  1. `three`: identity, directory and notification (the member, their profile, their notifications);
 *  2. `home`: what the home page shows, from all six services;
 * then straight at the identity subgraph, `{ me { displayName } }`.
 * Both gateways share the answer of an identical subgraph query already in flight (Hive Gateway's
 * default and Kizuna's); `SUBGRAPH_DEDUPLICATION=false` turns that off in both.
 * Each run also prints the CPU time each process spent per request (from /proc), which shows where
 * the milliseconds go. As its last line, one JSON object:
 *   {"ratioVsHive":{"three","home"},"queries":{…},"subgraph":{"rps","p50","p99"},"overhead_ratio"}
 * Latencies are in ms; ratioVsHive = Kizuna req/s ÷ Hive req/s over both rounds; overhead_ratio =
 * identity subgraph req/s ÷ Kizuna gateway req/s on `three`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { startTsProcess, waitForHttp, type ManagedProcess } from '@kizuna/stack';
import { freePort, SERVICE_NAMES, startStack, type Stack } from '@kizuna/testing';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** Both gateways share identical subgraph queries in flight (each one's default) unless `false`. */
const DEDUPLICATION = process.env.SUBGRAPH_DEDUPLICATION === 'false' ? 'false' : 'true';

const MEMBERS = ['taro.yamada', 'hanako.sato', 'ichiro.suzuki'];
const FIRSTS = [1, 2, 3, 4, 5];

const QUERIES = {
  three: 'query Member($first: Int!) { me { displayName profile { displayName } notifications(first: $first) { unreadCount edges { node { title } } } } }',
  home: `query Home($first: Int!) {
  me {
    id displayName role status network { id slug name defaultLocale }
    unreadMessageCount openRecruitmentPostCount publishedArticleCount
    notifications(first: $first) { unreadCount totalCount edges { node { id kind title createdAt readAt } } }
  }
  peopleYouMayKnow(first: $first) { score member { id displayName } }
}`,
} as const;
type QueryName = keyof typeof QUERIES;
const SUBGRAPH_QUERY = '{ me { displayName } }';

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU ms per request of each process that served the run. */
  cpu: Record<string, number>;
}

type Request = { method: 'POST'; headers: Record<string, string>; body: string };

/** Every member with every `first:`, in an order that alternates members. */
function mixedRequests(query: string, tokens: string[], extraHeaders: Record<string, string> = {}): Request[] {
  return FIRSTS.flatMap((first) =>
    tokens.map((token) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...extraHeaders },
      body: JSON.stringify({ query, variables: { first } }),
    })),
  );
}

/** CPU ticks (user + system, 100 a second) of a process so far, from /proc; undefined once it ended. */
function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/**
 * This bench's processes by name: the stack's services and gateway, Hive Gateway (its children),
 * and the Postgres backends serving its database (summed as `postgres`).
 */
function benchProcesses(database: string): Record<string, number[]> {
  const found: Record<string, number[]> = {};
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.startsWith('postgres: ') && cmdline.includes(` ${database} `)) {
        (found.postgres ??= []).push(Number(entry));
        continue;
      }
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const match = /(services\/(\w+)\/src\/main\.ts|gateway\/src\/main\.ts|hive-gateway\.main\.ts)/.exec(cmdline);
      if (!match) continue;
      found[match[2] ?? (match[1].startsWith('gateway') ? 'kizuna-gw' : 'hive-gw')] = [Number(entry)];
    } catch {
      // The process ended meanwhile.
    }
  }
  return found;
}

let databaseName = '';

async function run(url: string, requests: Request[], seconds: number): Promise<Measured> {
  const processes = benchProcesses(databaseName);
  const before = new Map(
    Object.values(processes)
      .flat()
      .map((pid) => [pid, cpuTicks(pid)]),
  );
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests });
  const cpu: Record<string, number> = {};
  for (const [name, pids] of Object.entries(processes)) {
    // A Postgres backend that ended during the run (a pool closing an idle connection) is left out.
    const ticks = pids.reduce((sum, pid) => sum + ((cpuTicks(pid) ?? before.get(pid) ?? 0) - (before.get(pid) ?? 0)), 0);
    cpu[name] = Math.round((ticks * 10 * 100) / Math.max(1, result.requests.total)) / 100;
  }
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    cpu,
  };
}

/**
 * One request of each kind first: a benchmark of error responses would measure nothing useful.
 * Asked again after a pause when one fails: on a shared Postgres, the connections another run
 * still holds can refuse a service's for a moment.
 */
async function assertAnswers(url: string, requests: Request[], attempts = 4): Promise<void> {
  for (const request of requests) {
    const response = await fetch(url, request);
    const result = (await response.json()) as { data?: { me?: unknown }; errors?: unknown };
    if (result.errors || !result.data?.me) {
      if (attempts <= 1) throw new Error(`${url} does not answer ${request.body}: ${JSON.stringify(result)}`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      return assertAnswers(url, requests, attempts - 1);
    }
  }
}

async function measure(label: string, url: string, requests: Request[]): Promise<Measured> {
  await assertAnswers(url, requests);
  process.stderr.write(`${label}: warming up ${WARMUP_S} s, then ${DURATION_S} s at ${CONNECTIONS} connections…\n`);
  if (WARMUP_S > 0) await run(url, requests, WARMUP_S);
  return run(url, requests, DURATION_S);
}

function table(rows: [string, Measured][]): string {
  const processes = [...new Set(rows.flatMap(([, m]) => Object.keys(m.cpu)))].filter((name) => rows.some(([, m]) => m.cpu[name] >= 0.05));
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', ...processes.map((name) => `${name} cpu`)];
  const body = rows.map(([label, m]) => [
    label,
    m.rps.toFixed(1),
    String(m.p50),
    String(m.p99),
    String(m.requests),
    String(m.non2xx),
    String(m.errors),
    ...processes.map((name) => (m.cpu[name] ?? 0).toFixed(2)),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function startHiveGateway(stack: Stack): Promise<{ url: string; process: ManagedProcess }> {
  const port = await freePort();
  const managed = startTsProcess({
    name: 'hive-gateway',
    entry: resolve(__dirname, 'hive-gateway.main.ts'),
    env: {
      PORT: String(port),
      GATEWAY_SECRET: stack.gatewaySecret,
      ...Object.fromEntries(SERVICE_NAMES.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, stack.serviceUrl(name)])),
    },
    logFile: resolve(stack.logDir, 'hive-gateway.log'),
  });
  await waitForHttp(`http://127.0.0.1:${port}/readyz`, { process: managed, timeoutMs: 60_000 });
  return { url: `http://127.0.0.1:${port}/graphql`, process: managed };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round2 = (value: number) => Math.round(value * 100) / 100;

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn'; // a log line per request would measure the disk
  process.env.SUBGRAPH_DEDUPLICATION = DEDUPLICATION; // the stack's gateway and Hive Gateway read it
  process.env.RATE_LIMIT_MEMBER ??= '1000000/1m'; // the gateway's per-member limit would otherwise be what is measured
  const stack = await startStack({ seed: 'demo' });
  databaseName = new URL(stack.databaseUrl).pathname.slice(1);
  const rows: Record<QueryName, [string, Measured][]> = { three: [], home: [] };
  const runs: Record<QueryName, { kizuna: Measured[]; hive: Measured[] }> = { three: { kizuna: [], hive: [] }, home: { kizuna: [], hive: [] } };
  let subgraph: Measured;
  let hive: ManagedProcess | undefined;
  try {
    const tokens = [
      await stack.signInAdmin(),
      ...(await Promise.all(MEMBERS.map((handle) => stack.signIn(`${handle}@demo.kizuna.dev`, stack.demo.memberPassword)))),
    ];
    const started = await startHiveGateway(stack);
    hive = started.process;
    const gateways = { kizuna: stack.gatewayUrl!, hive: started.url };
    for (const name of Object.keys(QUERIES) as QueryName[]) {
      const requests = mixedRequests(QUERIES[name], tokens);
      for (let round = 1; round <= ROUNDS; round++) {
        for (const gateway of ['kizuna', 'hive'] as const) {
          const measured = await measure(`${name} · ${gateway} · round ${round}`, gateways[gateway], requests);
          runs[name][gateway].push(measured);
          rows[name].push([`${gateway} round ${round}`, measured]);
        }
      }
    }
    subgraph = await measure('identity subgraph', stack.serviceUrl('identity'), mixedRequests(SUBGRAPH_QUERY, tokens, stack.gatewayHeaders));
  } finally {
    await hive?.stop();
    await stack.stop();
  }
  // Printed once everything stopped, so the JSON line stays the last line of the output.
  const summary = (measured: Measured[]) => ({
    rps: Math.round(mean(measured.map((m) => m.rps)) * 10) / 10,
    p50: round2(mean(measured.map((m) => m.p50))),
    p99: round2(mean(measured.map((m) => m.p99))),
  });
  const queries = Object.fromEntries(
    (Object.keys(QUERIES) as QueryName[]).map((name) => {
      const kizuna = summary(runs[name].kizuna);
      const hiveSummary = summary(runs[name].hive);
      return [name, { kizuna, hive: hiveSummary, ratioVsHive: round2(kizuna.rps / hiveSummary.rps) }];
    }),
  ) as Record<QueryName, { kizuna: ReturnType<typeof summary>; hive: ReturnType<typeof summary>; ratioVsHive: number }>;
  const overheadRatio = round2(subgraph.rps / queries.three.kizuna.rps);
  console.log('');
  console.log(
    `transport: ${stack.kafkaBrokers ? 'kafka' : 'embedded'}; ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s per run, ${ROUNDS} interleaved rounds; subgraph deduplication ${DEDUPLICATION === 'true' ? 'on' : 'off'} in both`,
  );
  console.log(`requests: ${1 + MEMBERS.length} members × first: ${FIRSTS.join('/')}, in turn; cpu = CPU ms per request of each process`);
  for (const name of Object.keys(QUERIES) as QueryName[]) {
    console.log(`\n${name}: ${QUERIES[name].replace(/\s+/g, ' ')}\n`);
    console.log(table(rows[name]));
    const { kizuna, hive: hiveSummary, ratioVsHive } = queries[name];
    console.log(`${name}: Kizuna ${kizuna.rps} req/s, Hive Gateway ${hiveSummary.rps} req/s → Kizuna ÷ Hive = ${ratioVsHive}`);
  }
  console.log(`\nidentity subgraph (direct): ${SUBGRAPH_QUERY}\n`);
  console.log(table([['identity subgraph', subgraph]]));
  console.log(`\noverhead ratio (identity subgraph req/s ÷ Kizuna gateway req/s on three): ${overheadRatio}`);
  const pick = ({ rps, p50, p99 }: Measured) => ({ rps, p50, p99 });
  console.log(
    JSON.stringify({
      ratioVsHive: { three: queries.three.ratioVsHive, home: queries.home.ratioVsHive },
      deduplication: DEDUPLICATION === 'true',
      queries,
      subgraph: pick(subgraph),
      overhead_ratio: overheadRatio,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
