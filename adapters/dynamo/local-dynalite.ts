// Runs dynalite (the DynamoDB API over HTTP, in process) and creates Postino's table in it.
// Used by `npm start` and by the tests; in memory unless a data folder is given. With
// `thread` (what `npm start` uses), dynalite runs in a worker thread (dynalite-worker.ts) on
// another core and listens on no TCP port; without it (tests of the store over real HTTP) it
// listens on a loopback port.
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  type DynamoDBClientConfig,
} from '@aws-sdk/client-dynamodb';
import { startDynaliteWorker } from './dynalite-worker';
import {
  type InProcessRequestHandler,
  inProcessRequestHandler,
  unsignedLocalAuthSchemes,
} from './in-process-handler';
import { tableDefinition } from './table';

// dynalite ships no types; this is the part of its API Postino uses.
type DynaliteServer = import('node:http').Server;
type DynaliteFactory = (options: { path?: string; createTableMs?: number }) => DynaliteServer;

export interface LocalDynamo {
  endpoint: string;
  tableName: string;
  /** An SDK request handler that skips TCP (in-process-handler.ts, dynalite-worker.ts). */
  requestHandler?: InProcessRequestHandler;
  /** The worker's only listener (no TCP port): a unix socket, 0600 in a 0700 folder. */
  socketPath?: string;
  close(): Promise<void>;
}

export async function startLocalDynamo(
  options: { tableName?: string; dataDir?: string; port?: number; thread?: boolean } = {},
): Promise<LocalDynamo> {
  if (options.thread) return startDynaliteWorker(options);
  const dynalite = require('dynalite') as DynaliteFactory;
  const server = dynalite({ createTableMs: 0, ...(options.dataDir ? { path: options.dataDir } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const tableName = options.tableName ?? 'postino';
  await ensureTable(endpoint, tableName);
  const listener = server.listeners('request')[0] as Parameters<typeof inProcessRequestHandler>[0];
  return {
    endpoint,
    tableName,
    requestHandler: inProcessRequestHandler(listener),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function ensureTable(
  endpoint: string,
  tableName: string,
  requestHandler?: InProcessRequestHandler,
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    ...(requestHandler
      ? {
          requestHandler,
          httpAuthSchemes: unsignedLocalAuthSchemes as unknown as DynamoDBClientConfig['httpAuthSchemes'],
        }
      : {}),
  });
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
  }
  try {
    // dynalite activates a new table on a timer; until then it answers ResourceNotFound.
    for (let attempt = 0; attempt < 100; attempt++) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === 'ACTIVE') return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    client.destroy();
  }
}
