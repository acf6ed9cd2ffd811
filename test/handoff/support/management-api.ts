// A stand-in for API Gateway's Management API (the one AWS piece these tests fake), on
// loopback HTTP: `POST <stage>/@connections/{id}` as the real SDK client sends it. It records
// each frame per connection, answers 410 Gone for connections marked gone and 500 while told
// to fail, so the callers' real @aws-sdk/client-apigatewaymanagementapi path is exercised.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ManagementApi {
  /** `http://127.0.0.1:<port>/live`: what the functions get as their Management endpoint. */
  endpoint: string;
  /** Frames received, parsed, by connection id. */
  frames(connectionId: string): Array<Record<string, unknown>>;
  gone: Set<string>;
  failing: boolean;
  clear(): void;
  close(): Promise<void>;
}

export async function startManagementApi(): Promise<ManagementApi> {
  const received = new Map<string, Array<Record<string, unknown>>>();
  const api = {
    gone: new Set<string>(),
    failing: false,
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const match = /^\/live\/@connections\/([^/]+)$/.exec(decodeURIComponent(request.url ?? ''));
      const connectionId = match?.[1];
      if (request.method !== 'POST' || !connectionId) {
        response.writeHead(404).end();
        return;
      }
      if (api.failing) {
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal"}');
        return;
      }
      if (api.gone.has(connectionId)) {
        response
          .writeHead(410, { 'content-type': 'application/json', 'x-amzn-errortype': 'GoneException' })
          .end('{"message":"Gone"}');
        return;
      }
      const list = received.get(connectionId) ?? [];
      list.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      received.set(connectionId, list);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(api, {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/live`,
    frames: (connectionId: string) => received.get(connectionId) ?? [],
    clear: () => received.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
