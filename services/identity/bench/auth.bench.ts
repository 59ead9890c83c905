/**
 * Sign-in throughput and latency, and the cost of verifying access tokens: `npm run bench:auth`.
 *
 * Starts the whole system with the test harness (demo seed) and registers ACCOUNTS accounts. Then
 * 20 concurrent clients sign in (e-mail and password, argon2id as configured in identity) for 20 s
 * after a short warm-up, cycling through the accounts:
 *  1. through the gateway (as the web client does; the refresh cookie is set on every answer);
 *  2. straight at the identity subgraph.
 * Every answer is checked: a refused sign-in counts as an error. Rate limiting stays on and is not
 * hit: each account signs in at most once at a time and a successful sign-in resets its count and
 * costs its client address nothing, so the figures include the limiter's own database work.
 *
 * Then the gateway's token verification (jose, ES256, identity's JWKS fetched over HTTP as the
 * gateway does), timed per call: the signature check alone, and through the verified-token cache
 * the gateway and every subgraph put in front of it.
 *
 * Prints a table, then, as the last line, one JSON object (times in ms):
 *   {"signIn":{"gateway":{"rps","p50","p99"},"identity":{...}},"verify":{"uncachedMs","cachedMs"},"argon2id":{...}}
 */
import autocannon from 'autocannon';
import { createTokenVerifier, rememberVerifiedTokens, remoteKeySet } from '@kizuna/auth';
import { startStack, type Stack } from '@kizuna/testing';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100);
const VERIFICATIONS = Number(process.env.BENCH_VERIFICATIONS ?? 20_000);
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
        // The gateway ignores the subgraphs' credential; identity measured directly needs it.
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
  const body = rows.map(([label, m]) => [label, m.rps.toFixed(1), String(m.p50), String(m.p99), String(m.requests), String(m.refused), String(m.non2xx), String(m.errors)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn'; // a log line per request would measure the disk
  // Every sign-in comes from one address: the gateway's per-address sign-in limit is counted, never reached.
  process.env.RATE_LIMIT_SIGN_IN ??= '1000000/1m';
  const stack = await startStack({ seed: 'demo' });
  gatewayHeaders = stack.gatewayHeaders;
  let gateway: Measured;
  let identity: Measured;
  let uncachedMs: number;
  let cachedMs: number;
  try {
    const emails = await registerAccounts(stack);
    const probe = await stack.graphql(stack.gatewayUrl!, SIGN_IN, { input: { networkSlug: 'demo', email: emails[0], password: PASSWORD } });
    if (!probe.data?.signIn.accessToken) throw new Error(`sign-in does not work: ${JSON.stringify(probe)}`);

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
  console.log(table([['sign-in through the gateway', gateway], ['sign-in at identity (direct)', identity]]));
  console.log('');
  console.log(`token verification per call: ${round(uncachedMs)} ms (ES256 signature check), ${round(cachedMs)} ms (verified-token cache)`);
  const pick = ({ rps, p50, p99, refused }: Measured) => ({ rps, p50, p99, refused });
  console.log(JSON.stringify({ signIn: { gateway: pick(gateway), identity: pick(identity) }, verify: { uncachedMs: round(uncachedMs), cachedMs: round(cachedMs) }, argon2id: ARGON2ID }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
