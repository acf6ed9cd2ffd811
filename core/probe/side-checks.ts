// The checks a real SMTP/TLS tester makes beside the main dialogue, each on its own
// connection and all in parallel with it (so they add connections, not time): OpenSSL's
// verification against the public roots when the main handshake verified against Halnet's CA,
// every TLS version tried alone (1.0, 1.1, 1.2; 1.3 is what the main handshake offers first),
// and the handshake without SNI that old clients make.
import { checkServerIdentity, type TLSSocket } from 'node:tls';
import { type TrustCheck, trustOf } from './certificate';
import type { TlsVersion, TrustAnchors } from './connection';
import type { NoSniReport, TlsVersionsReport } from './report';
import { ProbeStepError } from './step';
import { type SessionTarget, withTlsSession } from './tls-session';

export interface SideCheckPlan {
  /** Verify against the public roots too (Halnet's CA is the main handshake's trust set). */
  publicRoots: TrustAnchors | null;
  /** The trust set of the main handshake, reused by the no-SNI handshake. */
  primary: TrustAnchors;
  deep: boolean;
}

export interface SideCheckResults {
  publicRoots: (TrustCheck & { fingerprint256: string | null }) | null;
  versions: Partial<Record<TlsVersion, boolean | null>>;
  noSni: (NoSniReport & { fingerprint256: string | null }) | null;
}

const TRIED_ALONE: readonly TlsVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2'];

export function startSideChecks(target: SessionTarget, plan: SideCheckPlan): Promise<SideCheckResults> {
  const publicRoots = plan.publicRoots
    ? withTlsSession(target, { trust: plan.publicRoots }, (socket) => ({
        ...trustOf(socket, plan.publicRoots as TrustAnchors),
        fingerprint256: socket.getPeerCertificate().fingerprint256 ?? null,
      })).catch((error: unknown) => ({
        trusted: null,
        error: `NOT_CHECKED: ${describe(error)}`,
        fingerprint256: null,
      }))
    : Promise.resolve(null);
  const versions = plan.deep
    ? Promise.all(
        TRIED_ALONE.map((version) =>
          withTlsSession(target, { trust: plan.primary, only: version }, () => true).catch(
            // Only a failed handshake answers the question; a timeout or hang-up before it does not.
            (error: unknown) => (error instanceof ProbeStepError && error.kind === 'tls' ? false : null),
          ),
        ),
      )
    : Promise.resolve([]);
  const noSni = plan.deep
    ? withTlsSession(target, { trust: plan.primary, sni: false }, (socket) => noSniReport(target.host, socket)).catch(
        (error: unknown) => ({
          ok: false,
          sameCertificate: null,
          subject: null,
          nameMatch: null,
          trusted: null,
          error: describe(error),
          fingerprint256: null,
        }),
      )
    : Promise.resolve(null);
  return Promise.all([publicRoots, versions, noSni]).then(([roots, accepted, sni]) => ({
    publicRoots: roots,
    versions: Object.fromEntries(TRIED_ALONE.map((version, i) => [version, accepted[i] ?? null])),
    noSni: sni,
  }));
}

function noSniReport(host: string, socket: TLSSocket): NoSniReport & { fingerprint256: string | null } {
  const peer = socket.getPeerCertificate();
  const hasCert = Boolean(peer.raw);
  return {
    ok: true,
    sameCertificate: null,
    subject: hasCert ? (peer.subject?.CN ? `CN=${peer.subject.CN}` : null) : null,
    nameMatch: hasCert ? checkServerIdentity(host, peer) === undefined : false,
    trusted: socket.authorized,
    fingerprint256: hasCert ? peer.fingerprint256 : null,
  };
}

/** The versions report: the ones tried alone, and 1.3 from what the main handshake negotiated. */
export function tlsVersionsOf(
  tried: SideCheckResults['versions'],
  negotiated: string | null,
): TlsVersionsReport {
  const fromMain = (version: TlsVersion): boolean | null => {
    if (negotiated === null) return null;
    // The main handshake offers up to 1.3: the server picks the highest it speaks.
    if (negotiated === version) return true;
    return version === 'TLSv1.3' ? false : null;
  };
  return {
    TLSv1: fromMain('TLSv1') ?? tried.TLSv1 ?? null,
    'TLSv1.1': fromMain('TLSv1.1') ?? tried['TLSv1.1'] ?? null,
    'TLSv1.2': fromMain('TLSv1.2') ?? tried['TLSv1.2'] ?? null,
    'TLSv1.3': fromMain('TLSv1.3'),
  };
}

function describe(error: unknown): string {
  if (error instanceof ProbeStepError) return `${error.errorCode}: ${error.message}`.slice(0, 200);
  return error instanceof Error ? error.message.slice(0, 200) : String(error);
}
