import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

/** The TCP socket under a WebSocket (ws keeps it as `_socket`). */
export function streamOf(socket: WebSocket): Socket | undefined {
  return (socket as unknown as { _socket?: Socket })._socket;
}

const corked = new WeakSet<Socket>();

/** Corks the socket until the end of this turn of the event loop, so what is written meanwhile leaves in one system call. */
export function corkForTurn(stream: Socket): void {
  if (corked.has(stream) || stream.destroyed) return;
  corked.add(stream);
  stream.cork();
  setImmediate(() => {
    corked.delete(stream);
    stream.uncork();
  });
}

/**
 * Frames one WebSocket is sent within one turn of the event loop leave in one write: the socket is
 * corked at the first frame and uncorked right after the turn. graphql-ws waits for each frame's
 * send callback before the next; the callback comes at once while less than `highWaterMark` bytes
 * wait, so a subscriber with several deliveries ready (a busy room, a slow moment) gets them in
 * one system call instead of one each — writes, not serialization, are what a large room costs.
 * Past `highWaterMark` (a client that stopped reading) the callback waits for the write again.
 */
export function coalesceWrites(socket: WebSocket, highWaterMark = 1024 * 1024): void {
  const stream = streamOf(socket);
  if (!stream) return;
  const send = socket.send.bind(socket) as (data: unknown, options: object, cb?: (error?: Error) => void) => void;
  const ignore = () => undefined;
  socket.send = ((data: unknown, optionsOrCallback?: unknown, callback?: unknown) => {
    const cb = (typeof optionsOrCallback === 'function' ? optionsOrCallback : callback) as ((error?: Error) => void) | undefined;
    const options = (typeof optionsOrCallback === 'object' && optionsOrCallback) || {};
    corkForTurn(stream);
    if (!cb) return send(data, options, ignore);
    if (socket.bufferedAmount >= highWaterMark) return send(data, options, cb);
    send(data, options, ignore); // a failed write closes the socket; graphql-ws learns of it from the close
    queueMicrotask(() => cb());
  }) as WebSocket['send'];
}
