/**
 * What a member's phone gets from the web client: `npm run bench:web`.
 *
 * Starts the system the way `npm start` does (demo network with its content, the production build
 * served compressed by `vite preview`; built first when its sources changed) on free ports, in a new
 * database on DATABASE_URL's server or an embedded Postgres, with Kafka when KAFKA_BROKERS is set.
 * The system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) is signed in once as the demo
 * network's owner through the sign-in page; then Lighthouse 12 (mobile preset: phone screen, slow
 * 4G and a slower CPU, simulated) opens each page of PAGES in that browser profile. Lighthouse's
 * reset before each page empties the HTTP cache, the service worker and Cache Storage but keeps
 * cookies, so every page is a cold visit that the refresh cookie signs in.
 *
 * Per page: the performance, accessibility and best-practices scores, largest contentful paint
 * (simulated, ms), and JavaScript as transferred (compressed, KB) in all and before the main
 * content painted (what the page needed before anyone could use it). Then whether Chromium finds
 * the app installable (Page.getInstallabilityErrors) with the service worker controlling the page.
 * Goals: scores ≥ 95; ≤ 170 KB compressed JavaScript before the home page is usable. As the last
 * line, one JSON object: {"pages":{"<name>":{performance,accessibility,bestPractices,lcpMs,jsKB,
 * jsBeforeInteractiveKB}},"installable","installabilityErrors","goals":{…}}.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { createDatabase, dropDatabase, REPO_ROOT, SERVICE_NAMES, startPostgres, startSystem, type PostgresServer, type RunningSystem } from '@kizuna/stack';
import { freePort } from '@kizuna/testing';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OWNER = { email: 'admin@demo.kizuna.dev', password: 'kizuna-demo-2026', networkSlug: 'demo' };
const GOALS = { score: 95, homeJsBeforeInteractiveKB: 170 };

interface PageFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  jsKB: number;
  jsBeforeInteractiveKB: number;
}

type LighthouseItem = { resourceType?: string; transferSize?: number; networkEndTime?: number; url: string };

async function graphql<T>(gatewayUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!result.data || result.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A conversation of the owner's to open: their most recent one, or a new one with another member. */
async function ownersConversation(gatewayUrl: string): Promise<string> {
  const { signIn } = await graphql<{ signIn: { accessToken: string | null } }>(
    gatewayUrl,
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: OWNER },
  );
  const token = signIn.accessToken!;
  const { conversations } = await graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
    gatewayUrl,
    '{ conversations(first: 1) { edges { node { id } } } }',
    {},
    token,
  );
  if (conversations.edges[0]) return conversations.edges[0].node.id;
  const { directory } = await graphql<{ directory: { edges: { node: { memberId: string } }[] } }>(
    gatewayUrl,
    '{ directory(first: 2) { edges { node { memberId } } } }',
    {},
    token,
  );
  const me = await graphql<{ me: { id: string } }>(gatewayUrl, '{ me { id } }', {}, token);
  const other = directory.edges.map((edge) => edge.node.memberId).find((id) => id !== me.me.id);
  const { startDirectConversation } = await graphql<{ startDirectConversation: { conversation: { id: string } } }>(
    gatewayUrl,
    'mutation($input: StartDirectConversationInput!) { startDirectConversation(input: $input) { conversation { id } } }',
    { input: { memberId: other } },
    token,
  );
  return startDirectConversation.conversation.id;
}

async function waitForDebugger(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`http://127.0.0.1:${port}/json/version`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('Chromium did not open its debugging port');
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function main() {
  const profileDir = mkdtempSync(join(tmpdir(), 'kizuna-bench-web-'));
  let postgres: PostgresServer | undefined;
  let system: RunningSystem | undefined;
  let databaseName: string | undefined;
  const debuggingPort = await freePort();
  const browserProcess = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      `--remote-debugging-port=${debuggingPort}`,
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    postgres = await startPostgres({ dataDir: join(profileDir, 'postgres'), port: await freePort(), persistent: false });
    databaseName = `kizuna_bench_web_${Date.now().toString(36)}`;
    const databaseUrl = await createDatabase(postgres.url, databaseName);
    const ports: Record<string, number> = {};
    for (const name of [...SERVICE_NAMES, 'gateway', 'web']) ports[name] = await freePort();
    console.log('Starting the system (production build of the web client)…');
    system = await startSystem({
      databaseUrl,
      kafkaBrokers: process.env.KAFKA_BROKERS?.split(',').filter(Boolean),
      redisUrl: process.env.REDIS_URL,
      topicPrefix: `${databaseName}.`,
      seedDemo: true,
      demoContent: true,
      web: 'preview',
      ports,
      logDir: resolve(REPO_ROOT, '.kizuna/bench-logs', databaseName),
    });
    const webUrl = system.webUrl!;
    const conversationId = await ownersConversation(system.gatewayUrl!);
    const pages: Record<string, string> = {
      home: '/',
      directory: '/directory',
      conversation: `/messages/${conversationId}`,
      adminMembers: '/admin/members',
    };

    await waitForDebugger(debuggingPort);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
    const context = browser.contexts()[0]!;
    // A shared, busy machine can be slow to answer; the figures come from Lighthouse, not from these waits.
    context.setDefaultTimeout(180_000);
    const signInPage = await context.newPage();
    await signInPage.goto(`${webUrl}/sign-in?network=${OWNER.networkSlug}&lang=en`);
    await signInPage.getByLabel('E-mail', { exact: true }).fill(OWNER.email);
    await signInPage.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await signInPage.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.waitForURL((url) => url.pathname === '/');
    await signInPage.close();

    const figures: Record<string, PageFigures> = {};
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(`${webUrl}${path}`, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        maxWaitForLoad: 180_000,
      });
      const lhr = result!.lhr;
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
      if (finalPath !== path) throw new Error(`${name}: Lighthouse ended at ${finalPath}, not ${path} (signed out?)`);
      const requests = ((lhr.audits['network-requests']?.details as { items?: LighthouseItem[] } | undefined)?.items ?? []).filter(
        (item) => item.resourceType === 'Script',
      );
      const observed = (lhr.audits.metrics?.details as { items?: { observedLargestContentfulPaint?: number }[] } | undefined)?.items?.[0];
      const painted = observed?.observedLargestContentfulPaint ?? Infinity;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      figures[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        jsKB: kb(requests.reduce((sum, item) => sum + (item.transferSize ?? 0), 0)),
        jsBeforeInteractiveKB: kb(
          requests.filter((item) => (item.networkEndTime ?? Infinity) <= painted).reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
        ),
      };
      const f = figures[name]!;
      console.log(
        `${name.padEnd(13)} ${path.padEnd(24).slice(0, 24)} performance ${f.performance}  accessibility ${f.accessibility}  best practices ${f.bestPractices}  LCP ${f.lcpMs} ms  JS ${f.jsKB} KB (${f.jsBeforeInteractiveKB} KB before the content painted)`,
      );
      const largest = [...requests].sort((a, b) => (b.transferSize ?? 0) - (a.transferSize ?? 0)).slice(0, 6);
      console.log(
        `  largest scripts: ${largest.map((item) => `${new URL(item.url).pathname.replace('/assets/', '')} ${kb(item.transferSize ?? 0)} KB`).join(', ')}`,
      );
      const failing = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary');
      for (const audit of failing) {
        const items = (audit.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [];
        console.log(
          `  failing: ${audit.id} ${items
            .map((item) => item.node?.snippet ?? '')
            .filter(Boolean)
            .slice(0, 3)
            .join(' ')}`,
        );
      }
    }

    // Installable: the manifest and the service worker as a returning visitor's browser has them.
    const page = await context.newPage();
    await page.goto(`${webUrl}/`);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    const devtools = await context.newCDPSession(page);
    const { installabilityErrors } = (await devtools.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    const installable = installabilityErrors.length === 0;
    console.log(
      `installable: ${installable ? 'yes (manifest, icons, service worker controlling the page)' : installabilityErrors.map((e) => e.errorId).join(', ')}`,
    );
    await browser.close();

    const all = Object.values(figures);
    const goals = {
      scoresAtLeast95: all.every((f) => f.performance >= GOALS.score && f.accessibility >= GOALS.score && f.bestPractices >= GOALS.score),
      homeJsBeforeInteractiveAtMost170KB: figures.home!.jsBeforeInteractiveKB <= GOALS.homeJsBeforeInteractiveKB,
      installable,
    };
    console.log(JSON.stringify({ pages: figures, installable, installabilityErrors: installabilityErrors.map((e) => e.errorId), goals }));
  } finally {
    // Chromium writes its profile until it has exited: wait for that before removing the profile.
    const browserExited = new Promise((done) => (browserProcess.exitCode !== null ? done(null) : browserProcess.once('exit', done)));
    browserProcess.kill('SIGKILL');
    await browserExited;
    await system?.stop();
    if (postgres && databaseName) await dropDatabase(postgres.url, databaseName).catch(() => undefined);
    await postgres?.stop();
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
