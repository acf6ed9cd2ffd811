// One more connection to a port, only as far as the TLS handshake: the probe's side checks
// (trust against public roots, each TLS version alone, the handshake without SNI) each need a
// handshake of their own, because OpenSSL verifies and negotiates once per handshake. On a
// STARTTLS port it says EHLO and STARTTLS first (STARTTLS even when not advertised, as
// `openssl s_client -starttls smtp` does). The caller reads the socket, then destroys the set.
import type { TLSSocket } from 'node:tls';
import type { ProbePort } from './config';
import { type HandshakeOptions, handshake, openTcp, type ProbeObserver, SocketSet } from './connection';
import { SmtpChannel } from './smtp-channel';
import { ProbeStepError, type StepLimits } from './step';
import { Transcript } from './transcript';

export interface SessionTarget {
  host: string;
  address: string;
  port: ProbePort;
  ehloName: string;
  limits: StepLimits;
  observer?: ProbeObserver;
}

/** Opens a TLS session; rejects with a ProbeStepError (kind `tls` when the handshake itself failed). */
export async function openTlsSession(
  target: SessionTarget,
  sockets: SocketSet,
  options: HandshakeOptions,
): Promise<TLSSocket> {
  let socket = await openTcp(
    target.address,
    target.port.connectPort ?? target.port.port,
    target.limits,
    sockets,
    target.observer,
  );
  if (target.port.mode === 'starttls') {
    const channel = new SmtpChannel(socket, target.limits, new Transcript());
    const banner = await channel.readReply('the 220 banner');
    if (banner.code !== 220) throw new ProbeStepError('protocol', 'EPROTO', `banner ${banner.code}`);
    await channel.command(`EHLO ${target.ehloName}`, 'the EHLO reply');
    const reply = await channel.command('STARTTLS', 'the STARTTLS reply');
    if (reply.code !== 220) throw new ProbeStepError('protocol', 'EPROTO', `STARTTLS answered ${reply.code}`);
    socket = channel.release();
  }
  return handshake(target.host, socket, target.limits, sockets, options);
}

/** Runs `read` on a fresh TLS session; every socket is destroyed afterwards whatever happened. */
export async function withTlsSession<T>(
  target: SessionTarget,
  options: HandshakeOptions,
  read: (socket: TLSSocket) => T,
): Promise<T> {
  const sockets = new SocketSet(target.observer);
  try {
    return read(await openTlsSession(target, sockets, options));
  } finally {
    sockets.destroyAll();
  }
}
