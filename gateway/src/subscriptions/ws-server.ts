import type { Server } from 'node:http';
import { GraphQLError, getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import { AuthenticationError, tokenExpiresAt, type TokenVerifier, type Viewer } from '@kizuna/auth';
import { requestIdFor, type Logger } from '@kizuna/runtime';
import { callerClassOf, tokenLimitError, type DemandControl } from '../demand-control';
import { responseKeyFieldResolver } from './delivery';
import { coalesceWrites, corkForTurn, streamOf } from './coalesced-writes';
import { FRAME_SINK, sharedSubscribe, type FrameSink } from './shared-execution';

/** Closes that tell the client why: 4401/4403 are final; 4419 asks it to reconnect with a fresh token. */
export const CLOSE = {
  UNAUTHENTICATED: CloseCode.Unauthorized, // 4401
  FORBIDDEN: CloseCode.Forbidden, // 4403
  TOKEN_EXPIRED: 4419,
} as const;

export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 100;

/** What each subscription resolver receives: the connection's verified caller. */
export interface SubscriptionContext {
  viewer: Viewer;
  token: string;
  /** ms since epoch */
  expiresAt: number;
  connectionId: string;
  log: Logger;
  /** Where the subscription's frames are written (set by the server; in-process callers get results yielded instead). */
  [FRAME_SINK]?: FrameSink;
}

/** Past this many unsent bytes on a socket (a client that stopped reading), its subscriptions wait for the writes. */
const SOCKET_HIGH_WATER_MARK = 1024 * 1024;

/** A text frame as the server sends it (unmasked, final): the same bytes for every socket. */
const framed = new WeakMap<Buffer, Buffer>();
export function webSocketTextFrame(message: Buffer): Buffer {
  let frame = framed.get(message);
  if (frame) return frame;
  const length = message.length;
  const head = length < 126 ? Buffer.from([0x81, length]) : length < 65536 ? Buffer.from([0x81, 126, length >> 8, length & 0xff]) : Buffer.alloc(10);
  if (length >= 65536) {
    head[0] = 0x81;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  frame = Buffer.concat([head, message]);
  framed.set(message, frame);
  return frame;
}

/**
 * Writes each subscription's messages as ready-made WebSocket text frames straight to the TCP
 * socket (ws compresses nothing here, so its own frames and these never interleave mid-frame),
 * corked for the turn like ws's own sends (`coalesced-writes.ts`). Waits only when the socket is
 * too far behind; then the subscriber's queue fills and drops its oldest.
 */
function frameSink(socket: WebSocket, id: string): FrameSink {
  return {
    id,
    write(message) {
      const stream = streamOf(socket);
      if (socket.readyState !== WebSocket.OPEN || !stream || stream.destroyed) return;
      corkForTurn(stream);
      const frame = webSocketTextFrame(message);
      if (stream.writableLength < SOCKET_HIGH_WATER_MARK) return void stream.write(frame);
      return new Promise<void>((resolve) => stream.write(frame, () => resolve()));
    },
  };
}

type ConnectionState = {
  connection?: { viewer: Viewer; token: string; expiresAt: number; id: string; log: Logger; expiryTimer?: NodeJS.Timeout };
};

/** WebSocket close reasons are limited to 123 bytes. */
function reason(text: string): string {
  let out = text;
  while (Buffer.byteLength(out) > 123) out = out.slice(0, -1);
  return out;
}

export interface SubscriptionServer {
  /** Closes every connection (1001, the client reconnects elsewhere) and stops accepting new ones. */
  dispose(): Promise<void>;
  readonly connections: number;
}

/**
 * graphql-ws on the HTTP server's `/graphql` path. The connection must present
 * `connectionParams.authorization = "Bearer <access token>"`: no or a bad token closes it with
 * 4401, a membership that may not use the network with 4403. When the token expires, the
 * connection is closed with 4419 so the client reconnects with its renewed token.
 */
export function startSubscriptionServer(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  /** The same limits as HTTP operations, judged at subscribe before anything is fetched. */
  demand: DemandControl;
  log: Logger;
  path?: string;
  keepAliveMs?: number;
  /** Checked for every subscribe once the operation is valid (rate limits): an error refuses it. */
  admitSubscription?: (viewer: Viewer) => Promise<GraphQLError | undefined>;
}): SubscriptionServer {
  const { schema, verifier, demand, log } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: options.path ?? '/graphql', maxPayload: 1024 * 1024 });
  wss.on('connection', (socket) => coalesceWrites(socket));
  const refuse = (socket: { close(code: number, reason: string): void }, code: number, text: string) => {
    socket.close(code, reason(text));
    return false as const;
  };

  const server = useServer<Record<string, unknown> | undefined, ConnectionState>(
    {
      schema,
      subscribe: sharedSubscribe(),
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        if (typeof header !== 'string' || header.trim() === '') {
          return refuse(socket, CLOSE.UNAUTHENTICATED, 'Unauthorized: send connectionParams.authorization = "Bearer <access token>"');
        }
        const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
        if (!match) return refuse(socket, CLOSE.UNAUTHENTICATED, 'Unauthorized: authorization must be "Bearer <access token>"');
        let viewer: Viewer;
        try {
          viewer = await verifier.verify(match[1]);
        } catch (error) {
          if (error instanceof AuthenticationError) return refuse(socket, CLOSE.UNAUTHENTICATED, `Unauthorized: ${error.message}`);
          throw error;
        }
        if (viewer.status !== 'approved' && viewer.status !== 'pending') {
          return refuse(socket, CLOSE.FORBIDDEN, `Forbidden: the membership is ${viewer.status}`);
        }
        const id = requestIdFor(request.headers['x-request-id']);
        const expiresAt = tokenExpiresAt(match[1]);
        const connection: NonNullable<ConnectionState['connection']> = {
          viewer,
          token: match[1],
          expiresAt,
          id,
          log: log.child({ connectionId: id, membershipId: viewer.membershipId }),
        };
        if (Number.isFinite(expiresAt)) {
          connection.expiryTimer = setTimeout(
            () => socket.close(CLOSE.TOKEN_EXPIRED, 'Access token expired: reconnect with a fresh token'),
            Math.max(0, Math.min(expiresAt - Date.now(), 2 ** 31 - 1)),
          );
          connection.expiryTimer.unref();
        }
        ctx.extra.connection = connection;
        connection.log.debug('subscription connection accepted');
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = ctx.extra.connection!;
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: demand.limits.maxTokens });
        } catch (error) {
          return [tokenLimitError(error as Error) ?? (error instanceof GraphQLError ? error : new GraphQLError(String(error)))];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return [...errors];
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify the operation to run.')];
        if (operation.operation !== 'subscription') {
          return [
            new GraphQLError('Only subscriptions run over the WebSocket; send queries and mutations with HTTP POST /graphql.', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        }
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection.`, { extensions: { code: 'BAD_REQUEST' } })];
        }
        const caller = callerClassOf(connection.viewer);
        const verdict = demand.check(schema, document, payload.operationName, payload.variables ?? undefined, caller);
        if (verdict && 'error' in verdict) {
          connection.log.info({ operationName: payload.operationName, caller, ...verdict.error.extensions }, 'subscription refused by demand control');
          return [verdict.error];
        }
        if (verdict) connection.log.debug({ operationName: payload.operationName, estimatedCost: verdict.estimatedCost }, 'subscription accepted');
        const refused = await options.admitSubscription?.(connection.viewer);
        if (refused) return [refused];
        const contextValue: SubscriptionContext = {
          viewer: connection.viewer,
          token: connection.token,
          expiresAt: connection.expiresAt,
          connectionId: connection.id,
          log: connection.log,
          [FRAME_SINK]: frameSink(ctx.extra.socket, id),
        };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
          fieldResolver: responseKeyFieldResolver,
        };
      },
      onClose: (ctx, code) => {
        const connection = ctx.extra.connection;
        if (connection?.expiryTimer) clearTimeout(connection.expiryTimer);
        connection?.log.debug({ code }, 'subscription connection closed');
      },
    },
    wss,
    options.keepAliveMs ?? 12_000,
  );

  return {
    get connections() {
      return wss.clients.size;
    },
    async dispose() {
      await server.dispose();
    },
  };
}
