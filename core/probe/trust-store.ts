// The two trust sets a server certificate is judged against, reported separately: Halnet's
// own CA (from configuration) and the public roots Node ships (Mozilla's list). Customers'
// clients trust one, the other or both, so "trusted by whom" is the diagnosis. The sets are
// handed to OpenSSL as the handshake's CA list (connection.ts); nothing here walks a chain.
import { createHash, X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { PostinoError } from '../errors';
import type { TrustAnchors } from './connection';

/** Splits a PEM bundle into its certificates; throws BadArgument when it holds none. */
export function splitPemBundle(bundle: string): string[] {
  const pems = bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (pems.length === 0) throw new PostinoError('BadArgument', 'the CA file holds no PEM certificate');
  for (const pem of pems) {
    try {
      new X509Certificate(pem);
    } catch (error) {
      throw new PostinoError('BadArgument', 'a CA certificate cannot be parsed (PEM expected)', {
        cause: error,
      });
    }
  }
  return pems;
}

function anchors(id: string, pems: readonly string[]): TrustAnchors {
  let fingerprints: Set<string> | null = null;
  return {
    id,
    pems,
    fingerprints: () => {
      fingerprints ??= new Set(pems.map((pem) => new X509Certificate(pem).fingerprint256));
      return fingerprints;
    },
  };
}

const PUBLIC_ROOTS = anchors('public-roots', rootCertificates);

/** Node's bundled public roots. */
export function publicRootAnchors(): TrustAnchors {
  return PUBLIC_ROOTS;
}

const halnetSets = new Map<string, TrustAnchors>();

/** Halnet's CA set for this PEM bundle, checked once per process; null when none is configured. */
export function halnetAnchors(caPem: string | undefined): TrustAnchors | null {
  if (!caPem) return null;
  let set = halnetSets.get(caPem);
  if (!set) {
    const id = `halnet-${createHash('sha256').update(caPem).digest('hex').slice(0, 16)}`;
    set = anchors(id, splitPemBundle(caPem));
    halnetSets.set(caPem, set);
  }
  return set;
}
