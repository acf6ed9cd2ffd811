// The local server's contract: what `startLocalServer` takes (all optional: `npm start` needs
// nothing) and what it gives back to `npm start`, the tests and the benches.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { OutageChange } from '../core/outage/outage-record';
import type { OutageService } from '../core/outage/outage-service';
import type { DialogRunner } from '../core/ports/dialog-runner';
import type { ProbeClient } from '../core/ports/probe-client';
import type { DemoAgent, LocalAgentAuth } from './agent-auth';
import type { LocalProbe } from './local-probe';
import type { LocalVerifyInbox } from './verify-inbox';

export interface LocalServerOptions {
  /** Default: PORT or 3978; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Keep conversations (and the token signing key) in this folder across restarts. */
  dataDir?: string;
  /** Start a loopback SMTP server and probe it instead of smtp.hln.it. */
  demoSmtp?: boolean;
  /** Serve web/dist at `/` (building it when stale); default true. */
  serveWeb?: boolean;
  /** Default: DIRECTLINE_SECRET or a random one printed at start. */
  directLineSecret?: string;
  /** More origins allowed to embed the widget (the server's own are always allowed). */
  extraOrigins?: string[];
  publicTokensPerMinute?: number;
  retentionDays?: number;
  /** Tests only: a known token signing key (default: random, or kept in the data folder). */
  signingKey?: string;
  /** Tests only: another dialog or probe client than the real ones. */
  dialog?: DialogRunner;
  probe?: ProbeClient;
  log?: (line: string) => void;
  /** Agents' working hours, e.g. `mon-fri 09:00-18:00 Europe/Rome` (default: WORKING_HOURS, else always). */
  workingHours?: string;
  /** Seconds a queued customer waits unclaimed before the call-back offer (default 180). */
  claimTimeoutSeconds?: number;
  /** The demo agents' password (default: AGENT_DEMO_PASSWORD or random, printed at start). */
  agentPassword?: string;
  /** Outage mode's scheduled health check (issue 12), every this many ms; default 60000, 0 = none. */
  healthIntervalMs?: number;
}

export interface LocalServer {
  url: string;
  directLineUrl: string;
  directLineSecret: string;
  dynamoEndpoint: string;
  tableName: string;
  /** `${url}/agent/api` */
  agentApiUrl: string;
  /** The demo agents (username, password, display name) `npm start` prints. */
  agents: DemoAgent[];
  /** The local authorizer (tests: issue tokens, e.g. an expired one). */
  agentAuth: LocalAgentAuth;
  /** The table as the functions reach it (tests and tools; the store listens on no TCP port). */
  tableClient: DynamoDBDocumentClient;
  close(): Promise<void>;
  /** The verified resolution's SMTP inbox on loopback (issue 12). */
  verifyInbox: LocalVerifyInbox;
  /** With `demoSmtp`: the demo server's account and ports. */
  demoSmtp?: LocalProbe['demo'];
  /** Outage mode (issue 12): what the agents' outage routes and the widget's status call. */
  outage: OutageService;
  /** Runs one scheduled health check now (tests, tools): the change it made, if any. */
  checkHealth(): Promise<OutageChange>;
}
