// Lambda entry point of the configuration files (API Gateway HTTP API, payload 2.0): the
// download page, Thunderbird's autoconfig and Outlook's Autodiscover (core/config-files). The
// CA a profile installs is read once from CONFIG_CA_FILE (bundled with the function); the
// profile is signed when CONFIG_SIGNING_CERT_FILE and CONFIG_SIGNING_KEY_FILE are set and an
// openssl binary is available. The local server runs this same handler.
import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { OpensslProfileSigner } from '../adapters/openssl/profile-signer';
import { type ConfigFilesDeps, handleConfigFiles, readCaCertificate } from '../core/config-files';
import { toChannelRequest } from './directline/api-gateway';

export type ConfigFilesHandler = (
  event: APIGatewayProxyEventV2,
) => Promise<APIGatewayProxyStructuredResultV2>;

export const configFilesEnvSchema = z.object({
  CONFIG_CA_FILE: z.string().min(1).optional(),
  CONFIG_SIGNING_CERT_FILE: z.string().min(1).optional(),
  CONFIG_SIGNING_KEY_FILE: z.string().min(1).optional(),
  CONFIG_SIGNING_CHAIN_FILE: z.string().min(1).optional(),
});

/** The dependencies from the environment: the CA file (else no root payload) and the signer. */
export function configFilesDepsFrom(env: Record<string, string | undefined>): ConfigFilesDeps {
  const parsed = configFilesEnvSchema.parse(env);
  const ca = parsed.CONFIG_CA_FILE
    ? { certificate: readCaCertificate(readFileSync(parsed.CONFIG_CA_FILE, 'utf8')), demo: false }
    : null;
  const signs = parsed.CONFIG_SIGNING_CERT_FILE !== undefined && parsed.CONFIG_SIGNING_KEY_FILE !== undefined;
  return {
    ca,
    signer: signs
      ? new OpensslProfileSigner({
          certFile: parsed.CONFIG_SIGNING_CERT_FILE as string,
          keyFile: parsed.CONFIG_SIGNING_KEY_FILE as string,
          chainFile: parsed.CONFIG_SIGNING_CHAIN_FILE,
        })
      : undefined,
  };
}

export function createConfigFilesHandler(deps: ConfigFilesDeps): ConfigFilesHandler {
  return async (event) => {
    const response = await handleConfigFiles(toChannelRequest(event), deps);
    const binary = typeof response.body !== 'string';
    return {
      statusCode: response.status,
      headers: response.headers,
      body: binary ? Buffer.from(response.body).toString('base64') : (response.body as string),
      isBase64Encoded: binary,
    };
  };
}

let fromEnvironment: ConfigFilesHandler | undefined;

export const handler: ConfigFilesHandler = (event) => {
  fromEnvironment ??= createConfigFilesHandler(configFilesDepsFrom(process.env));
  return fromEnvironment(event);
};
