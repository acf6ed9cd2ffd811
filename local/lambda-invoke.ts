// The Lambda Invoke API (`POST /2015-03-31/functions/:name/invocations`) over a map of local
// handlers, so the chat side's real @aws-sdk/client-lambda path runs on one machine. It
// mimics what the client reads: 200 with the handler's JSON result; a thrown error or a
// timeout as 200 + `X-Amz-Function-Error: Unhandled` + { errorType, errorMessage }; an unknown
// function as 404 ResourceNotFoundException; a malformed name (bad percent-escape) as 400
// InvalidParameterValueException; `Event` invocations as 202, `DryRun` as 204.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface LocalLambdaContext {
  functionName: string;
  awsRequestId: string;
  getRemainingTimeInMillis(): number;
}

export type LocalLambdaHandler = (event: unknown, context: LocalLambdaContext) => Promise<unknown>;

export interface LambdaInvokeOptions {
  /** Per-function timeout, like the function's configured timeout (default 10 s). */
  timeoutMs?: Record<string, number>;
  /** Lambda's synchronous payload limit. */
  maxPayloadBytes?: number;
}

export const LAMBDA_INVOKE_ROUTE = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;
const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_PAYLOAD_BYTES = 6 * 1024 * 1024;

/** True when the request is for the Invoke API (lets a server route by path). */
export function isLambdaInvoke(request: IncomingMessage): boolean {
  return LAMBDA_INVOKE_ROUTE.test(new URL(request.url ?? '/', 'http://local').pathname);
}

export function createLambdaInvokeHandler(
  handlers: Record<string, LocalLambdaHandler>,
  options: LambdaInvokeOptions = {},
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const match = LAMBDA_INVOKE_ROUTE.exec(new URL(request.url ?? '/', 'http://local').pathname);
    if (!match || request.method !== 'POST') {
      return awsError(response, 404, 'UnknownOperationException', 'Unknown operation');
    }
    const decoded = safeDecode(match[1] ?? '');
    if (decoded === undefined) {
      return awsError(response, 400, 'InvalidParameterValueException', 'Malformed function name');
    }
    const name = functionNameOf(decoded);
    const handler = handlers[name];
    if (!handler) {
      return awsError(response, 404, 'ResourceNotFoundException', `Function not found: ${name}`);
    }
    const body = await readBody(request, options.maxPayloadBytes ?? MAX_PAYLOAD_BYTES);
    if (body === null)
      return awsError(response, 413, 'RequestTooLargeException', 'Request must be smaller than 6 MB');
    const event = parseEvent(body);
    if (event === INVALID) {
      return awsError(
        response,
        400,
        'InvalidRequestContentException',
        'Could not parse request body into json',
      );
    }
    const type = String(request.headers['x-amz-invocation-type'] ?? 'RequestResponse');
    if (type === 'DryRun') return void response.writeHead(204).end();
    const timeoutMs = options.timeoutMs?.[name] ?? DEFAULT_TIMEOUT_MS;
    const run = runHandler(handler, name, event, timeoutMs);
    if (type === 'Event') {
      response.writeHead(202).end();
      await run;
      return;
    }
    const outcome = await run;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-amz-executed-version': '$LATEST',
      'x-amzn-requestid': outcome.requestId,
      ...(outcome.error ? { 'x-amz-function-error': 'Unhandled' } : {}),
    };
    response.writeHead(200, headers).end(JSON.stringify(outcome.error ?? outcome.result ?? null));
  };
}

interface RunOutcome {
  requestId: string;
  result?: unknown;
  error?: { errorType: string; errorMessage: string };
}

async function runHandler(
  handler: LocalLambdaHandler,
  name: string,
  event: unknown,
  timeoutMs: number,
): Promise<RunOutcome> {
  const requestId = randomUUID();
  const deadline = Date.now() + timeoutMs;
  const context: LocalLambdaContext = {
    functionName: name,
    awsRequestId: requestId,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<RunOutcome>((resolve) => {
    timer = setTimeout(() => {
      const seconds = (timeoutMs / 1000).toFixed(2);
      resolve({
        requestId,
        error: { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${seconds} seconds` },
      });
    }, timeoutMs);
  });
  const ran = handler(event, context).then(
    (result): RunOutcome => ({ requestId, result }),
    (error: unknown): RunOutcome => ({
      requestId,
      error: {
        errorType: error instanceof Error ? error.name : 'Error',
        errorMessage: error instanceof Error ? error.message : String(error),
      },
    }),
  );
  try {
    return await Promise.race([ran, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Accepts a bare name, a partial `function:name` or a full ARN, with or without a qualifier. */
function functionNameOf(identifier: string): string {
  const afterFunction = /(?:^|:)function:([^:]+)/.exec(identifier)?.[1];
  return afterFunction ?? identifier.split(':')[0] ?? identifier;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const INVALID = Symbol('invalid');

function parseEvent(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return INVALID;
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function awsError(response: ServerResponse, status: number, type: string, message: string): void {
  response
    .writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type })
    .end(JSON.stringify({ Type: 'User', message }));
}
