// Opening sockets for the probe: TCP to the checked address (never a name: the SSRF guard
// already resolved and vetted it), and the TLS handshake over an existing socket, with the
// host name kept for SNI. Certificates are not rejected here: they are examined afterwards.
import { isIP, connect as netConnect, type Socket } from 'node:net';
import {
  type ConnectionOptions,
  createSecureContext,
  type SecureContext,
  type TLSSocket,
  connect as tlsConnect,
} from 'node:tls';
import { ProbeStepError, type StepLimits, waitStep } from './step';

export interface ProbeObserver {
  /** Called before each TCP connection attempt (tests assert the SSRF guard made none). */
  connecting?(address: string, port: number): void;
  /** Called for every socket the probe creates (tests assert each ends destroyed). */
  socketCreated?(socket: Socket): void;
}

/** The sockets of one port probe; all destroyed together whatever happened. */
export class SocketSet {
  private readonly sockets: Socket[] = [];

  constructor(private readonly observer: ProbeObserver | undefined) {}

  add<S extends Socket>(socket: S): S {
    // A late error (reset after we gave up) must not become an uncaught exception.
    socket.on('error', ignore);
    this.sockets.push(socket);
    this.observer?.socketCreated?.(socket);
    return socket;
  }

  destroyAll(): void {
    // Outermost first: a TLS socket must go before the TCP socket it wraps. Destroying the
    // TCP socket first made Node 20 crash with a segfault at process exit (seen here).
    for (const socket of [...this.sockets].reverse()) socket.destroy();
  }
}

function ignore(): void {}

export async function openTcp(
  address: string,
  port: number,
  limits: StepLimits,
  sockets: SocketSet,
  observer?: ProbeObserver,
): Promise<Socket> {
  observer?.connecting?.(address, port);
  const socket = sockets.add(netConnect({ host: address, port }));
  socket.setNoDelay(true);
  await waitStep<void>(limits, 'the TCP connection', ({ resolve, reject }) => {
    const onConnect = (): void => resolve();
    const onError = (error: NodeJS.ErrnoException): void =>
      reject(new ProbeStepError('socket', error.code ?? 'ERROR', error.message, { cause: error }));
    socket.once('connect', onConnect);
    socket.once('error', onError);
    return () => {
      socket.off('connect', onConnect);
      socket.off('error', onError);
    };
  });
  return socket;
}

export type TlsProfile = 'default' | 'tls10-only';

// Built once per process: a context per connection would reload the root store each time.
// Trust is judged afterwards (certificate.ts), so the context's own CA list does not matter.
const contexts = new Map<TlsProfile, SecureContext>();
const PROFILES: Record<TlsProfile, ConnectionOptions> = {
  default: {},
  // Only for the optional "does it still speak TLS 1.0" check (old clients).
  'tls10-only': { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
};

function contextFor(profile: TlsProfile): SecureContext {
  let context = contexts.get(profile);
  if (!context) {
    context = createSecureContext(PROFILES[profile]);
    contexts.set(profile, context);
  }
  return context;
}

export async function handshake(
  host: string,
  socket: Socket,
  limits: StepLimits,
  sockets: SocketSet,
  profile: TlsProfile = 'default',
): Promise<TLSSocket> {
  const secure = sockets.add(
    tlsConnect({
      socket,
      secureContext: contextFor(profile),
      // SNI must be a name (RFC 6066); the probe connects to an IP, so it is set explicitly.
      ...(isIP(host) ? {} : { servername: host }),
      rejectUnauthorized: false,
    }),
  );
  await waitStep<void>(limits, 'the TLS handshake', ({ resolve, reject }) => {
    const onSecure = (): void => resolve();
    const onError = (error: NodeJS.ErrnoException): void =>
      reject(new ProbeStepError('tls', error.code ?? 'ERR_TLS', error.message, { cause: error }));
    const onClose = (): void =>
      reject(new ProbeStepError('tls', 'ECONNRESET', 'the connection closed during the TLS handshake'));
    secure.once('secureConnect', onSecure);
    secure.once('error', onError);
    secure.once('close', onClose);
    return () => {
      secure.off('secureConnect', onSecure);
      secure.off('error', onError);
      secure.off('close', onClose);
    };
  });
  return secure;
}
