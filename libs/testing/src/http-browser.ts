/**
 * A browser without a screen for tests that drive HTTP flows: it keeps cookies (by host and path,
 * as a browser does), follows redirects one hop at a time so a test can look at each, and submits
 * HTML forms. `routes` sends requests for one origin to another (e.g. the web origin's /auth proxy
 * straight to identity), while cookies stay with the origin the browser believes it talks to.
 */
export interface HttpBrowserOptions {
  routes?: Record<string, string>;
}

interface StoredCookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expires: number | null;
}

export interface BrowserResponse {
  url: string;
  status: number;
  location: string | null;
  body: string;
  headers: Headers;
}

export interface HtmlForm {
  action: string;
  method: string;
  fields: Record<string, string>;
}

function parseSetCookie(header: string, url: URL): StoredCookie | null {
  const [pair, ...attributes] = header.split(';');
  const separator = pair.indexOf('=');
  if (separator <= 0) return null;
  const cookie: StoredCookie = { name: pair.slice(0, separator).trim(), value: pair.slice(separator + 1).trim(), host: url.host, path: '/', expires: null };
  const defaultPath = url.pathname.slice(0, url.pathname.lastIndexOf('/')) || '/';
  cookie.path = defaultPath;
  for (const attribute of attributes) {
    const [key, ...rest] = attribute.trim().split('=');
    const value = rest.join('=');
    switch (key.toLowerCase()) {
      case 'path':
        cookie.path = value || '/';
        break;
      case 'max-age':
        cookie.expires = Date.now() + Number(value) * 1000;
        break;
      case 'expires':
        cookie.expires ??= Date.parse(value);
        break;
    }
  }
  return cookie;
}

function decodeHtml(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export class HttpBrowser {
  private cookies: StoredCookie[] = [];

  constructor(private readonly options: HttpBrowserOptions = {}) {}

  /** Cookies this browser would send to `url`. */
  cookiesFor(url: string): Record<string, string> {
    const target = new URL(url);
    const now = Date.now();
    this.cookies = this.cookies.filter((c) => c.expires === null || c.expires > now);
    const matching = this.cookies.filter(
      (c) => c.host === target.host && (target.pathname === c.path || target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)),
    );
    return Object.fromEntries(matching.map((c) => [c.name, c.value]));
  }

  /** One request, no redirect followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<BrowserResponse> {
    const logical = new URL(url);
    const cookieHeader = Object.entries(this.cookiesFor(url))
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const routed = this.options.routes?.[logical.origin];
    const actual = routed ? new URL(logical.pathname + logical.search, routed) : logical;
    const response = await fetch(actual, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        ...(cookieHeader ? { cookie: cookieHeader } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...init.headers,
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const header of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(header, logical);
      if (!cookie) continue;
      this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.host === cookie.host && c.path === cookie.path));
      if (cookie.expires === null || cookie.expires > Date.now()) this.cookies.push(cookie);
    }
    const location = response.headers.get('location');
    return {
      url,
      status: response.status,
      location: location ? new URL(location, url).toString() : null,
      body: await response.text(),
      headers: response.headers,
    };
  }

  /**
   * Follows redirects from `url` until a page answers, or until `stopAt` says a redirect target is
   * where the test wants to look (it is then not requested). Returns every response on the way.
   */
  async navigate(
    url: string,
    options: { stopAt?: (url: string) => boolean; form?: Record<string, string>; maxHops?: number } = {},
  ): Promise<BrowserResponse[]> {
    const responses: BrowserResponse[] = [];
    let next: string | null = url;
    let form = options.form;
    for (let hop = 0; next && hop < (options.maxHops ?? 20); hop += 1) {
      const response = await this.request(next, { form });
      form = undefined;
      responses.push(response);
      next = response.status >= 300 && response.status < 400 ? response.location : null;
      if (next && options.stopAt?.(next)) break;
    }
    return responses;
  }

  /** The first form of an HTML page, its action resolved against the page and its pre-filled fields. */
  static form(page: BrowserResponse): HtmlForm | null {
    const match = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(page.body);
    if (!match) return null;
    const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
    const fields: Record<string, string> = {};
    for (const input of match[2].matchAll(/<input\b[^>]*>/gi)) {
      const name = attribute(input[0], 'name');
      if (name) fields[name] = decodeHtml(attribute(input[0], 'value') ?? '');
    }
    return {
      action: new URL(decodeHtml(attribute(match[1], 'action') ?? ''), page.url).toString(),
      method: (attribute(match[1], 'method') ?? 'get').toUpperCase(),
      fields,
    };
  }
}
