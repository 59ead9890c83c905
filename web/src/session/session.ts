// The signed-in session. The access token lives in this page's memory only: a script injected into
// the page cannot find a credential in storage that outlives it. What keeps a person signed in is
// the refresh token in an httpOnly cookie (path /graphql) that no script can read: on page load,
// shortly before the access token expires, and once when the server refuses it, `refreshSession`
// exchanges the cookie for a new access token and a new cookie.
//
// Tabs share the cookie, and a refresh token used twice ends the whole session (theft detection),
// so tabs never rotate at the same time: a Web Lock serialises refreshes across tabs, and every new
// token is handed to the other tabs over a BroadcastChannel, so a tab that waited for the lock
// usually finds a fresh token and does not rotate at all. Sign-in, network switches and sign-out
// travel the same way.
//
// A new GraphQL client (and WebSocket) is made whenever the identity behind the token changes
// (sign-in, registration, approval, switching network, sign-out); a silent renewal of the same
// identity keeps the client.
import { Client, fetchExchange, mapExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { mustRotate, onRefusedToken, renewalDelay, tokenClaims } from './renewal';

const NETWORK_KEY = 'kizuna.networkSlug';
/** Where earlier versions kept the access token; removed on load. */
const LEGACY_TOKEN_KEY = 'kizuna.accessToken';
const LOCK_NAME = 'kizuna.session.refresh';
const CHANNEL_NAME = 'kizuna.session';
/** After a failed renewal for want of a connection, try again after this long. */
const RETRY_OFFLINE_MS = 15_000;

export type Connection = 'idle' | 'connecting' | 'connected' | 'closed';

export interface SessionState {
  token: string | null;
  /** Increments whenever the identity changes; a new client belongs to each epoch. */
  epoch: number;
  client: Client;
  /** State of the subscription WebSocket of this epoch. */
  connection: Connection;
  /** Set when the session ended because the server refused the token or the refresh cookie. */
  expired: boolean;
  /** True on page load until the refresh cookie has been tried. */
  restoring: boolean;
}

type Listener = () => void;
const listeners = new Set<Listener>();

type SessionMessage = { type: 'token'; token: string } | { type: 'signed-out'; expired: boolean };

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage disabled: nothing to remember.
  }
}

let wsClient: WsClient | null = null;
let state: SessionState = build(null, 0, { expired: false, restoring: true });
let renewTimer: number | undefined;
let lastRecovery = 0;

function emit(next: SessionState): void {
  state = next;
  scheduleRenewal();
  for (const listener of listeners) listener();
}

function build(token: string | null, epoch: number, flags: { expired: boolean; restoring: boolean }): SessionState {
  wsClient?.dispose();
  wsClient = null;
  const client = createApiClient(token, epoch);
  return { token, epoch, client, connection: 'idle', ...flags };
}

function setConnection(epoch: number, connection: Connection): void {
  if (state.epoch === epoch && state.connection !== connection) emit({ ...state, connection });
}

function isUnauthenticated(error: { graphQLErrors: readonly { extensions?: Record<string, unknown> }[]; response?: unknown }): boolean {
  if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return true;
  const status = (error.response as { status?: number } | undefined)?.status;
  return status === 401;
}

function createApiClient(token: string | null, epoch: number): Client {
  const authErrors: Exchange = mapExchange({
    onError(error) {
      if (state.epoch === epoch && state.token !== null && isUnauthenticated(error)) void recover(state.token);
    },
  });
  const exchanges: Exchange[] = [authErrors, fetchExchange];
  if (token !== null) {
    const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
    let openSocket: unknown = null;
    const ws = createWsClient({
      url: `${protocol}://${window.location.host}/graphql`,
      // Read at each (re)connect, so a silently renewed token is used after a reconnect.
      connectionParams: () => {
        const current = state.epoch === epoch ? state.token : token;
        return { authorization: `Bearer ${current ?? token}` };
      },
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: (event) => !isAuthClose(event),
      on: {
        connecting: () => {
          if (openSocket === null) setConnection(epoch, 'connecting');
        },
        connected: (socket) => {
          openSocket = socket;
          setConnection(epoch, 'connected');
        },
        closed: (event) => {
          // A socket given up while another one opens (a quick unsubscribe/subscribe) says nothing about the live one.
          const socket = (event as { target?: unknown } | null)?.target;
          if (openSocket !== null && socket !== undefined && socket !== openSocket) return;
          openSocket = null;
          setConnection(epoch, 'closed');
          if (isAuthClose(event) && state.epoch === epoch && state.token !== null) void recover(state.token);
        },
      },
    });
    wsClient = ws;
    exchanges.push(
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    );
  }
  return new Client({
    url: '/graphql',
    exchanges,
    requestPolicy: 'network-only',
    preferGetMethod: false,
    fetchOptions: () => {
      const current = state.epoch === epoch ? state.token : token;
      return current ? { headers: { authorization: `Bearer ${current}` } } : {};
    },
  });
}

/** graphql-ws closes with 4401/4403 when the connection's credentials are refused. */
function isAuthClose(event: unknown): boolean {
  const code = (event as { code?: number } | null)?.code;
  return code === 4401 || code === 4403;
}

export { tokenExpiry } from './renewal';

/** The membership a token speaks for: the same one keeps the client, another one gets a new client. */
function membershipOf(token: string | null): string | null {
  if (!token) return null;
  const mid = tokenClaims(token)?.mid;
  return typeof mid === 'string' ? mid : null;
}

/** Takes a token: the same membership keeps the client, another (or `newClient`) makes a new one. */
function adopt(token: string, options: { newClient?: boolean } = {}): void {
  if (!options.newClient && state.token !== null && membershipOf(state.token) === membershipOf(token)) {
    emit({ ...state, token, expired: false, restoring: false });
  } else {
    emit(build(token, state.epoch + 1, { expired: false, restoring: false }));
  }
}

function end(expired: boolean): void {
  if (state.token === null && !state.restoring) {
    if (expired && !state.expired) emit({ ...state, expired });
    return;
  }
  // Only a session that was in use "expires"; finding no session on page load is simply signed out.
  emit(build(null, state.epoch + 1, { expired: expired && state.token !== null, restoring: false }));
}

function scheduleRenewal(): void {
  window.clearTimeout(renewTimer);
  const token = state.token;
  const delay = token ? renewalDelay(token, Date.now()) : null;
  if (delay === null) return;
  renewTimer = window.setTimeout(() => void renew(token), delay);
}

const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;

function tell(message: SessionMessage): void {
  channel?.postMessage(message);
}

channel?.addEventListener('message', (event: MessageEvent<SessionMessage>) => {
  const message = event.data;
  if (message.type === 'token' && message.token !== state.token) adopt(message.token);
  else if (message.type === 'signed-out') end(message.expired);
});

/** Runs `work` while no other tab of this site refreshes (without Web Locks, just runs it). */
function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return work();
  return locks.request(LOCK_NAME, work) as Promise<T>;
}

interface RefreshAnswer {
  data?: { refreshSession: { accessToken: string | null; errors: { code: string; message: string }[] } };
}

const REFRESH_SESSION = 'mutation RefreshSession { refreshSession { accessToken errors { code message } } }';
const SIGN_OUT = 'mutation SignOut { signOut { errors { code } } }';

async function post(query: string): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    // A sign-out still reaches the server when the page is closed or reloaded right after.
    keepalive: query === SIGN_OUT,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

let renewing: Promise<boolean> | null = null;

/**
 * Exchanges the refresh cookie for a new access token, unless another tab already did while this
 * one waited (then its token, received over the channel, is used). `stale` is the token being
 * replaced (null on page load). Resolves whether the session goes on.
 */
function renew(stale: string | null, options: { newClient?: boolean } = {}): Promise<boolean> {
  renewing ??= withRefreshLock(async () => {
    if (!mustRotate(state.token, stale, Date.now())) return true;
    let answer: RefreshAnswer;
    try {
      answer = (await post(REFRESH_SESSION)) as RefreshAnswer;
    } catch {
      // No connection: keep what we have and try again soon.
      if (state.restoring) emit({ ...state, restoring: false });
      window.clearTimeout(renewTimer);
      renewTimer = window.setTimeout(() => void renew(state.token), RETRY_OFFLINE_MS);
      return state.token !== null;
    }
    const token = answer.data?.refreshSession.accessToken;
    if (token) {
      adopt(token, options);
      tell({ type: 'token', token });
      return true;
    }
    const hadSession = state.token !== null;
    end(true);
    if (hadSession) tell({ type: 'signed-out', expired: true });
    return false;
  }).finally(() => {
    renewing = null;
  });
  return renewing;
}

/** The server refused `token`: renew once (queries run again with a new client), or end the session. */
async function recover(token: string): Promise<void> {
  if (token !== state.token) return;
  if (onRefusedToken(lastRecovery, Date.now()) === 'end') {
    end(true);
    return;
  }
  lastRecovery = Date.now();
  await renew(token, { newClient: true });
}

export const session = {
  getState: (): SessionState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** A new identity: sign-in, registration, switching network, or a renewal after the membership changed. */
  start(token: string, networkSlug?: string): void {
    if (networkSlug) writeStorage(NETWORK_KEY, networkSlug);
    emit(build(token, state.epoch + 1, { expired: false, restoring: false }));
    tell({ type: 'token', token });
  },
  /** The same identity with a fresh token: keep the client and its subscriptions. */
  refresh(token: string): void {
    emit({ ...state, token });
  },
  /** Renews the access token from the refresh cookie now (coordinated with other tabs). */
  renew: (): Promise<boolean> => renew(state.token),
  /** Ends this browser's session: here, in every tab, and on the server (the cookie is removed). */
  signOut(): void {
    emit(build(null, state.epoch + 1, { expired: false, restoring: false }));
    tell({ type: 'signed-out', expired: false });
    void post(SIGN_OUT).catch(() => undefined);
  },
  /** The server refused the token and it could not be renewed. */
  expire(): void {
    end(true);
    tell({ type: 'signed-out', expired: true });
  },
  /** The network this device signed in to last: the next sign-in goes there unless another is chosen. */
  lastNetworkSlug: (): string | null => readStorage(NETWORK_KEY),
  rememberNetworkSlug: (slug: string): void => writeStorage(NETWORK_KEY, slug),
  /** The person wants to choose the network at the next sign-in. */
  forgetNetworkSlug: (): void => writeStorage(NETWORK_KEY, null),
};

writeStorage(LEGACY_TOKEN_KEY, null);
// A page opens signed out until the refresh cookie says otherwise.
void renew(null);
