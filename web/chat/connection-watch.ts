// Keeps a chat's Direct Line connection alive whatever DirectLineJS does. DirectLineJS hides
// its transport: a closed WebSocket waits 3–15 s before it retries, and one 429 or 503 answer
// to a poll ends polling for good while the status stays "Online" (a silent freeze). So the
// widget looks inside: it hooks the client's WebSocket constructor and its ajax service,
// hears every socket open, message and close and every poll's outcome, and on trouble (a
// closed socket, a failed poll, polls gone quiet, the browser back online) asks for a rebuild
// with backoff; the caller rebuilds the client from the last watermark, so nothing is lost or
// shown twice. Troubles lasting longer than a few seconds are reported, for "Reconnecting…".
// A socket that never opens (a proxy that blocks WebSockets) twice in a row switches the chat
// to polling, which the same watch keeps alive.

export type Transport = 'socket' | 'polling';

export interface WatchOptions {
  /** Rebuild the client now (from the last watermark), with this transport. */
  rebuild(transport: Transport): void;
  /** True once trouble lasted `noticeAfterMs`; false when the connection is healthy again. */
  onReconnecting(reconnecting: boolean): void;
  noticeAfterMs?: number;
  /** No successful poll for this long in polling mode = stale. */
  staleAfterMs?: number;
  random?: () => number;
}

interface HookableDirectLine {
  services?: {
    WebSocket?: new (url: string) => WebSocket;
    ajax?: (settings: { method?: string; url?: string }) => RxObservable;
  };
}

// The rxjs 5 observable DirectLineJS's ajax returns (operators patched on its prototype).
interface RxObservable {
  do(next: (value: unknown) => void, error: (error: { status?: number }) => void): RxObservable;
}

const FIRST_RETRY_MS = 300;
const MAX_RETRY_MS = 15_000;

export class ConnectionWatch {
  private transport: Transport = 'socket';
  private attempts = 0;
  private socketsNeverOpened = 0;
  private troubleSince: number | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPollOk = Date.now();
  private readonly staleTimer: ReturnType<typeof setInterval>;
  private paused = false;
  private disposed = false;
  private readonly onOnline = () => this.trouble();
  /** Bumped on every rebuild: events of an old client are ignored. */
  private generation = 0;

  constructor(private readonly options: WatchOptions) {
    const staleAfter = options.staleAfterMs ?? 30_000;
    this.staleTimer = setInterval(() => {
      if (this.transport === 'polling' && !this.paused && Date.now() - this.lastPollOk > staleAfter) {
        this.trouble();
      }
    }, 5_000);
    window.addEventListener('online', this.onOnline);
  }

  get currentTransport(): Transport {
    return this.transport;
  }

  /** Hooks a freshly built DirectLine (before Web Chat subscribes to it). */
  attach(directLine: unknown): void {
    const generation = ++this.generation;
    const mine = () => generation === this.generation && !this.disposed && !this.paused;
    const services = (directLine as HookableDirectLine).services;
    const NativeSocket = services?.WebSocket;
    if (services && NativeSocket) {
      const watch = this;
      services.WebSocket = class extends NativeSocket {
        constructor(url: string) {
          super(url);
          let opened = false;
          this.addEventListener('open', () => {
            opened = true;
            if (mine()) watch.healthy();
          });
          this.addEventListener('message', () => {
            if (mine()) watch.healthy();
          });
          this.addEventListener('close', () => {
            if (!mine()) return;
            if (!opened && ++watch.socketsNeverOpened >= 2) watch.transport = 'polling';
            watch.trouble();
          });
        }
      };
    }
    const ajax = services?.ajax;
    if (services && ajax) {
      services.ajax = (settings) => {
        const poll = settings.method === 'GET' && /\/activities\?watermark=/.test(settings.url ?? '');
        return ajax(settings).do(
          () => {
            if (!poll || !mine()) return;
            this.lastPollOk = Date.now();
            this.healthy();
          },
          (error) => {
            // 403 (token) and 404 (conversation gone) are the status watcher's to handle.
            if (poll && mine() && error.status !== 403 && error.status !== 404) this.trouble();
          },
        );
      };
    }
  }

  /** DirectLineJS reported Online (a poll client's first sign of life). */
  online(): void {
    this.lastPollOk = Date.now();
    if (this.transport === 'polling') this.healthy();
  }

  /** Something is wrong with the connection: rebuild it, after a backoff. */
  trouble(): void {
    if (this.disposed || this.paused || this.retryTimer !== undefined) return;
    if (this.troubleSince === undefined) {
      this.troubleSince = Date.now();
      this.noticeTimer = setTimeout(
        () => this.options.onReconnecting(true),
        this.options.noticeAfterMs ?? 3_000,
      );
    }
    const random = this.options.random ?? Math.random;
    const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** this.attempts);
    const delay = this.attempts === 0 ? FIRST_RETRY_MS : ceiling / 2 + random() * (ceiling / 2);
    this.attempts += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.disposed || this.paused) return;
      this.lastPollOk = Date.now();
      this.options.rebuild(this.transport);
    }, delay);
  }

  /** Stops watching while the chat is let go (minimised, hidden); `resume` reconnects. */
  pause(): void {
    this.paused = true;
    this.generation += 1;
    this.clearTrouble(true);
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.attempts = 0;
    this.lastPollOk = Date.now();
    this.options.rebuild(this.transport);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  dispose(): void {
    this.disposed = true;
    this.clearTrouble(false);
    clearInterval(this.staleTimer);
    window.removeEventListener('online', this.onOnline);
  }

  private healthy(): void {
    this.attempts = 0;
    this.socketsNeverOpened = 0;
    this.clearTrouble(true);
  }

  private clearTrouble(report: boolean): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    clearTimeout(this.noticeTimer);
    if (this.troubleSince !== undefined && report) this.options.onReconnecting(false);
    this.troubleSince = undefined;
  }
}
