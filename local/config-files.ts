// The configuration files as `npm start` serves them: functions/config-files.ts's handler with
// the CA from CONFIG_CA_FILE when set, else the demo SMTP server's CA (--demo-smtp), else a
// throw-away demo CA made at start. A demo CA is labelled as such in its name and on the
// download page, so nobody mistakes it for Halnet's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readCaCertificate } from '../core/config-files';
import type { ConfigFilesDeps } from '../core/config-files/ports';
import { configFilesDepsFrom, createConfigFilesHandler } from '../functions/config-files';
import { BodyTooLargeError, readBody, toGatewayEvent, writeGatewayResult } from './gateway-event';

export const DEMO_CA_NAME = 'Postino Demo CA - throw-away - NOT Halnet';

export async function localConfigFilesDeps(
  env: Record<string, string | undefined>,
  demoCaPem: string | undefined,
): Promise<ConfigFilesDeps> {
  const configured = configFilesDepsFrom(env);
  if (configured.ca !== null) return configured;
  const pem = demoCaPem ?? (await makeDemoCa());
  return { ...configured, ca: { certificate: readCaCertificate(pem), demo: true } };
}

async function makeDemoCa(): Promise<string> {
  const { generate } = await import('selfsigned');
  const ca = await generate([{ name: 'commonName', value: DEMO_CA_NAME }], {
    algorithm: 'sha256',
    keyType: 'ec',
    notAfterDate: new Date(Date.now() + 30 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  return ca.cert;
}

/** The node:http route: the same handler and event shape as on AWS. */
export function configFilesRoute(deps: ConfigFilesDeps) {
  const handler = createConfigFilesHandler(deps);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    let body: Buffer;
    try {
      body = await readBody(request, 64 * 1024);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      response.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      response.end(JSON.stringify({ error: { code: 'PayloadTooLarge', message: 'Request body too large' } }));
      return;
    }
    writeGatewayResult(response, await handler(toGatewayEvent(request, body)));
  };
}
