// A profile is signed (CMS signed data, DER, content attached) when a signing certificate is
// configured: the signature verifies with OpenSSL against that certificate, the signed content
// is the very profile, and the download page says the device will show it as verified.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { configFilesDepsFrom, createConfigFilesHandler } from '../../functions/config-files';
import { parsePlist, TEST_CA_PEM } from './support/parsers';

const dir = mkdtempSync(join(tmpdir(), 'postino-signing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function event(method: string, path: string, body?: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    requestContext: {
      accountId: 'test',
      apiId: 'test',
      domainName: 'test',
      domainPrefix: 'test',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: false,
  };
}

describe('signed profiles', () => {
  const cert = join(dir, 'signer.pem');
  const key = join(dir, 'signer.key');
  const caFile = join(dir, 'ca.pem');
  beforeAll(() => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=Halnet Profile Signing (test)',
      ],
      { stdio: 'ignore' },
    );
    writeFileSync(caFile, TEST_CA_PEM);
  });

  it('verify with OpenSSL and hold the profile; the page says "Verificato"', async () => {
    const handler = createConfigFilesHandler(
      configFilesDepsFrom({
        CONFIG_CA_FILE: caFile,
        CONFIG_SIGNING_CERT_FILE: cert,
        CONFIG_SIGNING_KEY_FILE: key,
      }),
    );
    const result = await handler(event('POST', '/config/apple/download', 'email=a%40b.it&username=ab'));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    const signed = join(dir, 'profile.der');
    writeFileSync(signed, Buffer.from(result.body ?? '', 'base64'));
    const content = execFileSync(
      'openssl',
      ['smime', '-verify', '-inform', 'der', '-in', signed, '-CAfile', cert, '-purpose', 'any'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    ).toString('utf8');
    const profile = parsePlist(content) as { PayloadContent: Array<Record<string, unknown>> };
    expect(profile.PayloadContent.map((payload) => payload.PayloadType)).toEqual([
      'com.apple.security.root',
      'com.apple.mail.managed',
    ]);
    const page = await handler(event('GET', '/config/apple'));
    expect(page.body).toContain('Il profilo è firmato da Halnet Profile Signing (test)');
    expect(page.body).toContain('«Verificato»');
  });

  it('fails verification against another certificate (the signature is real)', async () => {
    const handler = createConfigFilesHandler(
      configFilesDepsFrom({ CONFIG_SIGNING_CERT_FILE: cert, CONFIG_SIGNING_KEY_FILE: key }),
    );
    const result = await handler(event('POST', '/config/apple/download', 'email=a%40b.it&username=ab'));
    const signed = join(dir, 'profile2.der');
    writeFileSync(signed, Buffer.from(result.body ?? '', 'base64'));
    expect(() =>
      execFileSync('openssl', ['smime', '-verify', '-inform', 'der', '-in', signed, '-CAfile', caFile], {
        stdio: 'ignore',
      }),
    ).toThrow();
  });
});
