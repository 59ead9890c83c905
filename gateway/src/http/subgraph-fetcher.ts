import http from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

const GRAPHQL_JSON = /^application\/(graphql-response\+)?json/i;

/** Response headers as the gateway reads them (case-insensitive, read-mostly). */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();
  /** Kept apart: cookies cannot be joined into one header (their Expires holds a comma). */
  private readonly setCookies: string[];

  constructor(raw: http.IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined) this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
    this.setCookies = raw['set-cookie'] ?? [];
  }
  getSetCookie(): string[] {
    return [...this.setCookies];
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const current = this.map.get(key);
    this.map.set(key, current === undefined ? value : `${current}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A fully read response. */
class BufferedResponse implements FetcherResponse {
  bodyUsed = false;
  readonly redirected = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return new Uint8Array(this.body).buffer;
  }
  clone(): BufferedResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/** A GraphQL response sent with an error status (e.g. 401 for a field that needs a signed-in caller). */
function isGraphQLResponse(headers: ResponseHeaders, body: Buffer): boolean {
  if (!GRAPHQL_JSON.test(headers.get('content-type') ?? '')) return false;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown> | null;
    return !!parsed && typeof parsed === 'object' && (Array.isArray(parsed.errors) || 'data' in parsed);
  } catch {
    return false;
  }
}

/** A query (never a mutation) as the gateway's planner writes it: `{"query":"query Op__subgraph__0…`. */
const QUERY_BODY = /^\{"query":"(query\b|\{)/;
/** Per-request headers that do not change the answer. */
const IGNORED_FOR_DEDUPLICATION = new Set(['x-request-id']);

function deduplicationKey(url: string, init: Parameters<Fetcher>[1]): string | undefined {
  const body = init?.body;
  if (typeof body !== 'string' || !QUERY_BODY.test(body) || (init?.method ?? 'POST') !== 'POST') return undefined;
  const headers = Object.entries(init?.headers ?? {})
    .filter(([name]) => !IGNORED_FOR_DEDUPLICATION.has(name.toLowerCase()))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${url}\n${JSON.stringify(headers)}\n${body}`;
}

/**
 * The gateway's HTTP client for subgraphs: Node's http with pooled keep-alive connections (about a
 * third of the CPU per request of `fetch`), a deadline per request, and the whole body read
 * before the gateway looks at it. A GraphQL response that a subgraph sends with an error status
 * is handed on as the GraphQL response it is (status 200), so its errors reach the client with
 * their paths and codes instead of a bare "401: Unauthorized".
 * With `deduplicate`, a query identical to one already on its way to the same subgraph (same body,
 * same caller's headers: the same member asking the same thing) waits for that one's answer
 * instead of being sent again; mutations are always sent.
 */
export function subgraphFetcher(options: { timeoutMs: number; maxSockets?: number; deduplicate?: boolean }): Fetcher & { destroy(): void } {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256, scheduling: 'lifo' }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256, scheduling: 'lifo' }),
  };
  const fetcher = (url: string, init: Parameters<Fetcher>[1] = {}): Promise<FetcherResponse> =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const body = init.body ?? '';
      const request = (secure ? https : http).request(
        target,
        {
          method: init.method ?? 'POST',
          headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: agents[secure ? 'https:' : 'http:'],
          timeout: options.timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.once('error', reject);
          response.once('end', () => {
            const headers = new ResponseHeaders(response.headers);
            const data = Buffer.concat(chunks);
            let status = response.statusCode ?? 500;
            let statusText = response.statusMessage ?? '';
            if ((status < 200 || status >= 300) && isGraphQLResponse(headers, data)) {
              status = 200;
              statusText = 'OK';
            }
            resolve(new BufferedResponse(url, status, statusText, headers, data));
          });
        },
      );
      request.once('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
      request.once('error', reject);
      const signal = init.signal as AbortSignal | undefined;
      if (signal) {
        if (signal.aborted) request.destroy(new Error('aborted'));
        else signal.addEventListener('abort', () => request.destroy(new Error('aborted')), { once: true });
      }
      request.end(body);
    });
  const inFlight = new Map<string, Promise<FetcherResponse>>();
  const deduplicating = (url: string, init: Parameters<Fetcher>[1] = {}): Promise<FetcherResponse> => {
    const key = deduplicationKey(url, init);
    if (key === undefined) return fetcher(url, init);
    const pending = inFlight.get(key);
    if (pending) return pending.then((response) => (response as BufferedResponse).clone());
    const sent = fetcher(url, init).finally(() => inFlight.delete(key));
    inFlight.set(key, sent);
    return sent;
  };
  return Object.assign(options.deduplicate ? deduplicating : fetcher, {
    destroy() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}
