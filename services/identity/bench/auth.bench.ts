/**
 * Sign-in throughput and latency, and the cost of verifying access tokens: `npm run bench:auth`.
 *
 * Starts the whole system with the test harness (demo seed) and registers ACCOUNTS accounts. Then
 * sign-ins (e-mail and password, argon2id as configured in identity), cycling through the accounts:
 *  1. open loop, the way real traffic arrives: BENCH_OPEN_RATE (40) sign-ins a second through the
 *     gateway for BENCH_OPEN_SECONDS (30), each sent on schedule whether or not earlier ones have
 *     been answered, its latency counted from when it was due (goal: p99 ≤ 300 ms);
 *  2. closed loop: 20 clients that each send the next sign-in as soon as the last is answered, for
 *     20 s after a short warm-up, through the gateway (as the web client does; the refresh cookie is
 *     set on every answer) and straight at the identity subgraph. This measures the most sign-ins a
 *     second identity's argon2 queue gets through; its latency is that queue (20 clients ÷ the
 *     rate), not what a member waits at a realistic rate.
 * Every answer is checked: a refused sign-in counts as an error (the open loop says why). Rate
 * limiting stays on: a successful sign-in resets its account's count and costs its client address
 * nothing, so the figures include the limiter's own database work; only the per-address limit is
 * lifted, since every bench client shares one address.
 *
 * Then the gateway's token verification (jose, ES256, identity's JWKS fetched over HTTP as the
 * gateway does), timed per call: the signature check alone, and through the verified-token cache
 * the gateway and every subgraph put in front of it.
 *
 * Prints a table, then, as the last line, one JSON object (times in ms):
 *   {"signIn":{"openLoop":{"rate","p50","p99","max",…},"gateway":{"rps","p50","p99"},"identity":{...}},"verify":{"uncachedMs","cachedMs"},"argon2id":{...}}
 */
import http from 'node:http';
import autocannon from 'autocannon';
import { createTokenVerifier, rememberVerifiedTokens, remoteKeySet } from '@kizuna/auth';
import { startStack, type Stack } from '@kizuna/testing';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100);
const VERIFICATIONS = Number(process.env.BENCH_VERIFICATIONS ?? 20_000);
const OPEN_RATE = Number(process.env.BENCH_OPEN_RATE ?? 40);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 30);
const PASSWORD = 'bench-correct-horse-battery';
/** identity's argon2id parameters (services/identity/src/accounts/passwords.ts). */
const ARGON2ID = { memoryKiB: 19_456, iterations: 2, parallelism: 1 };

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code } } }';

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  refused: number;
  non2xx: number;
  errors: number;
}

/** The gateway credential, for the requests sent to identity directly. */
let gatewayHeaders: Record<string, string> = {};

async function run(url: string, emails: string[], seconds: number): Promise<Measured> {
  let next = 0;
  let refused = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'kizuna-bench', ...gatewayHeaders },
        setupRequest: (request) => {
          const email = emails[next++ % emails.length];
          return { ...request, body: JSON.stringify({ query: SIGN_IN, variables: { input: { networkSlug: 'demo', email, password: PASSWORD } } }) };
        },
        onResponse: (_status, body) => {
          if (!body.includes('"accessToken":"ey')) refused += 1;
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    refused,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

interface OpenLoop {
  rate: number;
  seconds: number;
  sent: number;
  answered: number;
  refused: number;
  /** Why sign-ins were refused: error code → count. */
  refusals: Record<string, number>;
  failed: number;
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Sends `rate` sign-ins a second for `seconds`, each at its due time whatever is still unanswered
 * (an open loop: no client waits for its last answer), and times each from its due time, so a
 * backlog shows in the figures instead of slowing the sender down.
 */
async function openLoop(url: string, emails: string[], rate: number, seconds: number): Promise<OpenLoop> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const target = new URL(url);
  const latencies: number[] = [];
  let refused = 0;
  let failed = 0;
  const refusals: Record<string, number> = {};
  const send = (email: string, due: number) =>
    new Promise<void>((resolve) => {
      const body = JSON.stringify({ query: SIGN_IN, variables: { input: { networkSlug: 'demo', email, password: PASSWORD } } });
      const request = http.request(
        target,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'user-agent': 'kizuna-bench', 'content-length': Buffer.byteLength(body), ...gatewayHeaders },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            latencies.push(performance.now() - due);
            const text = Buffer.concat(chunks).toString();
            if (!text.includes('"accessToken":"ey')) {
              refused += 1;
              const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? `HTTP ${response.statusCode}`;
              refusals[code] = (refusals[code] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      request.on('error', () => {
        failed += 1;
        resolve();
      });
      request.end(body);
    });
  const total = Math.round(rate * seconds);
  const start = performance.now() + 50;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(emails[i % emails.length], due));
  }
  await Promise.all(pending);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 10) / 10;
  return {
    rate,
    seconds,
    sent: total,
    answered: latencies.length,
    refused,
    refusals,
    failed,
    p50: ms(percentile(sorted, 50)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted.at(-1) ?? 0),
  };
}

async function measure(label: string, url: string, emails: string[]): Promise<Measured> {
  process.stderr.write(`${label}: warming up ${WARMUP_S} s, then ${DURATION_S} s at ${CONNECTIONS} concurrent clients…\n`);
  if (WARMUP_S > 0) await run(url, emails, WARMUP_S);
  return run(url, emails, DURATION_S);
}

async function registerAccounts(stack: Stack): Promise<string[]> {
  const emails = Array.from({ length: ACCOUNTS }, (_, i) => `bench-${i}@bench.kizuna.test`);
  process.stderr.write(`registering ${ACCOUNTS} accounts…\n`);
  for (let i = 0; i < emails.length; i += 10) {
    await Promise.all(emails.slice(i, i + 10).map((email, j) => stack.register({ email, password: PASSWORD, displayName: `Bench ${i + j}` })));
  }
  return emails;
}

/** Mean time per call of `verify` over `count` calls, after a warm-up. */
async function timePerCall(verify: () => Promise<unknown>, count: number): Promise<number> {
  for (let i = 0; i < 500; i += 1) await verify();
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) await verify();
  return Number(process.hrtime.bigint() - started) / 1e6 / count;
}

function table(rows: [string, Measured][]): string {
  const header = ['', 'sign-ins/s', 'p50 ms', 'p99 ms', 'requests', 'refused', 'non-2xx', 'errors'];
  const body = rows.map(([label, m]) => [
    label,
    m.rps.toFixed(1),
    String(m.p50),
    String(m.p99),
    String(m.requests),
    String(m.refused),
    String(m.non2xx),
    String(m.errors),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn'; // a log line per request would measure the disk
  // Every bench client shares one address: the gateway's per-address limits would otherwise be what is measured.
  process.env.RATE_LIMIT_SIGN_IN ??= '1000000/1m';
  process.env.RATE_LIMIT_ANONYMOUS ??= '1000000/1m';
  const stack = await startStack({ seed: 'demo' });
  gatewayHeaders = stack.gatewayHeaders;
  let open: OpenLoop;
  let gateway: Measured;
  let identity: Measured;
  let uncachedMs: number;
  let cachedMs: number;
  try {
    const emails = await registerAccounts(stack);
    const probe = await stack.graphql(stack.gatewayUrl!, SIGN_IN, { input: { networkSlug: 'demo', email: emails[0], password: PASSWORD } });
    if (!probe.data?.signIn.accessToken) throw new Error(`sign-in does not work: ${JSON.stringify(probe)}`);

    process.stderr.write(`open loop: ${OPEN_RATE} sign-ins/s through the gateway for ${OPEN_SECONDS} s…\n`);
    await openLoop(stack.gatewayUrl!, emails, OPEN_RATE, Math.min(3, OPEN_SECONDS)); // warm-up
    open = await openLoop(stack.gatewayUrl!, emails, OPEN_RATE, OPEN_SECONDS);
    gateway = await measure('sign-in through the gateway', stack.gatewayUrl!, emails);
    identity = await measure('sign-in at identity', stack.serviceUrl('identity'), emails);

    process.stderr.write(`token verification: ${VERIFICATIONS} calls each…\n`);
    const token = probe.data.signIn.accessToken as string;
    const jwksUrl = new URL('/.well-known/jwks.json', stack.serviceUrl('identity')).toString();
    const verifier = createTokenVerifier(remoteKeySet(jwksUrl));
    const cached = rememberVerifiedTokens(verifier);
    uncachedMs = await timePerCall(() => verifier.verify(token), VERIFICATIONS);
    cachedMs = await timePerCall(() => cached.verify(token), VERIFICATIONS);
  } finally {
    await stack.stop();
  }
  const round = (ms: number) => Math.round(ms * 10_000) / 10_000;
  // Printed once everything stopped, so the JSON line stays the last line of the output.
  console.log('');
  console.log(`transport: ${stack.kafkaBrokers ? 'kafka' : 'embedded'}; ${CONNECTIONS} concurrent clients, ${DURATION_S} s each, ${ACCOUNTS} accounts`);
  console.log(`argon2id: m=${ARGON2ID.memoryKiB} KiB, t=${ARGON2ID.iterations}, p=${ARGON2ID.parallelism} (OWASP's recommendation)`);
  console.log('');
  console.log(`open loop (real traffic: sign-ins arrive at a fixed rate, latency from when each was due), through the gateway:`);
  console.log(
    `  ${open.rate}/s for ${open.seconds} s: ${open.answered}/${open.sent} answered, refused ${open.refused}${open.refused ? ` ${JSON.stringify(open.refusals)}` : ''}, failed ${open.failed}; p50 ${open.p50} ms, p99 ${open.p99} ms, max ${open.max} ms (goal p99 ≤ 300 ms)`,
  );
  console.log('');
  console.log(`closed loop (${CONNECTIONS} clients always waiting: the capacity of identity's argon2 queue; latency ≈ ${CONNECTIONS} ÷ rate is that queue):`);
  console.log(
    table([
      ['sign-in through the gateway', gateway],
      ['sign-in at identity (direct)', identity],
    ]),
  );
  console.log('');
  console.log(`token verification per call: ${round(uncachedMs)} ms (ES256 signature check), ${round(cachedMs)} ms (verified-token cache)`);
  const pick = ({ rps, p50, p99, refused }: Measured) => ({ rps, p50, p99, refused });
  console.log(
    JSON.stringify({
      signIn: { openLoop: open, gateway: pick(gateway), identity: pick(identity) },
      verify: { uncachedMs: round(uncachedMs), cachedMs: round(cachedMs) },
      argon2id: ARGON2ID,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
