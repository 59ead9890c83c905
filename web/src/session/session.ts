// The signed-in session: the access token (kept in localStorage for now) and the GraphQL client
// built for it. A new client (and WebSocket) is made whenever the identity behind the token changes
// (sign-in, registration, approval, sign-out); a silent renewal of the same identity keeps the client.
import { Client, fetchExchange, mapExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

const TOKEN_KEY = 'kizuna.accessToken';
const NETWORK_KEY = 'kizuna.networkSlug';

export type Connection = 'idle' | 'connecting' | 'connected' | 'closed';

export interface SessionState {
  token: string | null;
  /** Increments whenever the identity changes; a new client belongs to each epoch. */
  epoch: number;
  client: Client;
  /** State of the subscription WebSocket of this epoch. */
  connection: Connection;
  /** Set when the session ended because the server refused the token. */
  expired: boolean;
}

type Listener = () => void;
const listeners = new Set<Listener>();

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
    // Storage disabled: the session lasts as long as the page.
  }
}

let wsClient: WsClient | null = null;
let state: SessionState = build(readStorage(TOKEN_KEY), 0, false);

function emit(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function build(token: string | null, epoch: number, expired: boolean): SessionState {
  wsClient?.dispose();
  wsClient = null;
  const client = createApiClient(token, epoch);
  return { token, epoch, client, connection: 'idle', expired };
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
      if (state.epoch === epoch && state.token !== null && isUnauthenticated(error)) session.expire();
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
          if (isAuthClose(event) && state.epoch === epoch && state.token !== null) session.expire();
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

export const session = {
  getState: (): SessionState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** A new identity: sign-in, registration, or a renewal after the membership changed. */
  start(token: string, networkSlug?: string): void {
    writeStorage(TOKEN_KEY, token);
    if (networkSlug) writeStorage(NETWORK_KEY, networkSlug);
    emit(build(token, state.epoch + 1, false));
  },
  /** The same identity with a fresh token: keep the client and its subscriptions. */
  refresh(token: string): void {
    writeStorage(TOKEN_KEY, token);
    emit({ ...state, token });
  },
  signOut(): void {
    writeStorage(TOKEN_KEY, null);
    emit(build(null, state.epoch + 1, false));
  },
  /** The server refused the token. */
  expire(): void {
    writeStorage(TOKEN_KEY, null);
    emit(build(null, state.epoch + 1, true));
  },
  lastNetworkSlug: (): string | null => readStorage(NETWORK_KEY),
  rememberNetworkSlug: (slug: string): void => writeStorage(NETWORK_KEY, slug),
};

// Another tab signed in or out: follow it.
window.addEventListener('storage', (event) => {
  if (event.key !== TOKEN_KEY && event.key !== null) return;
  const token = readStorage(TOKEN_KEY);
  if (token !== state.token) emit(build(token, state.epoch + 1, false));
});

/** Seconds-since-epoch expiry of a JWT, if it has one (the signature is the server's business). */
export function tokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}
