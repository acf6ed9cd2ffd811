// The two trust sets a server certificate is judged against, reported separately: Halnet's
// own CA (from configuration) and the public roots Node ships (Mozilla's list). Customers'
// clients trust one, the other or both, so "trusted by whom" is the diagnosis.

import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { PostinoError } from '../errors';

export interface TrustSet {
  /** Anchors by subject, so a chain walk does not try every root. */
  bySubject: Map<string, X509Certificate[]>;
  size: number;
}

export function trustSetFromPems(pems: readonly string[]): TrustSet {
  const bySubject = new Map<string, X509Certificate[]>();
  for (const pem of pems) {
    const certificate = parsePem(pem);
    bySubject.set(certificate.subject, [...(bySubject.get(certificate.subject) ?? []), certificate]);
  }
  return { bySubject, size: pems.length };
}

function parsePem(pem: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch (error) {
    throw new PostinoError('BadArgument', 'a CA certificate cannot be parsed (PEM expected)', {
      cause: error,
    });
  }
}

/** Splits a PEM bundle into its certificates; throws BadArgument when it holds none. */
export function splitPemBundle(bundle: string): string[] {
  const pems = bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (pems.length === 0) throw new PostinoError('BadArgument', 'the CA file holds no PEM certificate');
  return pems;
}

let publicRoots: TrustSet | null = null;

/** Node's bundled public roots, parsed once per process. */
export function publicRootTrustSet(): TrustSet {
  publicRoots ??= trustSetFromPems(rootCertificates);
  return publicRoots;
}

const halnetSets = new Map<string, TrustSet>();

/** Halnet's CA set for this PEM bundle, parsed once per process. */
export function halnetTrustSet(caPem: string | undefined): TrustSet | null {
  if (!caPem) return null;
  let set = halnetSets.get(caPem);
  if (!set) {
    set = trustSetFromPems(splitPemBundle(caPem));
    halnetSets.set(caPem, set);
  }
  return set;
}
