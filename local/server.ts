// The embedded default: one Node process with dynalite (in memory, or on disk with a data
// folder), the Direct Line function behind the same routes as API Gateway, the probe function
// behind the Lambda Invoke API route (so the real @aws-sdk/client-lambda path runs) and the
// widget's page at `/`. `npm start` runs it; tests start it on a random port.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DynamoAgentDirectory } from '../adapters/dynamo/agent-directory';
import { createDocumentClient, createFastDynamoClient } from '../adapters/dynamo/document-client';
import { startLocalDynamo } from '../adapters/dynamo/local-dynalite';
import { StreamHub } from '../core/channel/stream-hub';
import { isConfigFilesPath } from '../core/config-files/router';
import { AgentFeed, fanOut } from '../core/handoff/agent-feed';
import { type AgentHandler, createAgentHandler } from '../functions/agent';
import { agentConfigFrom } from '../functions/agent/config';
import { createDirectLineHandler, type DirectLineHandler } from '../functions/directline';
import { directLineConfigFrom } from '../functions/directline/config';
import { LocalAgentAuth } from './agent-auth';
import { createAgentLive } from './agent-live';
import { configFilesRoute, localConfigFilesDeps } from './config-files';
import { DEMO_SMTP_NAME } from './demo-smtp';
import {
  attachUpgrades,
  createDirectLineStream,
  STREAM_PATH,
  type UpgradeHandler,
} from './directline-stream';
import { BodyTooLargeError, readBody, toGatewayEvent, writeGatewayResult } from './gateway-event';
import { createLocalProbe, type LocalProbe } from './local-probe';
import { createLocalOutage, DEFAULT_HEALTH_INTERVAL_MS } from './outage';
import { makePrivate, privateUmask } from './private-files';
import type { LocalServer, LocalServerOptions } from './server-types';
import { loadSigningKey } from './signing-key';
import { serveStatic } from './static-files';
import { startVerifyInbox } from './verify-inbox';
import { ensureWebBuilt } from './web-assets';

export type { LocalServer, LocalServerOptions } from './server-types';

const DIRECTLINE_PREFIX = '/v3/directline';
const LAMBDA_PREFIX = '/2015-03-31/functions/';
const AGENT_API_PREFIX = '/agent/api';

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const log = options.log ?? (() => {});
  // Conversations and the signing key on disk are the user's alone (local/private-files.ts).
  const restoreUmask = options.dataDir ? privateUmask() : undefined;
  if (options.dataDir) await makePrivate(options.dataDir);
  // dynalite in a worker thread, reached over its message port (no TCP hop): the API and the
  // store then work on two cores. It listens on no TCP port: only on a unix socket private to
  // this user, for tools (adapters/dynamo/dynalite-worker.ts).
  const dynamo = await startLocalDynamo({
    thread: true,
    ...(options.dataDir ? { dataDir: join(options.dataDir, 'dynamo') } : {}),
  });
  const transport = { endpoint: dynamo.endpoint, requestHandler: dynamo.requestHandler };
  const documentClient = createDocumentClient(transport);
  const fastDynamoClient = createFastDynamoClient(transport);
  const closers: Array<() => Promise<void>> = [
    async () => documentClient.destroy(),
    async () => fastDynamoClient.destroy(),
    () => dynamo.close(),
  ];
  if (options.dataDir) {
    const dataDir = options.dataDir;
    closers.push(async () => {
      await makePrivate(dataDir);
      restoreUmask?.();
    });
  }
  try {
    const webRoot = options.serveWeb === false ? undefined : await ensureWebBuilt(log);
    // The verify inbox starts first: the demo SMTP server relays test messages to it.
    const verifyInbox = await startVerifyInbox({
      documentClient,
      fastDynamoClient,
      tableName: dynamo.tableName,
      ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
      dialog: options.dialog ?? (async (...args) => (await import('../dialogs/index')).runTurn(...args)),
      submissionHosts: options.demoSmtp ? [DEMO_SMTP_NAME] : [],
      log,
    });
    closers.push(() => verifyInbox.close());
    const probe: LocalProbe = await createLocalProbe({
      demoSmtp: options.demoSmtp ?? false,
      documentClient,
      tableName: dynamo.tableName,
      log,
      relay: { domain: verifyInbox.config.domain, host: verifyInbox.host, port: verifyInbox.port },
    });
    closers.push(() => probe.close());
    const configFiles = configFilesRoute(await localConfigFilesDeps(process.env, probe.demoCaPem));
    let directLine: DirectLineHandler | undefined;
    let agent: AgentHandler | undefined;
    const agentAuth = await LocalAgentAuth.create(options.agentPassword ?? process.env.AGENT_DEMO_PASSWORD);
    const server = createServer((request, response) => {
      route(request, response, { directLine, agent, agentAuth, probe, webRoot, configFiles }).catch(
        (error: unknown) => {
          log(`local server: unexpected failure on ${request.method} ${request.url}: ${String(error)}`);
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { code: 'Internal', message: 'Internal error' } }));
        },
      );
    });
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? Number(process.env.PORT ?? 3978), options.host ?? '127.0.0.1', resolve);
    });
    closers.unshift(() => closeServer(server));
    // Issue 10: WebSocket upgrades on the same port (Direct Line streams).
    const upgrades: UpgradeHandler[] = [];
    attachUpgrades(server, upgrades);
    closers.unshift(async () => {
      for (const upgrade of upgrades) upgrade.close();
    });
    const hub = new StreamHub();
    const agentFeed = new AgentFeed();
    upgrades.push(createAgentLive({ auth: agentAuth, feed: agentFeed }));
    const { port } = server.address() as AddressInfo;
    const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}`;
    const secret =
      options.directLineSecret ?? process.env.DIRECTLINE_SECRET ?? randomBytes(24).toString('base64url');
    // What both functions read alike: the table, the probe, retention and the handoff policy.
    const commonEnv = {
      TABLE_NAME: dynamo.tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      PROBE_FUNCTION_NAME: probe.functionName,
      LAMBDA_ENDPOINT: url,
      RETENTION_DAYS: options.retentionDays?.toString(),
      WORKING_HOURS: options.workingHours ?? process.env.WORKING_HOURS,
      HANDOFF_CLAIM_TIMEOUT_S: (
        options.claimTimeoutSeconds ?? process.env.HANDOFF_CLAIM_TIMEOUT_S
      )?.toString(),
      VERIFY_DOMAIN: verifyInbox.config.domain,
    };
    const config = directLineConfigFrom({
      ...commonEnv,
      TOKEN_SIGNING_KEY: options.signingKey ?? (await loadSigningKey(options.dataDir)),
      DIRECTLINE_SECRET: secret,
      ALLOWED_ORIGINS: [url, `http://localhost:${port}`, ...(options.extraOrigins ?? [])].join(','),
      PUBLIC_TOKENS_PER_MINUTE: (options.publicTokensPerMinute ?? 60).toString(),
      STREAM_URL: `${url.replace(/^http/, 'ws')}${STREAM_PATH}`,
    });
    // Outage mode: its messages go through the channel's turn runner, built on first use.
    const outage = createLocalOutage({
      documentClient,
      tableName: dynamo.tableName,
      retentionDays: options.retentionDays,
      turns: async () => {
        if (!directLine?.channel) throw new Error('the Direct Line channel is not built yet');
        return (await directLine.channel()).turns;
      },
      probe: options.probe ?? probe.fresh,
      intervalMs: options.healthIntervalMs ?? DEFAULT_HEALTH_INTERVAL_MS,
      log,
    });
    closers.unshift(() => outage.close());
    // The console's outage card refreshes live, as on AWS (an `outage` event on the agents' feed).
    const unsubscribe = outage.service.subscribe(() => void agentFeed.notify({ type: 'outage' }));
    closers.unshift(async () => unsubscribe());
    // Both functions get the same table clients, dialog, probe and log.
    const parts = {
      documentClient,
      fastDynamoClient,
      ...(options.dialog ? { dialog: options.dialog } : {}),
      ...(options.probe ? { probe: options.probe } : {}),
      onWarning: (message: string, details: Record<string, unknown>) =>
        log(`${message} ${JSON.stringify(details)}`),
      publisher: fanOut(hub, agentFeed),
      agentNotifier: agentFeed,
      outage: outage.service,
    };
    directLine = createDirectLineHandler({ config, parts });
    const channel = directLine.channel;
    if (channel) upgrades.push(createDirectLineStream({ channel, hub, log }));
    agent = createAgentHandler({ config: agentConfigFrom(commonEnv), parts });
    // The demo agents are listed for transfers from the start.
    const directory = new DynamoAgentDirectory({ client: documentClient, tableName: dynamo.tableName });
    for (const demo of agentAuth.agents) {
      await directory.touch(
        { agentId: demo.agentId, name: demo.name, email: demo.email },
        new Date().toISOString(),
      );
    }
    return {
      url,
      agentApiUrl: `${url}${AGENT_API_PREFIX}`,
      agents: agentAuth.agents,
      agentAuth,
      directLineUrl: `${url}${DIRECTLINE_PREFIX}`,
      directLineSecret: secret,
      dynamoEndpoint: dynamo.endpoint,
      tableName: dynamo.tableName,
      tableClient: documentClient,
      close: () => closeAll(closers),
      verifyInbox,
      ...(probe.demo ? { demoSmtp: probe.demo } : {}),
      outage: outage.service,
      checkHealth: outage.checkHealth,
    };
  } catch (error) {
    await closeAll(closers);
    throw error;
  }
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  parts: {
    directLine: DirectLineHandler | undefined;
    agent: AgentHandler | undefined;
    agentAuth: LocalAgentAuth;
    probe: LocalProbe;
    webRoot: string | undefined;
    configFiles?: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  },
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (parts.configFiles && isConfigFilesPath(path)) {
    await parts.configFiles(request, response);
    return;
  }
  if (path.startsWith(`${AGENT_API_PREFIX}/`)) {
    await routeAgent(request, response, parts.agent, parts.agentAuth, path);
    return;
  }
  if (path === DIRECTLINE_PREFIX || path.startsWith(`${DIRECTLINE_PREFIX}/`)) {
    if (!parts.directLine) {
      response.writeHead(503, { 'retry-after': '1' }).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(request);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      response.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      response.end(JSON.stringify({ error: { code: 'PayloadTooLarge', message: 'Request body too large' } }));
      return;
    }
    writeGatewayResult(response, await parts.directLine(toGatewayEvent(request, body)));
    return;
  }
  if (path.startsWith(LAMBDA_PREFIX)) {
    await parts.probe.invokeRoute(request, response);
    return;
  }
  if (path === '/config.json') {
    // What the deployment writes on AWS; locally an empty object: the API is the script's own
    // origin and agents sign in here. Served rather than 404, which browsers log as an error.
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' }).end('{}');
    return;
  }
  if (parts.webRoot) {
    await serveStatic(parts.webRoot, request, response);
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

/** The agent API behind the local authorizer (API Gateway's JWT authorizer on AWS). */
async function routeAgent(
  request: IncomingMessage,
  response: ServerResponse,
  agent: AgentHandler | undefined,
  auth: LocalAgentAuth,
  path: string,
): Promise<void> {
  const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...headers,
    });
    response.end(JSON.stringify(value));
  };
  if (!agent) {
    response.writeHead(503, { 'retry-after': '1' }).end();
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(request, 64 * 1024);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    json(
      413,
      { error: { code: 'PayloadTooLarge', message: 'Request body too large' } },
      { connection: 'close' },
    );
    return;
  }
  if (path === `${AGENT_API_PREFIX}/local-signin`) {
    if (request.method !== 'POST')
      return json(405, { error: { code: 'MethodNotAllowed', message: 'POST only' } });
    const answer = await auth.signIn(body.toString('utf8'), request.socket.remoteAddress);
    return json(answer.status, answer.body, answer.headers);
  }
  const verdict = await auth.authorize(request.headers.authorization);
  if (!verdict.ok) {
    // The documented error shape (API Gateway's own authorizer answers `{"message"}` on AWS).
    return json(
      verdict.status,
      { error: { code: 'MissingAuthorization', message: verdict.message } },
      { 'www-authenticate': 'Bearer' },
    );
  }
  const event = toGatewayEvent(request, body);
  (event.requestContext as unknown as { authorizer: unknown }).authorizer = {
    jwt: { claims: verdict.claims, scopes: null },
  };
  writeGatewayResult(response, await agent(event));
}

function closeServer(server: import('node:http').Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

async function closeAll(closers: Array<() => Promise<void>>): Promise<void> {
  for (const close of closers) await close().catch(() => undefined);
}
