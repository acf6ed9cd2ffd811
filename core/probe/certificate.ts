// Judges the certificate chain a server presented: subject, SANs, issuer, validity, whether
// it chains to Halnet's CA and/or to a public root, and whether it is valid for the host
// name. The chain is verified here with node:crypto against each trust set (one handshake,
// with rejectUnauthorized off, serves both), so an expired or foreign certificate is
// described rather than merely rejected.
import { X509Certificate } from 'node:crypto';
import { checkServerIdentity, type DetailedPeerCertificate } from 'node:tls';
import type { CertificateReport } from './report';
import type { TrustSet } from './trust-store';

const DAY_MS = 86_400_000;
const MAX_CHAIN = 10;

export interface TrustSets {
  halnet: TrustSet | null;
  publicRoots: TrustSet;
}

export function inspectCertificate(
  host: string,
  peer: DetailedPeerCertificate,
  trust: TrustSets,
  now: number,
): CertificateReport | null {
  if (!peer.raw) return null;
  const chain = presentedChain(peer);
  const [leaf] = chain;
  if (!leaf) return null;
  const notBefore = new Date(leaf.validFrom).getTime();
  const notAfter = new Date(leaf.validTo).getTime();
  const nameError = checkServerIdentity(host, peer);
  return {
    subject: oneLine(leaf.subject),
    issuer: oneLine(leaf.issuer),
    subjectAltNames: leaf.subjectAltName ? leaf.subjectAltName.split(/,\s*/) : [],
    notBefore: new Date(notBefore).toISOString(),
    notAfter: new Date(notAfter).toISOString(),
    daysToExpiry: Math.floor((notAfter - now) / DAY_MS),
    expired: now > notAfter,
    notYetValid: now < notBefore,
    fingerprint256: leaf.fingerprint256,
    chainLength: chain.length,
    trust: {
      halnetCa: trust.halnet ? verifyChain(chain, trust.halnet) : { trusted: null },
      publicRoots: verifyChain(chain, trust.publicRoots),
    },
    nameMatch: nameError
      ? {
          ok: false,
          error: `${(nameError as NodeJS.ErrnoException).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID'}: ${nameError.message}`,
        }
      : { ok: true },
  };
}

/** The certificates as Node reports them, leaf first, each once. */
function presentedChain(peer: DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  let current: DetailedPeerCertificate | undefined = peer;
  while (current?.raw && !seen.has(current.fingerprint256) && chain.length < MAX_CHAIN) {
    seen.add(current.fingerprint256);
    chain.push(new X509Certificate(current.raw));
    current = current.issuerCertificate;
  }
  return chain;
}

/**
 * Walks from the leaf through the presented intermediates until an anchor of `trust` signed
 * the current certificate. Validity dates are reported apart, so an expired certificate from
 * the right CA still counts as "chains to Halnet's CA".
 */
export function verifyChain(
  chain: X509Certificate[],
  trust: TrustSet,
): { trusted: boolean; error?: string; anchor?: string } {
  let current = chain[0];
  for (let depth = 0; current && depth < MAX_CHAIN; depth++) {
    const cert: X509Certificate = current;
    const anchor = (trust.bySubject.get(cert.issuer) ?? []).find((candidate) => issued(candidate, cert));
    if (anchor) return { trusted: true, anchor: oneLine(anchor.subject) };
    if (isAnchor(cert, trust)) return { trusted: true, anchor: oneLine(cert.subject) };
    const next = chain.find((candidate) => candidate !== cert && issued(candidate, cert));
    if (!next) {
      const selfSigned = issued(cert, cert);
      if (selfSigned)
        return {
          trusted: false,
          error: depth === 0 ? 'DEPTH_ZERO_SELF_SIGNED_CERT' : 'SELF_SIGNED_CERT_IN_CHAIN',
        };
      return {
        trusted: false,
        error: depth === 0 ? 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' : 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      };
    }
    current = next;
  }
  return { trusted: false, error: 'CERT_CHAIN_TOO_LONG' };
}

function issued(issuer: X509Certificate, subject: X509Certificate): boolean {
  // `a.checkIssued(b)` reads "a was issued by b".
  return subject.checkIssued(issuer) && subject.verify(issuer.publicKey);
}

function isAnchor(cert: X509Certificate, trust: TrustSet): boolean {
  return (trust.bySubject.get(cert.subject) ?? []).some(
    (anchor) => anchor.fingerprint256 === cert.fingerprint256,
  );
}

function oneLine(distinguishedName: string): string {
  return distinguishedName.split('\n').filter(Boolean).join(', ');
}
