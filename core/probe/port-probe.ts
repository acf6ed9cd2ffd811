// Probes one port the way a mail client would up to authentication, and stops there:
// connect, (implicit TLS on 465), banner, EHLO, STARTTLS + handshake + EHLO again (587, 25),
// QUIT. It never sends credentials, MAIL, RCPT or DATA. Whatever happens, it resolves with a
// PortReport (never rejects) and destroys every socket it opened.
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { inspectCertificate, type TrustSets } from './certificate';
import type { ProbePort } from './config';
import { handshake, openTcp, type ProbeObserver, SocketSet } from './connection';
import { parseEhlo } from './ehlo';
import { classifyFailure } from './failure';
import type { PortReport, ProbeStage } from './report';
import { SmtpChannel } from './smtp-channel';
import { ProbeStepError, type StepLimits } from './step';
import { Transcript } from './transcript';

export interface PortProbeContext {
  host: string;
  address: string;
  port: ProbePort;
  ehloName: string;
  limits: StepLimits;
  trust: TrustSets;
  checkTls10: boolean;
  /** Wall clock for certificate validity (ms since the epoch). */
  now: () => number;
  observer?: ProbeObserver;
}

export type PortDraft = Omit<PortReport, 'totalMs' | 'transcript'>;

// A QUIT answer is a courtesy; waiting long for it would only delay the verdict.
const QUIT_WAIT_MS = 300;

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
  try {
    await converse(ctx, draft, transcript, sockets, () => elapsed(started));
  } catch (error) {
    Object.assign(draft, classifyFailure(draft.stage, error));
    transcript.note(`${draft.outcome} during ${draft.stage}: ${draft.error ?? ''}`);
  } finally {
    sockets.destroyAll();
  }
  if (ctx.checkTls10 && draft.tls) draft.tls10Accepted = await acceptsTls10(ctx);
  return { ...draft, totalMs: elapsed(started), transcript: transcript.lines() };
}

async function converse(
  ctx: PortProbeContext,
  draft: PortDraft,
  transcript: Transcript,
  sockets: SocketSet,
  since: () => number,
): Promise<void> {
  const at = (stage: ProbeStage): void => {
    draft.stage = stage;
  };
  const socket = await openTcp(ctx.address, draft.connectPort, ctx.limits, sockets, ctx.observer);
  draft.connectMs = since();
  let channel: SmtpChannel;
  if (ctx.port.mode === 'implicit-tls') {
    at('tls');
    channel = new SmtpChannel(await secure(ctx, draft, socket, sockets), ctx.limits, transcript);
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
    if (!ehlo.starttls) return stop(channel, draft, 'starttls_missing', 'STARTTLS not advertised in EHLO');
    at('starttls');
    draft.starttlsReply = await channel.command('STARTTLS', 'the STARTTLS reply');
    if (draft.starttlsReply.code !== 220) {
      return stop(channel, draft, 'starttls_refused', replyText(draft.starttlsReply));
    }
    at('tls');
    channel = new SmtpChannel(await secure(ctx, draft, channel.release(), sockets), ctx.limits, transcript);
    at('ehlo-tls');
    draft.ehloTls = parseEhlo(await channel.command(`EHLO ${ctx.ehloName}`, 'the EHLO reply after STARTTLS'));
    if (draft.ehloTls.code !== 250)
      return stop(channel, draft, 'error', `EHLO after STARTTLS answered ${draft.ehloTls.code}`);
  }
  draft.outcome = 'ok';
  at('quit');
  await quit(channel);
  at('done');
}

async function secure(
  ctx: PortProbeContext,
  draft: PortDraft,
  socket: Socket,
  sockets: SocketSet,
): Promise<TLSSocket> {
  const started = performance.now();
  const tls = await handshake(ctx.host, socket, ctx.limits, sockets);
  const cipher = tls.getCipher();
  draft.tls = {
    protocol: tls.getProtocol(),
    cipher: cipher ? cipher.standardName || cipher.name : null,
    handshakeMs: elapsed(started),
    certificate: inspectCertificate(ctx.host, tls.getPeerCertificate(true), ctx.trust, ctx.now()),
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

/** One more connection limited to TLS 1.0: true if the server still accepts it. */
async function acceptsTls10(ctx: PortProbeContext): Promise<boolean | null> {
  const sockets = new SocketSet(ctx.observer);
  try {
    let socket = await openTcp(
      ctx.address,
      ctx.port.connectPort ?? ctx.port.port,
      ctx.limits,
      sockets,
      ctx.observer,
    );
    if (ctx.port.mode === 'starttls') {
      const channel = new SmtpChannel(socket, ctx.limits, new Transcript());
      await channel.readReply('the 220 banner');
      await channel.command(`EHLO ${ctx.ehloName}`, 'the EHLO reply');
      if ((await channel.command('STARTTLS', 'the STARTTLS reply')).code !== 220) return null;
      socket = channel.release();
    }
    await handshake(ctx.host, socket, ctx.limits, sockets, 'tls10-only');
    return true;
  } catch (error) {
    // Only a failed handshake answers the question; a timeout or a hang-up before it does not.
    return error instanceof ProbeStepError && error.kind === 'tls' ? false : null;
  } finally {
    sockets.destroyAll();
  }
}

function replyText(reply: { code: number; lines: string[] }): string {
  return `${reply.code} ${reply.lines.join(' / ')}`.slice(0, 200);
}

function elapsed(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100;
}
