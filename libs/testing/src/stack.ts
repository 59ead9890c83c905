import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { AccessTokenClaims } from '@kizuna/auth';
import { createTransport, parseEnvelope, type EventEnvelope } from '@kizuna/events';
import { GATEWAY_SECRET_HEADER } from '@kizuna/runtime';
import { startLocalMailbox, type LocalMailbox } from '@kizuna/mail';
import { createDatabase, dropDatabase, REPO_ROOT, SERVICE_NAMES, startPostgres, startSystem, type PostgresServer, type ServiceName } from '@kizuna/stack';
import { freePort } from './free-port';

export interface StackOptions {
  /** Services to start; default all six. */
  services?: ServiceName[];
  /** Start the gateway; default true when every service runs. */
  gateway?: boolean;
  seed?: 'demo';
  /** Serve the built web client with `vite preview`. */
  web?: boolean;
  /** identity's sign-in providers (OIDC_PROVIDERS JSON), e.g. `startLocalOidcProvider()`'s `providersSetting()`. */
  oidcProviders?: string;
  /** identity's PUBLIC_WEB_URL; default: the web client of this stack, or http://localhost:5173. */
  publicWebUrl?: string;
  /** Extra settings for one service's process, e.g. `{ messaging: { ROOM_MAX_MEMBERS: '3' } }`. */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Extra settings for every gateway of the stack, e.g. `{ RATE_LIMIT_REGISTER: '3/1m' }` or `{ NODE_ENV: 'production' }`. */
  gatewayEnv?: Record<string, string>;
}

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: (string | number)[] }[];
}

export const DEMO = {
  networkSlug: 'demo',
  admin: { email: 'admin@demo.kizuna.dev', password: 'kizuna-demo-2026' },
  memberPassword: 'kizuna-demo-2026',
  otherNetwork: { networkSlug: 'kizuna-corp', admin: { email: 'admin@corp.kizuna.dev', password: 'kizuna-demo-2026' } },
} as const;

export interface Stack {
  databaseUrl: string;
  topicPrefix: string;
  kafkaBrokers?: string[];
  gatewayUrl?: string;
  webUrl?: string;
  demo: typeof DEMO;
  /** The SMTP server identity sends this stack's e-mail to: read what was sent with `waitForMail` / `messages`. */
  mailbox: LocalMailbox;
  /** Where each process writes its log (read it when a test fails). */
  logDir: string;
  serviceUrl(name: ServiceName): string;
  /**
   * The header that makes a request the gateway's (the subgraphs answer nobody else), for a test
   * that calls a subgraph itself. `graphql` adds it to requests to this stack's subgraphs.
   */
  gatewayHeaders: Record<string, string>;
  /** This run's GATEWAY_SECRET, for a gateway a test starts itself. */
  gatewaySecret: string;
  graphql<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Signs in through identity and returns the access token; throws with the user errors otherwise. */
  signIn(email: string, password: string, networkSlug?: string): Promise<string>;
  /** Signs in as the owner of the demo network, or of the other demo network. */
  signInAdmin(network?: 'demo' | 'otherNetwork'): Promise<string>;
  /**
   * Registers a member through identity as a person does: `register` answers CHECK_YOUR_INBOX, and
   * the link mailed to the address (to `mailbox`) is opened, which verifies the address and starts
   * the session; returns its token and the member id. With `verifyEmail: false` the mail is left
   * unopened and the session comes from signing in with the password (the address stays unverified).
   */
  register(input: {
    email: string;
    password?: string;
    displayName: string;
    networkSlug?: string;
    verifyEmail?: boolean;
  }): Promise<{ token: string; memberId: string }>;
  /**
   * `register(input)` on identity as a person does, selecting `selection` of the payload: when the
   * answer is CHECK_YOUR_INBOX, the link then mailed to the address is opened (`verifyEmail`, same
   * selection: it has `accessToken`, `member` and `errors` too) and its answer is returned in
   * `register`'s place; any other answer is returned as it came.
   */
  registerThroughMail<T = any>(input: Record<string, unknown>, selection?: string): Promise<GraphQLResult<{ register: T }>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  sql<R = Record<string, any>>(query: string, params?: unknown[]): Promise<R[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs?: number): Promise<T>;
  /** One more gateway instance on the same services (and the same rate-limit store); `env` on top of `gatewayEnv`. */
  startGateway(env?: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }>;
  /** Reads a topic (logical name, without the run's prefix) from its start, as an outside consumer would. */
  collectEvents(topic: string): Promise<EventCollector>;
  stop(): Promise<void>;
}

export interface EventCollector {
  events: EventEnvelope[];
  stop(): Promise<void>;
}

let sharedServer: Promise<PostgresServer> | undefined;
let liveStacks = 0;

/** One Postgres server per test process: DATABASE_URL's, or an embedded one in a temporary folder. */
function postgresServer(): Promise<PostgresServer> {
  sharedServer ??= (async () => {
    if (process.env.DATABASE_URL) return startPostgres({ dataDir: '', port: 0, persistent: false });
    const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-pg-'));
    const server = await startPostgres({ dataDir, port: await freePort(), persistent: false });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  })();
  return sharedServer;
}

/**
 * Starts a fresh system for one test file: a new database, a new topic prefix (so Kafka topics and
 * consumer groups are new too), the chosen services as child processes, optionally the gateway and
 * the web client. `stop()` tears all of it down.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const server = await postgresServer();
  liveStacks += 1;
  const runId = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const databaseUrl = await createDatabase(server.url, `kizuna_${runId}`);
  const topicPrefix = `${runId}.`;
  const kafkaBrokers = process.env.KAFKA_BROKERS ? process.env.KAFKA_BROKERS.split(',') : undefined;
  const services = options.services ?? SERVICE_NAMES;
  const ports: Record<string, number> = {};
  for (const name of [...services, 'gateway', 'web']) ports[name] = await freePort();
  const logDir = resolve(REPO_ROOT, '.kizuna/test-logs', runId);
  const withGateway = options.gateway ?? services.length === SERVICE_NAMES.length;
  const mailbox = await startLocalMailbox();

  const system = await startSystem({
    databaseUrl,
    kafkaBrokers,
    redisUrl: process.env.REDIS_URL,
    topicPrefix,
    services,
    ports,
    gateway: withGateway,
    seedDemo: options.seed === 'demo',
    web: options.web ? 'preview' : undefined,
    logDir,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    smtpUrl: mailbox.smtpUrl,
    mailFrom: 'Kizuna <no-reply@kizuna.test>',
    oidcProviders: options.oidcProviders,
    publicWebUrl: options.publicWebUrl,
    serviceEnv: options.serviceEnv,
    gatewayEnv: options.gatewayEnv,
  }).catch(async (error: unknown) => {
    await mailbox.stop();
    throw error;
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // `pool.end()` resolves before its connections have closed, so dropping the test database at stop()
  // can terminate one of them; the pool re-emits that expected "terminating connection" as its own error.
  pool.on('error', () => undefined);

  const gatewayHeaders = { [GATEWAY_SECRET_HEADER]: system.gatewaySecret };
  const subgraphOrigins = new Set(Object.values(system.serviceUrls).map((url) => new URL(url).origin));
  const graphql: Stack['graphql'] = async (url, query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(subgraphOrigins.has(new URL(url).origin) ? gatewayHeaders : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as never;
  };
  const identityUrl = () => {
    const url = system.serviceUrls.identity;
    if (!url) throw new Error('identity is not running in this stack');
    return url;
  };
  const extraGateways: { stop(): Promise<void> }[] = [];
  const collectors: EventCollector[] = [];

  const stack: Stack = {
    databaseUrl,
    topicPrefix,
    kafkaBrokers,
    gatewayUrl: system.gatewayUrl,
    webUrl: system.webUrl,
    demo: DEMO,
    mailbox,
    logDir,
    serviceUrl(name) {
      const url = system.serviceUrls[name];
      if (!url) throw new Error(`${name} is not running in this stack`);
      return url;
    },
    gatewayHeaders,
    gatewaySecret: system.gatewaySecret,
    graphql,
    async signIn(email, password, networkSlug = DEMO.networkSlug) {
      const result = await graphql<{ signIn: { accessToken: string | null; errors: { code: string; message: string }[] } }>(
        identityUrl(),
        'mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { code message } } }',
        { input: { email, password, networkSlug } },
      );
      const token = result.data?.signIn.accessToken;
      if (!token) throw new Error(`Sign-in failed: ${JSON.stringify(result.errors ?? result.data?.signIn.errors)}`);
      return token;
    },
    signInAdmin(network = 'demo') {
      const { admin, networkSlug } = network === 'demo' ? DEMO : DEMO.otherNetwork;
      return stack.signIn(admin.email, admin.password, networkSlug);
    },
    async register({ email, password = 'correct-horse-battery', displayName, networkSlug = DEMO.networkSlug, verifyEmail = true }) {
      const input = { email, password, displayName, networkSlug };
      if (!verifyEmail) {
        const answer = await graphql<{ register: { errors: { code: string }[] } }>(
          identityUrl(),
          'mutation($input: RegisterInput!) { register(input: $input) { errors { code field message } } }',
          { input },
        );
        const errors = answer.data?.register.errors;
        if (errors?.length !== 1 || errors[0].code !== 'CHECK_YOUR_INBOX') throw new Error(`Registration failed: ${JSON.stringify(answer.errors ?? errors)}`);
        const token = await stack.signIn(email, password, networkSlug);
        return { token, memberId: claimsOf(token).mid };
      }
      const result = await stack.registerThroughMail<{ accessToken: string | null; member: { id: string } | null; errors: unknown[] }>(input);
      const payload = result.data?.register;
      if (!payload?.accessToken || !payload.member) throw new Error(`Registration failed: ${JSON.stringify(result.errors ?? payload?.errors)}`);
      return { token: payload.accessToken, memberId: payload.member.id };
    },
    async registerThroughMail(input, selection = 'accessToken member { id } errors { code field message }') {
      const address = String(input.email).trim().toLowerCase();
      const isLink = (link: string) => link.includes('/verify-email?');
      const seen = new Set(mailbox.messages({ to: address }).map((mail) => mail.id));
      const answer = await graphql<{ register: { errors: { code: string }[] } }>(
        identityUrl(),
        `mutation($input: RegisterInput!) { register(input: $input) { ${selection} } }`,
        { input: { networkSlug: DEMO.networkSlug, password: 'correct-horse-battery', ...input } },
      );
      const errors = answer.data?.register.errors;
      if (errors?.length !== 1 || errors[0].code !== 'CHECK_YOUR_INBOX') return answer as never;
      const mail = await stack.waitFor(async () => mailbox.messages({ to: address }).find((m) => !seen.has(m.id) && m.links.some(isLink)), 20_000);
      const token = new URL(mail.links.find(isLink)!).searchParams.get('token');
      // The mail can leave a moment before the transaction that stored its token commits.
      return stack.waitFor(async (): Promise<GraphQLResult<{ register: never }> | null> => {
        const opened = await graphql<{ verifyEmail: { errors: { code: string }[] } }>(
          identityUrl(),
          `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { ${selection} } }`,
          { input: { token } },
        );
        if (opened.data?.verifyEmail.errors[0]?.code === 'TOKEN_INVALID') return null;
        return { ...opened, data: opened.data && { register: opened.data.verifyEmail as never } };
      });
    },
    async sql(query, params) {
      return (await pool.query(query, params)).rows;
    },
    async waitFor(probe, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let lastError: unknown;
      while (Date.now() < deadline) {
        try {
          const value = await probe();
          if (value) return value;
        } catch (error) {
          lastError = error;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`waitFor timed out after ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
    },
    async collectEvents(topic) {
      const transport = createTransport({ kafkaBrokers, databaseUrl, clientId: `test-${runId}` });
      const events: EventEnvelope[] = [];
      const subscription = await transport.subscribe({
        groupId: `${topicPrefix}collector-${randomBytes(4).toString('hex')}`,
        topics: [topicPrefix + topic],
        fromBeginning: true,
        handleBatch: async (messages) => {
          for (const message of messages) events.push(parseEnvelope(message.value));
        },
      });
      const collector = {
        events,
        async stop() {
          await subscription.close();
          await transport.close();
        },
      };
      collectors.push(collector);
      return collector;
    },
    async startGateway(env) {
      const gateway = await system.startGateway(await freePort(), env);
      extraGateways.push(gateway);
      return gateway;
    },
    async stop() {
      await Promise.allSettled(collectors.map((c) => c.stop()));
      await system.stop();
      await mailbox.stop();
      await pool.end();
      await dropDatabase(server.url, `kizuna_${runId}`).catch(() => undefined);
      liveStacks -= 1;
      if (liveStacks === 0) await stopSharedPostgres();
    },
  };
  return stack;
}

/** Stops the embedded Postgres server, if this process started one (jest globalTeardown or afterAll). */
export async function stopSharedPostgres(): Promise<void> {
  if (!sharedServer) return;
  const server = await sharedServer;
  sharedServer = undefined;
  await server.stop();
}

/** A throw-away database on the test Postgres server, for libraries tested without services. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = await postgresServer();
  liveStacks += 1;
  const name = `kizuna_t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const url = await createDatabase(server.url, name);
  return {
    url,
    async drop() {
      await dropDatabase(server.url, name).catch(() => undefined);
      liveStacks -= 1;
      if (liveStacks === 0) await stopSharedPostgres();
    },
  };
}

/** Whom an access token speaks for (read without verifying: tests only). */
export function claimsOf(token: string): AccessTokenClaims & { exp: number; iat: number } {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

/** Resolves `Member` references at one subgraph, the way the gateway does, selecting `fields` on each. */
export function memberEntities(stack: Stack, url: string, memberIds: string[], fields: string, token?: string) {
  return stack.graphql(
    url,
    `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Member { ${fields} } } }`,
    { reps: memberIds.map((id) => ({ __typename: 'Member', id })) },
    token,
  );
}
