// Reads the CA certificate a profile installs: the first CERTIFICATE block of a PEM text, as DER
// bytes, with its fingerprint (which also names the payload, so another CA is another payload).
import { createHash, X509Certificate } from 'node:crypto';
import { PostinoError } from '../errors';

export interface CaCertificate {
  der: Uint8Array;
  /** SHA-256 of the DER, hex. */
  fingerprint: string;
  /** The subject's common name, e.g. "Halnet CA". */
  commonName: string;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/;

export function readCaCertificate(pem: string): CaCertificate {
  const block = PEM_BLOCK.exec(pem);
  if (!block?.[1]) throw new PostinoError('BadArgument', 'the CA file holds no PEM certificate');
  const der = Buffer.from(block[1].replace(/\s+/g, ''), 'base64');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(der);
  } catch (error) {
    throw new PostinoError('BadArgument', 'the CA file holds an unreadable certificate', { cause: error });
  }
  if (!certificate.ca)
    throw new PostinoError('BadArgument', 'the CA file holds a certificate that is not a CA');
  // Node escapes RFC 4514 specials (`\,`): the name is shown to people, unescaped.
  const commonName = (/(?:^|\n)CN=([^\n]+)/.exec(certificate.subject)?.[1] ?? certificate.subject).replace(
    /\\(.)/g,
    '$1',
  );
  return {
    der: new Uint8Array(der),
    fingerprint: createHash('sha256').update(der).digest('hex'),
    commonName,
  };
}
