// The console's live socket (issue 10): the server pushes an event when the queue changes or a
// conversation gets a new record, and the console fetches what changed, so it stays current
// without polling. While the socket is down the console polls as before; it reconnects with
// backoff and, once back, fetches everything once to catch up. A deployment without the live
// endpoint (the socket never opens three times in a row) is left to polling.
import type { AgentEvent } from '../../core/ports/agent-notifier';

export interface LiveFeedOptions {
  /** The socket URL with the current token, or null when signed out. */
  url(): string | null;
  onEvent(event: AgentEvent): void;
  /** The socket opened (again): catch up on what happened meanwhile. */
  onOpen(): void;
}

export interface LiveFeed {
  readonly connected: boolean;
  stop(): void;
}

const MAX_DELAY_MS = 30_000;
const GIVE_UP_AFTER = 3;

export function liveUrlFor(apiUrl: string, token: string | null): string | null {
  if (!token) return null;
  return `${apiUrl.replace(/^http/, 'ws')}/agent/api/live?access_token=${encodeURIComponent(token)}`;
}

export function connectLiveFeed(options: LiveFeedOptions): LiveFeed {
  let socket: WebSocket | null = null;
  let connected = false;
  let stopped = false;
  let failures = 0;
  let neverOpened = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (stopped || neverOpened >= GIVE_UP_AFTER) return;
    const delay = Math.min(MAX_DELAY_MS, 500 * 2 ** failures) * (0.5 + Math.random() / 2);
    failures += 1;
    timer = setTimeout(open, delay);
  };

  function open(): void {
    const url = options.url();
    if (stopped || !url) return;
    let opened = false;
    try {
      socket = new WebSocket(url);
    } catch {
      neverOpened += 1;
      schedule();
      return;
    }
    socket.addEventListener('open', () => {
      opened = true;
      connected = true;
      failures = 0;
      neverOpened = 0;
      options.onOpen();
    });
    socket.addEventListener('message', (message) => {
      try {
        const event = JSON.parse(String(message.data)) as AgentEvent;
        if (event && ['queue', 'activity', 'outage'].includes(event.type)) options.onEvent(event);
      } catch {
        // Not an event of ours: ignored.
      }
    });
    socket.addEventListener('close', () => {
      connected = false;
      socket = null;
      if (!opened) neverOpened += 1;
      schedule();
    });
  }

  open();
  return {
    get connected() {
      return connected;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
