// An AWS SDK request handler that hands each DynamoDB request straight to dynalite's request
// listener in this process: the SDK still serialises, signs and parses the real DynamoDB JSON
// protocol and dynalite still validates and executes it, but no TCP connection, socket write
// or HTTP parsing happens in between (on this machine those cost more than the work itself).
// Used by the local server only; tests of the store talk to dynalite over real HTTP.
// The answer's body is handed over as bytes, not as a stream: the SDK reads a byte body as it
// is, where a stream costs an async iteration (several event-loop turns and allocations) per
// round trip.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

interface SdkHttpRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

interface SdkHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface InProcessRequestHandler {
  handle(request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }>;
  updateHttpClientConfig(): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
}

export function inProcessRequestHandler(listener: RequestListener): InProcessRequestHandler {
  return {
    handle: (request) =>
      new Promise((resolve) => {
        const fakeRequest = Object.assign(new EventEmitter(), {
          method: request.method,
          url: request.path,
          headers: Object.fromEntries(
            Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
          ),
        });
        const headers: Record<string, string> = {};
        const fakeResponse = {
          statusCode: 200,
          setHeader(name: string, value: unknown) {
            headers[name.toLowerCase()] = String(value);
          },
          end(body?: string | Buffer) {
            const bytes = body === undefined ? new Uint8Array(0) : Buffer.from(body);
            resolve({ response: { statusCode: fakeResponse.statusCode, headers, body: bytes } });
          },
        };
        listener(fakeRequest as unknown as IncomingMessage, fakeResponse as unknown as ServerResponse);
        const body = request.body;
        process.nextTick(() => {
          if (body !== undefined && body !== null && body !== '') {
            fakeRequest.emit('data', toBuffer(body));
          }
          fakeRequest.emit('end');
        });
      }),
    updateHttpClientConfig: () => {},
    httpHandlerConfigs: () => ({}),
    destroy: () => {},
  };
}

function toBuffer(body: unknown): Buffer {
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('in-process DynamoDB handler: unsupported request body');
}

/**
 * For the in-process transport only: dynalite checks that a request carries a well-formed
 * SigV4 Authorization header, never the signature itself, so the local server skips the
 * hashing and HMACs of real signing. AWS always gets the SDK's real signer.
 */
export const unsignedLocalAuthSchemes = [
  {
    schemeId: 'aws.auth#sigv4',
    identityProvider: (config: { getIdentityProvider(id: string): unknown }) =>
      config.getIdentityProvider('aws.auth#sigv4'),
    signer: {
      sign: async (request: { headers: Record<string, string> }) => {
        const stamp = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
        request.headers['x-amz-date'] = stamp;
        request.headers.authorization =
          `AWS4-HMAC-SHA256 Credential=local/${stamp.slice(0, 8)}/local/dynamodb/aws4_request, ` +
          'SignedHeaders=host;x-amz-date, Signature=0';
        return request;
      },
    },
  },
];
