// The signature algorithm of a certificate, read from its DER. Node's X509Certificate does not
// expose it (Node 20), and a SHA-1 or MD5 signature is exactly what makes today's mail clients
// refuse a certificate OpenSSL at our security level still accepts. Only the outer
// `Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }` is walked.

const NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.3.101.112': 'ED25519',
  '1.3.101.113': 'ED448',
};

/** Signatures clients refuse today (collisions are practical). */
export const WEAK_SIGNATURES: ReadonlySet<string> = new Set([
  'md5WithRSAEncryption',
  'sha1WithRSAEncryption',
  'ecdsa-with-SHA1',
]);

interface Element {
  tag: number;
  start: number;
  end: number;
}

function element(der: Uint8Array, offset: number): Element {
  const tag = der[offset] ?? -1;
  let length = der[offset + 1] ?? 0;
  let start = offset + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + (der[start + i] ?? 0);
    start += bytes;
  }
  if (start + length > der.length) throw new RangeError('truncated DER');
  return { tag, start, end: start + length };
}

function oidText(bytes: Uint8Array): string {
  const parts: number[] = [];
  let value = 0;
  bytes.forEach((byte, index) => {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) return;
    if (parts.length === 0 && index < bytes.length) {
      const first = Math.min(2, Math.floor(value / 40));
      parts.push(first, value - first * 40);
    } else parts.push(value);
    value = 0;
  });
  return parts.join('.');
}

/** e.g. `ecdsa-with-SHA256`; the dotted OID when unknown; null when the DER cannot be read. */
export function signatureAlgorithmOf(der: Uint8Array): string | null {
  try {
    const certificate = element(der, 0);
    const tbs = element(der, certificate.start);
    const algorithm = element(der, tbs.end);
    const oid = element(der, algorithm.start);
    if (certificate.tag !== 0x30 || algorithm.tag !== 0x30 || oid.tag !== 0x06) return null;
    const dotted = oidText(der.subarray(oid.start, oid.end));
    return NAMES[dotted] ?? dotted;
  } catch {
    return null;
  }
}
