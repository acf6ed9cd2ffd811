// Outage mode in the local server (issue 12): the service on the local table, its messages
// sent through the Direct Line channel's turn runner (so open streams get them at once), and
// the scheduled health check AWS runs as a function: every `intervalMs` a fresh probe (past
// the result cache, so each check is new) counted by `check`. The timer never keeps the
// process alive and stops with the server.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoHandoffBoard } from '../adapters/dynamo/handoff-board';
import type { OutageTurns } from '../core/outage/group-messages';
import { DEFAULT_OUTAGE_POLICY, type OutageChange } from '../core/outage/outage-record';
import type { OutageService } from '../core/outage/outage-service';
import { systemClock } from '../core/ports/clock';
import type { ProbeClient } from '../core/ports/probe-client';
import { createOutageControl } from '../functions/shared/outage-control';

export const DEFAULT_HEALTH_INTERVAL_MS = 60_000;

export interface LocalOutage {
  service: OutageService;
  /** One health check now (what the timer runs): the change it made, if any. */
  checkHealth(): Promise<OutageChange>;
  close(): Promise<void>;
}

export function createLocalOutage(options: {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  retentionDays?: number | undefined;
  /** The turn runner messages go through, available once the channel is built. */
  turns: () => Promise<OutageTurns>;
  probe: ProbeClient;
  /** 0 disables the timer (checks by hand only). */
  intervalMs: number;
  log: (line: string) => void;
}): LocalOutage {
  const table = {
    client: options.documentClient,
    tableName: options.tableName,
    clock: systemClock,
    ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
  };
  const board = new DynamoHandoffBoard(table);
  // The same service the functions build on AWS (functions/shared/outage-control.ts).
  const service = createOutageControl({
    table,
    turns: {
      dialogEvent: async (...args) => (await options.turns()).dialogEvent(...args),
      appendActivities: async (...args) => (await options.turns()).appendActivities(...args),
    },
    statusOf: async (conversationId) => (await board.get(conversationId))?.status,
    policy: DEFAULT_OUTAGE_POLICY,
    onWarning: (message, details) => options.log(`${message} ${JSON.stringify(details)}`),
  });
  let running: Promise<OutageChange> | undefined;
  const checkHealth = () => {
    running ??= (async () => {
      try {
        const summary = await options.probe.probe().catch((error: unknown) => {
          options.log(`health check: the probe could not run (${String(error)})`);
          return null;
        });
        const change = await service.check(summary);
        if (change) options.log(`outage ${change} (health check)`);
        return change;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  const timer =
    options.intervalMs > 0
      ? setInterval(() => {
          checkHealth().catch((error: unknown) => options.log(`health check failed: ${String(error)}`));
        }, options.intervalMs)
      : undefined;
  timer?.unref();
  return {
    service,
    checkHealth,
    close: async () => {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
