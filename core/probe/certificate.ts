// Describes the certificate chain a server presented: subject, SANs, issuer, validity, key,
// signature algorithm, and the trust OpenSSL decided during the handshakes (one per trust set:
// Halnet's CA, public roots). No chain logic lives here: `authorized` and
// `authorizationError` are OpenSSL's X509_verify_cert result as Node reports it, and
// X509Certificate only supplies the details agents read.
import { X509Certificate } from 'node:crypto';
import { checkServerIdentity, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import type { TrustAnchors } from './connection';
import { type CertificateReport, EXPIRY_WARNING_DAYS } from './report';
import { signatureAlgorithmOf } from './signature-algorithm';

const DAY_MS = 86_400_000;
const MAX_CHAIN = 10;

export interface TrustCheck {
  /** null when that trust set is not configured (no Halnet CA). */
  trusted: boolean | null;
  error?: string;
  anchor?: string;
  anchored?: boolean;
}

export interface TrustChecks {
  halnetCa: TrustCheck;
  publicRoots: TrustCheck;
}

/** OpenSSL verification errors that are about dates, not about who signed what. */
export const TIME_ERRORS: ReadonlySet<string> = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/**
 * OpenSSL's verdict on the chain of this handshake, against the CA list (`anchors`) it was
 * given. Node completes the presented chain from the context's store, so the chain's top is
 * the anchor found; it is read only when it says something (trusted, or a date error).
 */
export function trustOf(
  socket: TLSSocket,
  anchors: TrustAnchors,
  peer?: DetailedPeerCertificate,
): TrustCheck {
  const raw: unknown = socket.authorizationError;
  const error = socket.authorized
    ? null
    : typeof raw === 'string'
      ? raw
      : raw instanceof Error
        ? raw.message
        : String(raw);
  if (error !== null && !TIME_ERRORS.has(error)) return { trusted: false, error };
  const top = chainTop(peer ?? socket.getPeerCertificate(true));
  if (error === null) return { trusted: true, ...(top ? { anchor: legacyName(top.subject) } : {}) };
  return { trusted: false, error, anchored: top !== null && anchors.fingerprints().has(top.fingerprint256) };
}

function chainTop(peer: DetailedPeerCertificate): DetailedPeerCertificate | null {
  if (!peer.raw) return null;
  let current = peer;
  const seen = new Set<string>([current.fingerprint256]);
  while (
    current.issuerCertificate?.raw &&
    !seen.has(current.issuerCertificate.fingerprint256) &&
    seen.size < MAX_CHAIN
  ) {
    current = current.issuerCertificate;
    seen.add(current.fingerprint256);
  }
  return current;
}

function legacyName(name: Record<string, string | string[] | undefined> | undefined): string {
  return Object.entries(name ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
    .join(', ');
}

export function inspectCertificate(
  host: string,
  peer: DetailedPeerCertificate,
  trust: TrustChecks,
  now: number,
): CertificateReport | null {
  if (!peer.raw) return null;
  const chain = peerChain(peer);
  const [leaf] = chain;
  if (!leaf) return null;
  const notBefore = new Date(leaf.validFrom).getTime();
  const notAfter = new Date(leaf.validTo).getTime();
  const daysToExpiry = Math.floor((notAfter - now) / DAY_MS);
  const nameError = checkServerIdentity(host, peer);
  const key = leaf.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const keyBits = details.modulusLength ?? curveBits(details.namedCurve);
  return {
    subject: oneLine(leaf.subject),
    issuer: oneLine(leaf.issuer),
    subjectAltNames: leaf.subjectAltName ? leaf.subjectAltName.split(/,\s*/) : [],
    notBefore: new Date(notBefore).toISOString(),
    notAfter: new Date(notAfter).toISOString(),
    daysToExpiry,
    expired: now > notAfter,
    notYetValid: now < notBefore,
    fingerprint256: leaf.fingerprint256,
    chainLength: chain.length,
    trust: {
      halnetCa: trust.halnetCa,
      publicRoots: trust.publicRoots,
    },
    nameMatch: nameError
      ? {
          ok: false,
          error: `${(nameError as NodeJS.ErrnoException).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID'}: ${nameError.message}`,
        }
      : { ok: true },
    ...(key.asymmetricKeyType ? { keyType: key.asymmetricKeyType } : {}),
    ...(keyBits ? { keyBits } : {}),
    ...(details.namedCurve ? { keyCurve: details.namedCurve } : {}),
    ...withSignature(signatureAlgorithmOf(leaf.raw)),
    expiresSoon: now <= notAfter && daysToExpiry < EXPIRY_WARNING_DAYS,
    presented: chain.map((cert) => ({
      subject: oneLine(cert.subject),
      issuer: oneLine(cert.issuer),
      notAfter: new Date(cert.validTo).toISOString(),
      expired: now > new Date(cert.validTo).getTime(),
      ca: cert.ca,
      signatureAlgorithm: signatureAlgorithmOf(cert.raw),
    })),
  };
}

function withSignature(algorithm: string | null): { signatureAlgorithm?: string } {
  return algorithm ? { signatureAlgorithm: algorithm } : {};
}

function curveBits(curve: string | undefined): number | undefined {
  if (!curve) return undefined;
  const bits = /(\d{3})/.exec(curve)?.[1];
  return bits ? Number(bits) : undefined;
}

/**
 * The certificates as Node reports them, leaf first, each once: what the server sent, plus
 * the anchor from the trust store when OpenSSL completed the chain.
 */
function peerChain(peer: DetailedPeerCertificate): X509Certificate[] {
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

export function oneLine(distinguishedName: string): string {
  return distinguishedName.split('\n').filter(Boolean).join(', ');
}
