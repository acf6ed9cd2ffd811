// The console's live socket (issue 10): the server pushes an event when the queue changes or a
// conversation gets a new record, and the console fetches what changed, so it stays current
// without polling. While the socket is down the console polls as before; it reconnects with
// backoff and, once back, fetches everything once to catch up. A deployment without the live
// endpoint (the socket never opens three times in a row) is left to polling.
// Locally the socket is the server's own `/agent/api/live`; on AWS it is the agents' WebSocket
// API that config.json names (`agentLiveUrl`). Either checks the agent's token when the socket
// opens, so the console reopens it with the renewed token and closes it when the token expires
// (the server stops pushing to it then: polling takes over); it also sends a keep-alive, as
// API Gateway closes a socket that has been silent for 10 minutes.
import type { AgentEvent } from '../../core/ports/agent-notifier';
import type { SiteConfig } from '../shared/site-config';

export interface LiveFeedOptions {
  /** The socket URL with the current token, or null when signed out or there is no socket. */
  url(): string | null;
  /** Epoch ms when the token in `url()` expires: the socket is closed then. */
  expiresAt?(): number;
  onEvent(event: AgentEvent): void;
  /** The socket opened (again): catch up on what happened meanwhile. */
  onOpen(): void;
  /** Tests: shorter periods than the token check's 30 s and the keep-alive's 4 minutes. */
  periods?: { checkMs: number; keepAliveMs: number };
}

export interface LiveFeed {
  readonly connected: boolean;
  stop(): void;
}

const MAX_DELAY_MS = 30_000;
const GIVE_UP_AFTER = 3;
/** How often the token is looked at (renewed: reopen; expired: close). */
const CHECK_EVERY_MS = 30_000;
/** Below API Gateway's 10-minute idle timeout. */
const KEEP_ALIVE_MS = 4 * 60_000;
export const KEEP_ALIVE_FRAME = '{"type":"ping"}';

/**
 * Where the console's socket is: the agents' WebSocket API named by config.json (AWS); none on
 * a deployment that names a user pool but no socket (polling); else the local server's.
 */
export function liveUrlFor(
  config: Pick<SiteConfig, 'apiUrl' | 'agentAuth' | 'agentLiveUrl'>,
  token: string | null,
): string | null {
  if (!token) return null;
  const query = `access_token=${encodeURIComponent(token)}`;
  if (config.agentLiveUrl) return `${config.agentLiveUrl}?${query}`;
  if (config.agentAuth) return null;
  return `${config.apiUrl.replace(/^http/, 'ws')}/agent/api/live?${query}`;
}

export function connectLiveFeed(options: LiveFeedOptions): LiveFeed {
  let socket: WebSocket | null = null;
  let openedUrl: string | null = null;
  let connected = false;
  let stopped = false;
  let failures = 0;
  let neverOpened = 0;
  let lastSent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const { checkMs, keepAliveMs } = options.periods ?? { checkMs: CHECK_EVERY_MS, keepAliveMs: KEEP_ALIVE_MS };

  const schedule = () => {
    if (stopped || neverOpened >= GIVE_UP_AFTER) return;
    clearTimeout(timer);
    const delay = Math.min(MAX_DELAY_MS, 500 * 2 ** failures) * (0.5 + Math.random() / 2);
    failures += 1;
    timer = setTimeout(open, delay);
  };

  function open(): void {
    const url = options.url();
    if (stopped || !url) return;
    let opened = false;
    let current: WebSocket;
    try {
      current = new WebSocket(url);
    } catch {
      neverOpened += 1;
      schedule();
      return;
    }
    socket = current;
    openedUrl = url;
    current.addEventListener('open', () => {
      if (socket !== current) return;
      opened = true;
      connected = true;
      failures = 0;
      neverOpened = 0;
      lastSent = Date.now();
      options.onOpen();
    });
    current.addEventListener('message', (message) => {
      if (socket !== current) return;
      try {
        const event = JSON.parse(String(message.data)) as AgentEvent | null;
        // Any event type is passed on: the console acts on those it knows.
        if (event && typeof event.type === 'string') options.onEvent(event);
      } catch {
        // Not an event of ours: ignored.
      }
    });
    // Browsers fire `error` then `close`; some runtimes only `error` for a refused handshake.
    const ended = () => {
      // A socket replaced by a fresh one (renewed token) is not a drop.
      if (socket !== current) return;
      connected = false;
      socket = null;
      if (!opened) neverOpened += 1;
      current.close();
      schedule();
    };
    current.addEventListener('close', ended);
    current.addEventListener('error', ended);
  }

  /** Closes the current socket without counting a drop (no reconnection follows). */
  const drop = () => {
    const old = socket;
    socket = null;
    connected = false;
    old?.close();
  };

  const check = setInterval(() => {
    if (stopped) return;
    const url = options.url();
    if (url && url !== openedUrl) {
      // A renewed token: a fresh socket at once, with fresh chances.
      drop();
      clearTimeout(timer);
      failures = 0;
      neverOpened = 0;
      open();
      return;
    }
    if (!socket) return;
    if ((options.expiresAt?.() ?? Number.POSITIVE_INFINITY) <= Date.now()) {
      // The server no longer pushes to it: polling takes over (and meets the expired sign-in).
      drop();
      return;
    }
    if (connected && Date.now() - lastSent >= keepAliveMs) {
      socket.send(KEEP_ALIVE_FRAME);
      lastSent = Date.now();
    }
  }, checkMs);

  open();
  return {
    get connected() {
      return connected;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(check);
      drop();
    },
  };
}
