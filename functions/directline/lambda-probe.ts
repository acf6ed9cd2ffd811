// Builds the probe client that invokes the probe Lambda (locally: the embedded Lambda Invoke
// endpoint). Loaded on the first probe only, so @aws-sdk/client-lambda costs no cold start.
import { createLambdaProbeClient } from '../../adapters/lambda-probe-client';
import type { ProbeClient } from '../../core/ports/probe-client';
import type { DirectLineConfig } from './config';

export function createLambdaProbe(config: DirectLineConfig): ProbeClient {
  return createLambdaProbeClient({
    functionName: config.probeFunctionName,
    ...(config.lambdaEndpoint ? { endpoint: config.lambdaEndpoint } : {}),
  });
}
