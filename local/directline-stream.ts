// Direct Line's WebSocket stream on the local server's own port (`ws`, noServer): the HTTP
// upgrade of `/v3/directline/stream?t=<stream token>&watermark=N` is checked first (token,
// conversation, watermark) and refused with the documented error before any upgrade; an
// accepted socket gets a StreamSession registered in the in-process hub, which the turn
// runners publish to. DirectLineJS's keep-alive (an empty frame every 20 s) also catches the
// stream up from the store and checks a queued customer's claim timeout, as a poll would.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { errorResponse } from '../core/channel/channel-errors';
import type { DirectLineChannel } from '../core/channel/directline-channel';
import type { StreamHub } from '../core/channel/stream-hub';
import { StreamSession } from '../core/channel/stream-session';
import { isPostinoError, PostinoError } from '../core/errors';

export const STREAM_PATH = '/v3/directline/stream';

/** A socket that answered no ping for this long is dropped (the client reconnects). */
const HEARTBEAT_MS = 30_000;

export interface DirectLineStreamOptions {
  channel: () => Promise<DirectLineChannel>;
  hub: StreamHub;
  log: (line: string) => void;
}

export interface UpgradeHandler {
  /** True when the request was for this handler (answered or refused). */
  handle(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
}

export function createDirectLineStream(options: DirectLineStreamOptions): UpgradeHandler {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false });
  const alive = new WeakSet<WebSocket>();
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const accept = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const channel = await options.channel();
    if (!channel.streams) throw new PostinoError('NotFound', 'Streaming is not enabled');
    const stream = await channel.streams.authorize(Object.fromEntries(url.searchParams));
    wss.handleUpgrade(request, socket, head, (ws) => {
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      const session = new StreamSession(
        channel.store,
        stream.conversationId,
        stream.watermark,
        {
          send: (frame) => {
            if (ws.readyState === WebSocket.OPEN) ws.send(frame);
          },
          close: (reason) => ws.close(1011, reason),
        },
        (error) => options.log(`stream ended by a store failure: ${String(error)}`),
      );
      const remove = options.hub.add(session);
      ws.on('close', remove);
      ws.on('error', remove);
      ws.on('message', () => {
        alive.add(ws);
        // The client's keep-alive: what a poll would do (claim timeout, catch up).
        channel.turns
          .claimTimeout(stream.conversationId)
          .catch(() => false)
          .then(() => session.refresh());
      });
      void session.start();
    });
  };

  return {
    handle(request, socket, head) {
      const path = (request.url ?? '/').split('?')[0];
      if (path !== STREAM_PATH) return false;
      accept(request, socket, head).catch((error: unknown) => {
        if (!isPostinoError(error) || error.code === 'Internal')
          options.log(`stream refused: ${String(error)}`);
        refuse(socket, isPostinoError(error) ? error : new PostinoError('Internal', 'unexpected'));
      });
      return true;
    },
    close() {
      clearInterval(heartbeat);
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    },
  };
}

/** Answers a refused upgrade as plain HTTP, with Direct Line's error body, and hangs up. */
export function refuse(socket: Duplex, error: PostinoError): void {
  const response = errorResponse(error);
  const body = response.body ?? '';
  const headers = {
    ...response.headers,
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = [
    `HTTP/1.1 ${response.status} ${STATUS_TEXT[response.status] ?? 'Error'}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  if (socket.writable) socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
  else socket.destroy();
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Routes each upgrade to the first handler that takes it; anything else is refused. */
export function attachUpgrades(server: Server, handlers: UpgradeHandler[]): void {
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    for (const handler of handlers) if (handler.handle(request, socket, head)) return;
    refuse(socket, new PostinoError('NotFound', 'Unknown route'));
  });
}
