// What every browser test file shares: the whole system started once per file (services, gateway,
// `vite preview` of the built client), one headless system Chromium, and a fresh browser profile
// (own storage and cookies, as another device would have) per `newContext`, closed after each test.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startStack, type Stack, type StackOptions } from '@kizuna/testing';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface BrowserStackOptions {
  /** Extra stack options, read when the stack starts (e.g. providers of a server started just before). */
  stack?: () => Partial<StackOptions>;
  /** Options for every context, on top of the defaults below. */
  context?: BrowserContextOptions;
  /** Refuse every request that would leave this machine. */
  onlyThisMachine?: boolean;
}

export interface BrowserStack {
  readonly stack: Stack;
  readonly webUrl: string;
  /** `overrides` for one context only, e.g. a phone's viewport and user agent. */
  newContext(locale?: string, overrides?: BrowserContextOptions): Promise<BrowserContext>;
  newPage(locale?: string): Promise<Page>;
  /**
   * After registering on the join page ("check your inbox"): opens the link mailed to `email` (read
   * from the stack's local mailbox) in `page`, which verifies the address and signs the page in.
   */
  openRegistrationLink(page: Page, email: string): Promise<void>;
}

export function useBrowserStack(options: BrowserStackOptions = {}): BrowserStack {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    stack = await startStack({ seed: 'demo', web: true, ...options.stack?.() });
    if (!stack.webUrl) throw new Error('The stack serves no web client');
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }, 180_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  const started = (): { stack: Stack; browser: Browser } => {
    if (!stack || !browser) throw new Error('The browser stack starts in beforeAll');
    return { stack, browser };
  };

  const newContext = async (locale = 'en-US', overrides: BrowserContextOptions = {}): Promise<BrowserContext> => {
    const { stack, browser } = started();
    const context = await browser.newContext({
      baseURL: stack.webUrl,
      locale,
      viewport: { width: 1280, height: 800 },
      // The service worker is not what these tests are about; keep every request on the network.
      serviceWorkers: 'block',
      ...options.context,
      ...overrides,
    });
    context.setDefaultTimeout(30_000);
    if (options.onlyThisMachine) {
      // Only this machine answers: anything else would be a call leaving it.
      await context.route(
        (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
        (route) => route.abort(),
      );
    }
    contexts.push(context);
    return context;
  };

  return {
    get stack() {
      return started().stack;
    },
    get webUrl() {
      return started().stack.webUrl!;
    },
    newContext,
    newPage: async (locale) => (await newContext(locale)).newPage(),
    async openRegistrationLink(page, email) {
      const { stack } = started();
      await page.getByTestId('join-check-inbox').waitFor();
      const mail = await stack.waitFor(
        async () => stack.mailbox.messages({ to: email }).find((m) => m.links.some((link) => link.includes('/verify-email?'))),
        20_000,
      );
      const link = new URL(mail.links.find((l) => l.includes('/verify-email?'))!);
      await page.goto(`${link.pathname}${link.search}`);
    },
  };
}
