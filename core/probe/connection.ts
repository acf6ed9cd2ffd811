// Opening sockets for the probe: TCP to the checked address (never a name: the SSRF guard
// already resolved and vetted it), and the TLS handshake over an existing socket, with the
// host name kept for SNI. OpenSSL verifies the chain during the handshake against the trust
// set asked for; nothing is rejected here: the result is read and reported afterwards.
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { createSecureContext, type SecureContext, type TLSSocket, connect as tlsConnect } from 'node:tls';
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

/** TLS versions the probe tries one by one (old clients such as Outlook Express speak only 1.0). */
export const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type TlsVersion = (typeof TLS_VERSIONS)[number];

export interface HandshakeOptions {
  /** The CA certificates OpenSSL verifies the chain against during the handshake. */
  trust: TrustAnchors;
  /** Send SNI (the default); false reproduces clients that send none (Outlook Express on XP). */
  sni?: boolean;
  /** Only these versions (lowest, highest): which of them the server accepts. */
  versions?: readonly [TlsVersion, TlsVersion];
}

/** A named set of PEM anchors: Halnet's CA, or Node's bundled public roots. */
export interface TrustAnchors {
  id: string;
  pems: readonly string[];
  /** SHA-256 fingerprints (Node's colon form) of the anchors, computed on first use. */
  fingerprints(): ReadonlySet<string>;
}

// Built once per process and option set: a context per connection would reload the roots.
const contexts = new Map<string, SecureContext>();

function contextFor(
  trust: TrustAnchors,
  versions: readonly [TlsVersion, TlsVersion] | undefined,
): SecureContext {
  const key = `${trust.id}|${versions?.join('-') ?? 'any'}`;
  let context = contexts.get(key);
  if (!context) {
    context = createSecureContext({
      ca: [...trust.pems],
      // A version check must not fail on our own side: TLS 1.0/1.1 need security level 0.
      ...(versions
        ? { minVersion: versions[0], maxVersion: versions[1], ciphers: 'DEFAULT@SECLEVEL=0' }
        : {}),
    });
    contexts.set(key, context);
  }
  return context;
}

/**
 * The TLS handshake over `socket`. OpenSSL verifies the chain against `options.trust` during
 * the handshake (read `authorized` / `authorizationError` afterwards); it is not rejected
 * here, so a broken certificate is described rather than merely refused.
 */
export async function handshake(
  host: string,
  socket: Socket,
  limits: StepLimits,
  sockets: SocketSet,
  options: HandshakeOptions,
): Promise<TLSSocket> {
  const sni = options.sni !== false && !isIP(host);
  const secure = sockets.add(
    tlsConnect({
      socket,
      secureContext: contextFor(options.trust, options.versions),
      // SNI must be a name (RFC 6066); the probe connects to an IP, so it is set explicitly.
      ...(sni ? { servername: host } : {}),
      rejectUnauthorized: false,
      // Node folds its host-name check into `authorized`: kept out, so `authorized` is
      // OpenSSL's chain verdict alone; the name is checked and reported on its own.
      checkServerIdentity: () => undefined,
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
