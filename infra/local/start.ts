/**
 * `npm start`: runs the whole of Kizuna on this machine with nothing but Node.
 * Embedded Postgres (data kept in .kizuna/local) unless DATABASE_URL is set; the embedded event
 * transport unless KAFKA_BROKERS is set; every service, the gateway and the web client; demo data.
 * E-mail goes to a local mailbox (SMTP on 2525) whose inbox page is at http://localhost:1080, unless
 * SMTP_URL points at a real server. "Continue with LINE" (and Google) sign in at a local OpenID
 * Connect provider on port 4180 whose login form takes any login id, unless OIDC_PROVIDERS is set.
 * The web client is the production build as users get it (built when its sources changed since the
 * last build); with `--dev` (`npm run dev`) it is Vite's dev server with hot reload instead.
 */
import { resolve } from 'node:path';
import { startLocalMailbox, type LocalMailbox } from '@kizuna/mail';
import { createDatabase, REPO_ROOT, startPostgres, startSystem, type PostgresServer, type RunningSystem } from '@kizuna/stack';
import { startLocalOidcProvider, type LocalOidcProvider } from '@kizuna/testing';

const started = Date.now();
const LOCAL_DIR = resolve(REPO_ROOT, '.kizuna/local');
const POSTGRES_PORT = Number(process.env.KIZUNA_POSTGRES_PORT ?? 5433);
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);
const MAILBOX_SMTP_PORT = Number(process.env.MAILBOX_SMTP_PORT ?? 2525);
const MAILBOX_HTTP_PORT = Number(process.env.MAILBOX_HTTP_PORT ?? 1080);
const LOCAL_OIDC_PORT = Number(process.env.LOCAL_OIDC_PORT ?? 4180);
const WEB_DEV = process.argv.includes('--dev');

async function main() {
  let postgres: PostgresServer | undefined;
  let system: RunningSystem | undefined;
  let mailbox: LocalMailbox | undefined;
  let oidcProvider: LocalOidcProvider | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Kizuna…');
    await system?.stop();
    await mailbox?.stop();
    await oidcProvider?.stop();
    await postgres?.stop();
    console.log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      console.log(`Starting embedded PostgreSQL on port ${POSTGRES_PORT} (data in .kizuna/local/postgres)…`);
      postgres = await startPostgres({ dataDir: resolve(LOCAL_DIR, 'postgres'), port: POSTGRES_PORT, persistent: true });
      databaseUrl = await createDatabase(postgres.url, 'kizuna', { ifMissing: true });
    }
    const kafkaBrokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean);
    let smtpUrl = process.env.SMTP_URL;
    if (!smtpUrl) {
      mailbox = await startLocalMailbox({
        smtpPort: MAILBOX_SMTP_PORT,
        httpPort: MAILBOX_HTTP_PORT,
        onMail: (mail) => console.log(`  ✉ ${mail.to.join(', ')}: ${mail.subject}${mail.links[0] ? ` → ${mail.links[0]}` : ''}`),
      });
      smtpUrl = mailbox.smtpUrl;
    }
    let oidcProviders = process.env.OIDC_PROVIDERS;
    if (!oidcProviders) {
      oidcProvider = await startLocalOidcProvider({ port: LOCAL_OIDC_PORT, logFile: resolve(LOCAL_DIR, 'logs/oidc-provider.log') });
      oidcProviders = oidcProvider.providersSetting();
    }
    console.log(
      `Starting services (events: ${kafkaBrokers?.length ? `Kafka at ${kafkaBrokers.join(',')}` : 'embedded transport'}; logs in .kizuna/local/logs)…`,
    );
    system = await startSystem({
      databaseUrl,
      kafkaBrokers,
      redisUrl: process.env.REDIS_URL,
      seedDemo: true,
      demoContent: true,
      web: WEB_DEV ? 'dev' : 'preview',
      ports: { web: WEB_PORT },
      logDir: resolve(LOCAL_DIR, 'logs'),
      logLevel: process.env.LOG_LEVEL ?? 'info',
      smtpUrl,
      mailFrom: process.env.MAIL_FROM ?? 'Kizuna <no-reply@localhost>',
      publicWebUrl: `http://localhost:${WEB_PORT}`,
      oidcProviders,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`
  絆 Kizuna is running (ready in ${seconds} s)

  Web:      http://localhost:${WEB_PORT} (${WEB_DEV ? 'dev server, hot reload' : 'production build'})
  GraphQL:  ${system.gatewayUrl?.replace('127.0.0.1', 'localhost')}
  Sign-in:  ${oidcProvider ? `LINE and Google through a local provider at ${oidcProvider.url.replace('127.0.0.1', 'localhost')} (any login id works)` : 'providers from OIDC_PROVIDERS'}
  Mail:     ${mailbox?.webUrl?.replace('127.0.0.1', 'localhost') ?? `sent through ${smtpUrl}`}

  Demo sign-ins (password kizuna-demo-2026):
    network "demo" (絆大学 同窓会)       admin@demo.kizuna.dev (owner), taro.yamada@demo.kizuna.dev, emily.johnson@demo.kizuna.dev
    network "kizuna-corp"                admin@corp.kizuna.dev (owner), kenichi.okada@corp.kizuna.dev
  Join as a new member: http://localhost:${WEB_PORT}/join/demo

  Press Ctrl-C to stop.
`);
  } catch (error) {
    console.error(`Kizuna could not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Process logs are in .kizuna/local/logs.');
    await stop(1);
  }
}

void main();
