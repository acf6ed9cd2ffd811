// Drives the official botframework-directlinejs client from Node, as Web Chat does in a page:
// polling by default, or the WebSocket stream (`webSocket: true`, through the `ws` package),
// our domain, activities collected as they arrive. DirectLineJS speaks
// HTTP through rxjs' ajax, i.e. XMLHttpRequest, which Node lacks: xhr2 provides it. It also
// reads the global WebSocket at construction (unused with polling), which Node 20 lacks: ws.
import type { Activity, DirectLine as DirectLineType } from 'botframework-directlinejs';

type Globals = { XMLHttpRequest?: unknown; WebSocket?: unknown };
(globalThis as Globals).XMLHttpRequest ??= require('xhr2');
(globalThis as Globals).WebSocket ??= require('ws');
const { DirectLine, ConnectionStatus } =
  require('botframework-directlinejs') as typeof import('botframework-directlinejs');

export interface DirectLineSession {
  directLine: DirectLineType;
  received: Activity[];
  /** Resolves with the first received activity (from `from` on) matching; rejects after `timeoutMs`. */
  waitFor(predicate: (activity: Activity) => boolean, timeoutMs?: number, from?: number): Promise<Activity>;
  post(activity: Partial<Activity>): Promise<string>;
  end(): void;
}

export function connectDirectLine(options: {
  domain: string;
  token: string;
  conversationId?: string;
  watermark?: string;
  /** Stream over the WebSocket instead of polling. */
  webSocket?: boolean;
}): DirectLineSession {
  const directLine = new DirectLine({
    domain: options.domain,
    token: options.token,
    webSocket: options.webSocket ?? false,
    pollingInterval: 200,
    ...(options.conversationId ? { conversationId: options.conversationId } : {}),
    ...(options.watermark ? { watermark: options.watermark } : {}),
  });
  const received: Activity[] = [];
  const waiters = new Set<() => void>();
  const subscription = directLine.activity$.subscribe((activity) => {
    received.push(activity);
    for (const wake of waiters) wake();
  });
  const waitFor: DirectLineSession['waitFor'] = (predicate, timeoutMs = 10_000, from = 0) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = received.slice(from).find(predicate);
        if (!found) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching activity within ${timeoutMs} ms; got ${received.length}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(wake);
      };
      const wake = () => {
        check();
      };
      if (!check()) waiters.add(wake);
    });
  const post = (activity: Partial<Activity>) =>
    new Promise<string>((resolve, reject) => {
      directLine.postActivity(activity as Activity).subscribe({ next: resolve, error: reject });
    });
  return {
    directLine,
    received,
    waitFor,
    post,
    end: () => {
      subscription.unsubscribe();
      directLine.end();
    },
  };
}

export { ConnectionStatus };
