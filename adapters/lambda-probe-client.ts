// The ProbeClient the chat side uses: invokes the probe Lambda through @aws-sdk/client-lambda
// (locally, the embedded Lambda Invoke endpoint of local/lambda-invoke.ts). A crashed or timed
// out function, an unreachable endpoint or an unreadable answer all become
// PostinoError('ProbeFailed'); a request the probe refused stays 'ProbeRefused'.
import { InvokeCommand, type InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import { PostinoError } from '../core/errors';
import type { DetailedProbeClient } from '../core/probe/detailed-probe-client';
import { type ProbeInvokeRequest, probeInvokeResultSchema } from '../core/probe/invoke-contract';
import type { ProbeRun } from '../core/probe/report';

export interface LambdaProbeClientOptions {
  functionName: string;
  /** e.g. http://127.0.0.1:3000 for the local server; omit on AWS. */
  endpoint?: string;
  region?: string;
  /** Gives up on the invocation after this long; the probe function itself runs ~4-10 s. */
  timeoutMs?: number;
  /** Narrows the probe (must pass the function's allow list); omitted: its configured target. */
  request?: ProbeInvokeRequest;
}

export const DEFAULT_INVOKE_TIMEOUT_MS = 12_000;

export function createLambdaProbeClient(options: LambdaProbeClientOptions): DetailedProbeClient {
  const local = options.endpoint !== undefined;
  const client = new LambdaClient({
    region: options.region ?? process.env.AWS_REGION ?? 'eu-south-1',
    ...(local
      ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    // A probe is not free for the SMTP server: one retry at most.
    maxAttempts: 2,
  });
  const timeoutMs = options.timeoutMs ?? DEFAULT_INVOKE_TIMEOUT_MS;
  const payload = new TextEncoder().encode(JSON.stringify(options.request ?? {}));

  const probeDetailed = async (): Promise<ProbeRun> => {
    const output = await invoke(client, options.functionName, payload, timeoutMs);
    return readResult(output, options.functionName);
  };
  return { probeDetailed, probe: async () => (await probeDetailed()).summary };
}

async function invoke(
  client: LambdaClient,
  functionName: string,
  payload: Uint8Array,
  timeoutMs: number,
): Promise<InvokeCommandOutput> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    return await client.send(
      new InvokeCommand({ FunctionName: functionName, InvocationType: 'RequestResponse', Payload: payload }),
      { abortSignal: abort.signal },
    );
  } catch (error) {
    const reason = abort.signal.aborted
      ? `did not answer within ${timeoutMs} ms`
      : `cannot be invoked (${(error as Error).name}: ${(error as Error).message})`;
    throw new PostinoError('ProbeFailed', `the probe function ${functionName} ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

function readResult(output: InvokeCommandOutput, functionName: string): ProbeRun {
  const text = output.Payload ? new TextDecoder().decode(output.Payload) : '';
  const body = parseJson(text);
  if (output.FunctionError) {
    const message = (body as { errorMessage?: unknown } | null)?.errorMessage;
    throw new PostinoError(
      'ProbeFailed',
      `the probe function ${functionName} failed (${output.FunctionError}): ${typeof message === 'string' ? message : 'no message'}`,
    );
  }
  const result = probeInvokeResultSchema.safeParse(body);
  if (!result.success) {
    throw new PostinoError('ProbeFailed', `the probe function ${functionName} answered something unreadable`);
  }
  if (!result.data.ok) {
    const code = result.data.error.code === 'ProbeRefused' ? 'ProbeRefused' : 'ProbeFailed';
    throw new PostinoError(code, result.data.error.message);
  }
  return { summary: result.data.summary, report: result.data.report };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
