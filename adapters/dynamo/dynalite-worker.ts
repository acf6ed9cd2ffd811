// dynalite in a worker thread, for the local server: its work (validation, LevelDB, JSON)
// runs on another core than the API's. Requests reach it over the worker's message port, not
// TCP (the SDK still serialises and parses the real DynamoDB JSON protocol, dynalite still
// executes it). dynalite checks no credentials, so it listens on no TCP port, where any local
// user could read every conversation: for tools it listens on a unix socket, 0600 in a 0700
// folder of its own, which only the user running the server can open.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InProcessRequestHandler } from './in-process-handler';
import { ensureTable, type LocalDynamo } from './local-dynalite';

// Plain JavaScript, so the worker needs no TypeScript loader (jest, tsx and node alike).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { EventEmitter } = require('node:events');
const dynalite = require(require('node:module').createRequire(workerData.base).resolve('dynalite'));
const server = dynalite(Object.assign({ createTableMs: 0 }, workerData.path ? { path: workerData.path } : {}));
const listener = server.listeners('request')[0];
server.on('error', (error) => parentPort.postMessage({ type: 'error', error: String(error) }));
server.listen(workerData.socket, () => parentPort.postMessage({ type: 'ready' }));
parentPort.on('message', (message) => {
  if (message.type === 'close') return server.close(() => parentPort.close());
  const request = Object.assign(new EventEmitter(), { method: message.method, url: message.path, headers: message.headers });
  const headers = {};
  const response = {
    statusCode: 200,
    setHeader(name, value) { headers[name.toLowerCase()] = String(value); },
    end(body) {
      parentPort.postMessage({ type: 'response', id: message.id, statusCode: response.statusCode, headers, body: body === undefined ? '' : String(body) });
    },
  };
  listener(request, response);
  process.nextTick(() => {
    if (message.body) request.emit('data', Buffer.from(message.body));
    request.emit('end');
  });
});
`;

interface WorkerResponse {
  type: 'response';
  id: number;
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export async function startDynaliteWorker(options: {
  tableName?: string;
  dataDir?: string;
}): Promise<LocalDynamo> {
  // mkdtemp makes the folder 0700.
  const socketDir = await mkdtemp(join(tmpdir(), 'postino-store-'));
  const socketPath = join(socketDir, 'dynamo.sock');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { base: __filename, path: options.dataDir, socket: socketPath },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { type: string; error?: string }) =>
      message.type === 'ready' ? resolve() : reject(new Error(message.error)),
    );
  });
  await chmod(socketPath, 0o600);
  const pending = new Map<number, (response: WorkerResponse) => void>();
  worker.on('message', (message: WorkerResponse) => {
    if (message.type !== 'response') return;
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  let nextId = 0;
  const requestHandler: InProcessRequestHandler = {
    handle: (request) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, (answer) =>
          resolve({
            // Bytes, not a stream (see in-process-handler.ts).
            response: {
              statusCode: answer.statusCode,
              headers: answer.headers,
              body: Buffer.from(answer.body),
            },
          }),
        );
        worker.postMessage({
          type: 'request',
          id,
          method: request.method,
          path: request.path,
          headers: Object.fromEntries(
            Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
          ),
          body: bodyText(request.body),
        });
      }),
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({}),
    destroy: () => {},
  };
  // The SDK needs an endpoint to sign for; every request goes through `requestHandler`.
  const endpoint = 'http://dynalite.localhost';
  const tableName = options.tableName ?? 'postino';
  await ensureTable(endpoint, tableName, requestHandler);
  return {
    endpoint,
    tableName,
    requestHandler,
    socketPath,
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ type: 'close' });
      // The grace timer is cleared once the worker is gone: left pending it kept the process
      // (and jest) alive for 2 s after every close.
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (grace = setTimeout(resolve, 2000)))]);
      clearTimeout(grace);
      await worker.terminate();
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array)
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  throw new TypeError('dynalite worker: unsupported request body');
}
