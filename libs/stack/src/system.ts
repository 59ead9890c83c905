import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { REPO_ROOT, startCommand, startTsProcess, waitForHttp, type ManagedProcess } from './processes';

export const SERVICE_PORTS = {
  identity: 4101,
  directory: 4102,
  messaging: 4103,
  content: 4104,
  recruitment: 4105,
  notification: 4106,
} as const;
export type ServiceName = keyof typeof SERVICE_PORTS;
export const SERVICE_NAMES = Object.keys(SERVICE_PORTS) as ServiceName[];

export interface SystemOptions {
  databaseUrl: string;
  kafkaBrokers?: string[];
  /** Redis for rate limits shared across instances; omitted: each process counts in memory. */
  redisUrl?: string;
  topicPrefix?: string;
  services?: ServiceName[];
  /** Port per service; defaults to SERVICE_PORTS. */
  ports?: Partial<Record<ServiceName | 'gateway' | 'web', number>>;
  gateway?: boolean;
  seedDemo?: boolean;
  /** With seedDemo: demo content too — filled profiles in the directory, rooms and conversations in messaging (`npm start`; tests start empty). */
  demoContent?: boolean;
  /** `dev`: Vite dev server (hot reload); `preview`: the production build, compressed and cached (built first when missing or stale). */
  web?: 'dev' | 'preview';
  /** Where process logs go; omitted: prefixed onto this process's output. */
  logDir?: string;
  logLevel?: string;
  /** Where identity sends e-mail (`smtp://host:port`); omitted: identity's own default. */
  smtpUrl?: string;
  /** The sender of identity's e-mail. */
  mailFrom?: string;
  /** The web origin used in links sent by e-mail; default: the web client started here, or http://localhost:5173. */
  publicWebUrl?: string;
  /** identity's OIDC_PROVIDERS (JSON): the outside sign-in providers; omitted: none. */
  oidcProviders?: string;
  /** Extra settings for one service's process (e.g. a low limit a test exercises). */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Extra settings for every gateway process (e.g. NODE_ENV=production, a short timeout). */
  gatewayEnv?: Record<string, string>;
  /** What the gateway presents to the subgraphs; default: a new random one for this run. */
  gatewaySecret?: string;
}

export interface RunningSystem {
  serviceUrls: Partial<Record<ServiceName, string>>;
  /** The GATEWAY_SECRET every process of this run got: the subgraphs answer only requests that present it. */
  gatewaySecret: string;
  gatewayUrl?: string;
  webUrl?: string;
  /** Starts one more gateway instance (e.g. to prove every instance sees every event); `env` on top of `gatewayEnv`. */
  startGateway(port: number, env?: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }>;
  stop(): Promise<void>;
}

const WEB_DIR = resolve(REPO_ROOT, 'web');
/** Beside the build it describes: `vite build` empties dist/, so a failed build leaves no stale hash. */
const WEB_BUILD_HASH = resolve(WEB_DIR, 'dist/.sources-sha256');
/** What the browser tests and benches add to web/ without changing the build. */
const NOT_WEB_SOURCES = new Set(['node_modules', 'dist', 'e2e', 'bench', 'README.md']);

function webSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !NOT_WEB_SOURCES.has(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? webSourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/**
 * A hash of what the web build is made from: web/'s sources and settings, and the lockfile (the
 * libraries bundled in). Contents, not mtimes: a checkout or a copy that touches every file does not
 * force a rebuild, and an edit that keeps the mtime still does.
 */
export function webSourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of [...webSourceFiles(WEB_DIR), resolve(REPO_ROOT, 'package-lock.json')]) {
    hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds the web client when its output is missing or was built from other sources than today's. */
export async function buildWebIfStale(): Promise<void> {
  const sources = webSourcesHash();
  if (existsSync(resolve(WEB_DIR, 'dist/index.html')) && existsSync(WEB_BUILD_HASH) && readFileSync(WEB_BUILD_HASH, 'utf8') === sources) return;
  const build = startCommand({ name: 'web-build', command: 'npm', args: ['run', 'build', '-w', 'web'] });
  const code = await build.exited;
  if (code !== 0) throw new Error(`Building the web client failed (exit ${code})`);
  writeFileSync(WEB_BUILD_HASH, sources);
}

/** Starts services (in parallel), then the gateway and the web client, each as its own process. */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const processes: ManagedProcess[] = [];
  const port = (name: ServiceName | 'gateway' | 'web') =>
    options.ports?.[name] ?? (name === 'gateway' ? 4000 : name === 'web' ? (options.web === 'dev' ? 5173 : 4173) : SERVICE_PORTS[name]);
  const identityPort = port('identity');
  const gatewaySecret = options.gatewaySecret ?? randomBytes(32).toString('base64url');
  const common = {
    GATEWAY_SECRET: gatewaySecret,
    DATABASE_URL: options.databaseUrl,
    KAFKA_BROKERS: options.kafkaBrokers?.join(',') ?? '',
    TOPIC_PREFIX: options.topicPrefix ?? '',
    REDIS_URL: options.redisUrl ?? '',
    JWKS_URL: `http://127.0.0.1:${identityPort}/.well-known/jwks.json`,
    LOG_LEVEL: options.logLevel ?? 'warn',
  };
  const mailSettings = {
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...(options.mailFrom ? { MAIL_FROM: options.mailFrom } : {}),
    ...(options.oidcProviders ? { OIDC_PROVIDERS: options.oidcProviders } : {}),
    PUBLIC_WEB_URL:
      options.publicWebUrl ?? (options.web ? `http://${options.web === 'dev' ? 'localhost' : '127.0.0.1'}:${port('web')}` : 'http://localhost:5173'),
  };
  const logFile = (name: string) => (options.logDir ? resolve(options.logDir, `${name}.log`) : undefined);
  const stopAll = async () => {
    // Front to back: web, gateways, then services.
    for (const managed of [...processes].reverse()) await managed.stop().catch(() => undefined);
  };

  try {
    const services = options.services ?? SERVICE_NAMES;
    const serviceUrls: Partial<Record<ServiceName, string>> = {};
    await Promise.all(
      services.map(async (name) => {
        const managed = startTsProcess({
          name,
          entry: `services/${name}/src/main.ts`,
          env: {
            ...common,
            PORT: String(port(name)),
            SEED_DEMO: options.seedDemo && (name === 'identity' || options.demoContent) ? 'true' : 'false',
            ...(name === 'identity' ? mailSettings : {}),
            ...(name === 'messaging' || name === 'content' ? { DIRECTORY_URL: `http://127.0.0.1:${port('directory')}/graphql` } : {}),
            ...options.serviceEnv?.[name],
          },
          logFile: logFile(name),
        });
        processes.push(managed);
        await waitForHttp(`http://127.0.0.1:${port(name)}/readyz`, { process: managed, timeoutMs: 120_000 });
        serviceUrls[name] = `http://127.0.0.1:${port(name)}/graphql`;
      }),
    );

    const startGateway = async (gatewayPort: number, env: Record<string, string> = {}) => {
      const managed = startTsProcess({
        name: `gateway:${gatewayPort}`,
        entry: 'gateway/src/main.ts',
        env: {
          ...common,
          PORT: String(gatewayPort),
          ...Object.fromEntries(SERVICE_NAMES.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${port(name)}/graphql`])),
          ...options.gatewayEnv,
          ...env,
        },
        logFile: logFile(`gateway-${gatewayPort}`),
      });
      processes.push(managed);
      await waitForHttp(`http://127.0.0.1:${gatewayPort}/readyz`, { process: managed, timeoutMs: 120_000 });
      return { url: `http://127.0.0.1:${gatewayPort}/graphql`, stop: () => managed.stop() };
    };

    let gatewayUrl: string | undefined;
    if (options.gateway ?? true) gatewayUrl = (await startGateway(port('gateway'))).url;

    let webUrl: string | undefined;
    if (options.web) {
      if (options.web === 'preview') await buildWebIfStale();
      const webPort = port('web');
      const managed = startCommand({
        name: 'web',
        command: 'npx',
        args: ['vite', options.web === 'dev' ? 'dev' : 'preview', '--host', '127.0.0.1', '--port', String(webPort), '--strictPort'],
        cwd: WEB_DIR,
        env: { GATEWAY_URL: `http://127.0.0.1:${port('gateway')}`, WEB_PORT: String(webPort) },
        logFile: logFile('web'),
      });
      processes.push(managed);
      webUrl = `http://127.0.0.1:${webPort}`;
      await waitForHttp(webUrl, { process: managed, timeoutMs: 60_000 });
    }

    return { serviceUrls, gatewaySecret, gatewayUrl, webUrl, startGateway, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
