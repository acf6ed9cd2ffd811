// The signature algorithm read from the DER must be the one `openssl x509 -text` names, for
// the throw-away certificates and for public roots of every kind Node ships.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { signatureAlgorithmOf } from '../../core/probe/signature-algorithm';
import { testPki } from './fixtures/pki';

function opensslName(pem: string): string | undefined {
  const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: pem }).toString();
  return /Signature Algorithm: (\S+)/.exec(text)?.[1];
}

describe('signatureAlgorithmOf', () => {
  // One root per algorithm Node's list holds (RSA with SHA-1/256/384/512, ECDSA with SHA-256/384).
  const samples = [
    ...new Map(
      rootCertificates.map((pem) => [signatureAlgorithmOf(new X509Certificate(pem).raw), pem] as const),
    ).values(),
  ];

  it('covers several algorithms', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(samples.map((pem, i) => [i, pem] as const))(
    'agrees with openssl on public root sample %i',
    (_i, pem) => {
      expect(signatureAlgorithmOf(new X509Certificate(pem).raw)).toBe(opensslName(pem));
    },
  );

  it('agrees with openssl on the test CA and leaf', async () => {
    const pki = await testPki();
    for (const pem of [pki.halnetCa.cert, pki.healthy.cert]) {
      expect(signatureAlgorithmOf(new X509Certificate(pem).raw)).toBe(opensslName(pem));
    }
  });

  it('answers null for bytes that are not a certificate', () => {
    expect(signatureAlgorithmOf(Buffer.from([0x30, 0x82, 0xff]))).toBeNull();
    expect(signatureAlgorithmOf(Buffer.from('not DER'))).toBeNull();
  });
});
