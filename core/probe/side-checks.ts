// The checks a real SMTP/TLS tester makes beside the main dialogue, each on its own
// connection and all in parallel with it (so they add connections, not time): OpenSSL's
// verification against the public roots when the main handshake verified against Halnet's CA,
// the TLS versions (1.3 is what the main handshake offers first; 1.2 alone; 1.0 and 1.1 as one
// range, then 1.0 alone only if 1.1 was taken), and the handshake without SNI of old clients.
// Checks share a connection where one answers both: the 1.2-only handshake is also the one
// verified against the public roots, so a modern server costs three side connections per port.
import type { TLSSocket } from 'node:tls';
import { oneLine, type TrustCheck, trustOf } from './certificate';
import type { HandshakeOptions, TlsVersion, TrustAnchors } from './connection';
import type { NoSniReport, TlsVersionsReport } from './report';
import { ProbeStepError } from './step';
import { type SessionTarget, withTlsSession } from './tls-session';

export interface SideCheckPlan {
  /** Verify against the public roots too (Halnet's CA is the main handshake's trust set). */
  publicRoots: TrustAnchors | null;
  /** The trust set of the main handshake, reused by the other side handshakes. */
  primary: TrustAnchors;
  deep: boolean;
}

type PublicRootsCheck = TrustCheck & { fingerprint256: string | null };

export interface SideCheckResults {
  publicRoots: PublicRootsCheck | null;
  versions: Partial<Record<TlsVersion, boolean | null>>;
  noSni: (NoSniReport & { fingerprint256: string | null }) | null;
}

/** What one handshake answered: its protocol, or whether it failed as a handshake (not before). */
type Attempt<T> =
  | { ok: true; protocol: string | null; value: T }
  | { ok: false; refused: boolean; error: string };

function attempt<T>(
  target: SessionTarget,
  options: HandshakeOptions,
  read: (socket: TLSSocket) => T,
): Promise<Attempt<T>> {
  return withTlsSession(target, options, (socket) => ({
    ok: true as const,
    protocol: socket.getProtocol(),
    value: read(socket),
  })).catch((error: unknown) => ({
    ok: false as const,
    // Only a failed handshake answers "refused"; a timeout or hang-up before it does not.
    refused: error instanceof ProbeStepError && error.kind === 'tls',
    error: describe(error),
  }));
}

export async function startSideChecks(target: SessionTarget, plan: SideCheckPlan): Promise<SideCheckResults> {
  const rootsTrust = plan.publicRoots ?? plan.primary;
  // getPeerX509Certificate: a handle, far cheaper than getPeerCertificate's parsed object.
  // Node 20 hands it out once per socket (later calls return undefined): called once here.
  const readRoots = (socket: TLSSocket): PublicRootsCheck => ({
    ...trustOf(socket, rootsTrust),
    fingerprint256: socket.getPeerX509Certificate()?.fingerprint256 ?? null,
  });
  const needed = plan.deep || plan.publicRoots !== null;
  const modern = needed
    ? attempt(
        target,
        { trust: rootsTrust, ...(plan.deep ? { versions: ['TLSv1.2', 'TLSv1.2'] as const } : {}) },
        readRoots,
      )
    : Promise.resolve(null);
  const legacy = plan.deep
    ? attempt(target, { trust: plan.primary, versions: ['TLSv1', 'TLSv1.1'] }, () => null)
    : Promise.resolve(null);
  const noSni = plan.deep
    ? attempt(target, { trust: plan.primary, sni: false }, (socket) => noSniReport(target.host, socket))
    : Promise.resolve(null);
  const [modernResult, legacyResult, noSniResult] = await Promise.all([
    modern.then((result) => withPublicRootsFallback(target, plan, result, readRoots)),
    legacy.then((result) => withTls10(target, plan, result)),
    noSni,
  ]);
  const versions: SideCheckResults['versions'] = { ...legacyResult };
  if (plan.deep && modernResult) versions['TLSv1.2'] = answer(modernResult.attempt);
  return {
    publicRoots: modernResult?.publicRoots ?? null,
    versions,
    noSni: noSniResult === null ? null : noSniResult.ok ? noSniResult.value : failedNoSni(noSniResult.error),
  };
}

/** The public-roots verdict from the 1.2-only handshake, or from one more when 1.2 was refused. */
async function withPublicRootsFallback(
  target: SessionTarget,
  plan: SideCheckPlan,
  result: Attempt<PublicRootsCheck> | null,
  readRoots: (socket: TLSSocket) => PublicRootsCheck,
): Promise<{ attempt: Attempt<PublicRootsCheck>; publicRoots: PublicRootsCheck | null } | null> {
  if (result === null) return null;
  if (!plan.publicRoots) return { attempt: result, publicRoots: null };
  if (result.ok) return { attempt: result, publicRoots: result.value };
  const again =
    plan.deep && result.refused ? await attempt(target, { trust: plan.publicRoots }, readRoots) : result;
  return {
    attempt: result,
    publicRoots: again.ok
      ? again.value
      : { trusted: null, error: `NOT_CHECKED: ${again.error}`, fingerprint256: null },
  };
}

/** TLS 1.0 and 1.1 from one range handshake; 1.0 alone only when the server took 1.1. */
async function withTls10(
  target: SessionTarget,
  plan: SideCheckPlan,
  result: Attempt<null> | null,
): Promise<Partial<Record<TlsVersion, boolean | null>>> {
  if (result === null) return {};
  if (!result.ok) return { TLSv1: answer(result), 'TLSv1.1': answer(result) };
  if (result.protocol === 'TLSv1') return { TLSv1: true, 'TLSv1.1': false };
  const tls10 = await attempt(target, { trust: plan.primary, versions: ['TLSv1', 'TLSv1'] }, () => null);
  return { TLSv1: answer(tls10), 'TLSv1.1': true };
}

function answer(result: Attempt<unknown>): boolean | null {
  if (result.ok) return true;
  return result.refused ? false : null;
}

function noSniReport(host: string, socket: TLSSocket): NoSniReport & { fingerprint256: string | null } {
  // Once per socket (see readRoots).
  const peer = socket.getPeerX509Certificate();
  return {
    ok: true,
    sameCertificate: null,
    subject: peer ? oneLine(peer.subject) : null,
    // OpenSSL's X509_check_host: the same RFC 6125 rules as checkServerIdentity for DNS names.
    nameMatch: peer ? peer.checkHost(host) !== undefined : false,
    trusted: socket.authorized,
    fingerprint256: peer?.fingerprint256 ?? null,
  };
}

function failedNoSni(error: string): NoSniReport & { fingerprint256: null } {
  return {
    ok: false,
    sameCertificate: null,
    subject: null,
    nameMatch: null,
    trusted: null,
    error,
    fingerprint256: null,
  };
}

/** The versions report: the ones tried on the side, and what the main handshake negotiated. */
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
