// Probes one port the way a mail client would up to authentication, and stops there:
// connect, (implicit TLS on 465), banner, EHLO, STARTTLS + handshake + EHLO again (587, 25),
// QUIT. It never sends credentials, MAIL, RCPT or DATA. Beside it, in parallel, the side
// checks (side-checks.ts). A STARTTLS port that does not advertise STARTTLS is still asked
// for it, as `openssl s_client` does, so its certificate and AUTH after TLS are still seen.
// Whatever happens, it resolves with a PortReport (never rejects) and destroys every socket.
import { setMaxListeners } from 'node:events';
import type { Socket } from 'node:net';
import type { DetailedPeerCertificate, TLSSocket } from 'node:tls';
import { inspectCertificate, type TrustCheck, trustOf } from './certificate';
import type { ProbePort } from './config';
import { handshake, openTcp, type ProbeObserver, SocketSet, type TrustAnchors } from './connection';
import { parseEhlo } from './ehlo';
import { classifyFailure } from './failure';
import type { PortReport, ProbeStage } from './report';
import { type SideCheckResults, startSideChecks, tlsVersionsOf } from './side-checks';
import { SmtpChannel } from './smtp-channel';
import type { StepLimits } from './step';
import { Transcript } from './transcript';

export interface PortTrust {
  /** The main handshake verifies against this set: Halnet's CA when configured, else public roots. */
  primary: TrustAnchors;
  halnet: TrustAnchors | null;
  publicRoots: TrustAnchors;
}

export interface PortProbeContext {
  host: string;
  address: string;
  port: ProbePort;
  ehloName: string;
  limits: StepLimits;
  trust: PortTrust;
  /** TLS versions one by one and the handshake without SNI. */
  deepChecks: boolean;
  /** Wall clock for certificate validity (ms since the epoch). */
  now: () => number;
  observer?: ProbeObserver;
}

export type PortDraft = Omit<PortReport, 'totalMs' | 'transcript'>;

/** What the main handshake saw, kept until the side checks are in. */
interface MainTls {
  peer: DetailedPeerCertificate;
  trust: TrustCheck;
}

// A QUIT answer is a courtesy; waiting long for it would only delay the verdict.
const QUIT_WAIT_MS = 300;
/** How long the side checks may run on once the dialogue is over. */
const SIDE_GRACE_MS = 1000;

/** A port's report before anything was seen on it: still at `connect`, every reading empty. */
export function unreachedPort(
  port: ProbePort,
  address: string | null,
  outcome: PortReport['outcome'],
): PortDraft {
  return {
    port: port.port,
    connectPort: port.connectPort ?? port.port,
    mode: port.mode,
    address,
    outcome,
    stage: 'connect',
    connectMs: null,
    bannerMs: null,
    banner: null,
    ehloPlain: null,
    starttlsReply: null,
    tls: null,
    ehloTls: null,
    tls10Accepted: null,
  };
}

export async function probePort(ctx: PortProbeContext): Promise<PortReport> {
  const started = performance.now();
  const transcript = new Transcript();
  const draft = unreachedPort(ctx.port, ctx.address, 'error');
  const sockets = new SocketSet(ctx.observer);
  // The side checks may not hold the port's report long after the dialogue is over (a server
  // that lets one connection in and drops the others): a short grace, then they are abandoned.
  const sideAbort = new AbortController();
  const sideSignal = AbortSignal.any([ctx.limits.signal, sideAbort.signal]);
  setMaxListeners(0, sideSignal);
  // Started once the dialogue's TCP connection is up: a closed or filtered port gets no more.
  let side: Promise<SideCheckResults> = Promise.resolve({ publicRoots: null, versions: {}, noSni: null });
  const startSide = (): void => {
    side = startSideChecks(
      { ...ctx, limits: { ...ctx.limits, signal: sideSignal } },
      {
        primary: ctx.trust.primary,
        publicRoots: ctx.trust.halnet ? ctx.trust.publicRoots : null,
        deep: ctx.deepChecks,
      },
    );
  };
  const main: { tls: MainTls | null } = { tls: null };
  try {
    await converse(ctx, draft, transcript, sockets, main, () => elapsed(started), startSide);
  } catch (error) {
    Object.assign(draft, classifyFailure(draft.stage, error));
    transcript.note(`${draft.outcome} during ${draft.stage}: ${draft.error ?? ''}`);
  } finally {
    sockets.destroyAll();
  }
  const grace = setTimeout(() => sideAbort.abort(), SIDE_GRACE_MS);
  try {
    finishTls(ctx, draft, main.tls, await side);
  } finally {
    clearTimeout(grace);
  }
  return { ...draft, totalMs: elapsed(started), transcript: transcript.lines() };
}

/** Adds what the side checks found to the port's TLS facts. */
function finishTls(
  ctx: PortProbeContext,
  draft: PortDraft,
  main: MainTls | null,
  side: SideCheckResults,
): void {
  const versions = tlsVersionsOf(side.versions, draft.tls?.protocol ?? null);
  if (ctx.deepChecks) {
    draft.tlsVersions = versions;
    draft.tls10Accepted = versions.TLSv1;
  }
  if (side.noSni) {
    const { fingerprint256, ...noSni } = side.noSni;
    const leaf = main?.peer.fingerprint256 ?? null;
    draft.noSni = { ...noSni, sameCertificate: leaf && fingerprint256 ? leaf === fingerprint256 : null };
  }
  if (!draft.tls || !main) return;
  const halnetCa: TrustCheck = ctx.trust.halnet ? main.trust : { trusted: null };
  let publicRoots: TrustCheck = ctx.trust.halnet ? { trusted: null, error: 'NOT_CHECKED' } : main.trust;
  if (side.publicRoots) {
    const { fingerprint256, ...check } = side.publicRoots;
    publicRoots =
      fingerprint256 && fingerprint256 !== main.peer.fingerprint256
        ? { trusted: null, error: 'NOT_CHECKED: the server presented another certificate' }
        : check;
  }
  draft.tls.certificate = inspectCertificate(ctx.host, main.peer, { halnetCa, publicRoots }, ctx.now());
}

async function converse(
  ctx: PortProbeContext,
  draft: PortDraft,
  transcript: Transcript,
  sockets: SocketSet,
  main: { tls: MainTls | null },
  since: () => number,
  connected: () => void,
): Promise<void> {
  const at = (stage: ProbeStage): void => {
    draft.stage = stage;
  };
  const socket = await openTcp(ctx.address, draft.connectPort, ctx.limits, sockets, ctx.observer);
  draft.connectMs = since();
  connected();
  let channel: SmtpChannel;
  if (ctx.port.mode === 'implicit-tls') {
    at('tls');
    channel = new SmtpChannel(await secure(ctx, draft, socket, sockets, main), ctx.limits, transcript);
  } else {
    channel = new SmtpChannel(socket, ctx.limits, transcript);
  }
  at('banner');
  draft.banner = await channel.readReply('the 220 banner');
  draft.bannerMs = since();
  if (draft.banner.code !== 220) {
    draft.outcome = 'greeting_rejected';
    draft.error = replyText(draft.banner);
    return;
  }
  at('ehlo');
  const ehlo = parseEhlo(await channel.command(`EHLO ${ctx.ehloName}`, 'the EHLO reply'));
  if (ctx.port.mode === 'implicit-tls') draft.ehloTls = ehlo;
  else draft.ehloPlain = ehlo;
  if (ehlo.code !== 250) return stop(channel, draft, 'error', `EHLO answered ${ehlo.code}`);
  if (ctx.port.mode === 'starttls') {
    at('starttls');
    // Asked even when not advertised: whether the server then speaks TLS is worth knowing.
    draft.starttlsReply = await channel.command('STARTTLS', 'the STARTTLS reply');
    if (draft.starttlsReply.code !== 220) {
      return ehlo.starttls
        ? stop(channel, draft, 'starttls_refused', replyText(draft.starttlsReply))
        : stop(channel, draft, 'starttls_missing', 'STARTTLS not advertised in EHLO');
    }
    at('tls');
    channel = new SmtpChannel(
      await secure(ctx, draft, channel.release(), sockets, main),
      ctx.limits,
      transcript,
    );
    at('ehlo-tls');
    draft.ehloTls = parseEhlo(await channel.command(`EHLO ${ctx.ehloName}`, 'the EHLO reply after STARTTLS'));
    if (draft.ehloTls.code !== 250)
      return stop(channel, draft, 'error', `EHLO after STARTTLS answered ${draft.ehloTls.code}`);
  }
  if (ctx.port.mode === 'starttls' && !ehlo.starttls) {
    draft.outcome = 'starttls_missing';
    draft.error = 'STARTTLS not advertised in EHLO (the server accepted it when sent anyway)';
  } else draft.outcome = 'ok';
  at('quit');
  await quit(channel);
  at('done');
}

async function secure(
  ctx: PortProbeContext,
  draft: PortDraft,
  socket: Socket,
  sockets: SocketSet,
  main: { tls: MainTls | null },
): Promise<TLSSocket> {
  const started = performance.now();
  const tls = await handshake(ctx.host, socket, ctx.limits, sockets, { trust: ctx.trust.primary });
  const cipher = tls.getCipher();
  const peer = tls.getPeerCertificate(true);
  main.tls = { peer, trust: trustOf(tls, ctx.trust.primary, peer) };
  draft.tls = {
    protocol: tls.getProtocol(),
    cipher: cipher ? cipher.standardName || cipher.name : null,
    handshakeMs: elapsed(started),
    // Filled in once the side checks (public roots) are in: finishTls.
    certificate: null,
  };
  return tls;
}

async function stop(channel: SmtpChannel, draft: PortDraft, outcome: PortDraft['outcome'], error: string) {
  draft.outcome = outcome;
  draft.error = error;
  await quit(channel);
}

async function quit(channel: SmtpChannel): Promise<void> {
  try {
    await channel.command('QUIT', 'the QUIT reply', QUIT_WAIT_MS);
  } catch {
    // The verdict is already made; a server that hangs up without 221 changes nothing.
  }
}

function replyText(reply: { code: number; lines: string[] }): string {
  return `${reply.code} ${reply.lines.join(' / ')}`.slice(0, 200);
}

function elapsed(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100;
}
