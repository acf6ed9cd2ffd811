// `npm start -- --demo-smtp`: a healthy SMTP server on loopback for demos, configured like
// Halnet's (STARTTLS on "587" and "25", implicit TLS on "465", AUTH only once encrypted) with a
// throw-away CA made at start, so the probe reports a real healthy verdict on a machine that
// cannot reach smtp.hln.it.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { DEFAULT_PROBE_HOST, type ProbeConfigInput } from '../core/probe/config';

export interface DemoSmtp {
  /** Probe configuration pointing at the demo servers (private targets allowed). */
  probeConfig: ProbeConfigInput;
  close(): Promise<void>;
  /** The demo's one account (AUTH once encrypted), for a real mail client or a test. */
  account: DemoSmtpAccount;
  /** The STARTTLS ("587") and implicit TLS ("465") ports on 127.0.0.1. */
  ports: { starttls: number; implicitTls: number };
}

export interface DemoSmtpAccount {
  username: string;
  password: string;
}

/** The demo server's name: the host a test message must pass through locally. */
export const DEMO_SMTP_NAME = 'smtp.demo.invalid';

export interface DemoSmtpOptions {
  /** Relay mail for this domain to this SMTP server (the local verify inbox). */
  relay?: { domain: string; host: string; port: number };
  account?: DemoSmtpAccount;
}

const DAY = 86_400_000;

export async function startDemoSmtp(options: DemoSmtpOptions = {}): Promise<DemoSmtp> {
  const account = options.account ?? {
    username: 'demo',
    password: process.env.DEMO_SMTP_PASSWORD ?? randomBytes(9).toString('base64url'),
  };
  const { generate } = await import('selfsigned');
  const { SMTPServer } = await import('smtp-server');
  const ca = await generate([{ name: 'commonName', value: 'Postino Demo CA (throw-away)' }], {
    algorithm: 'sha256',
    keyType: 'ec',
    notAfterDate: new Date(Date.now() + 30 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    algorithm: 'sha256',
    keyType: 'ec',
    ca: { key: ca.private, cert: ca.cert },
    notBeforeDate: new Date(Date.now() - DAY),
    notAfterDate: new Date(Date.now() + 30 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
    ],
  });
  const start = async (secure: boolean) => {
    const server = new SMTPServer({
      secure,
      key: leaf.private,
      cert: leaf.cert,
      logger: false,
      disableReverseLookup: true,
      name: DEMO_SMTP_NAME,
      banner: 'Postino demo ESMTP',
      authMethods: ['PLAIN', 'LOGIN'],
      onConnect(session, callback) {
        session.disabledCommands = session.secure ? [] : ['AUTH'];
        callback();
      },
      onSecure(_socket, session, callback) {
        session.disabledCommands = [];
        callback();
      },
      // One account, like Halnet's service: mail is accepted from authenticated senders only.
      onAuth(auth, _session, callback) {
        if (auth.username === account.username && auth.password === account.password) {
          callback(null, { user: auth.username });
        } else {
          callback(
            Object.assign(new Error('5.7.8 Authentication credentials invalid'), { responseCode: 535 }),
          );
        }
      },
      onMailFrom(_address, session, callback) {
        callback(
          session.user
            ? undefined
            : Object.assign(new Error('5.7.0 Authentication required'), { responseCode: 530 }),
        );
      },
      onData(stream, session, callback) {
        relayOrDiscard(stream, session, options.relay).then(
          () => callback(),
          (error: Error & { responseCode?: number }) =>
            callback(Object.assign(new Error(error.message), { responseCode: error.responseCode ?? 451 })),
        );
      },
      size: 10 * 1024 * 1024,
    });
    server.on('error', () => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, port: (server.server.address() as AddressInfo).port };
  };
  const starttls = await start(false);
  const implicit = await start(true);
  return {
    probeConfig: {
      host: 'localhost',
      ports: [
        { port: 587, mode: 'starttls', connectPort: starttls.port },
        { port: 465, mode: 'implicit-tls', connectPort: implicit.port },
        { port: 25, mode: 'starttls', connectPort: starttls.port },
      ],
      caPem: ca.cert,
      allowPrivate: true,
      // The stand-in reads as the service it demonstrates: nobody is shown "localhost".
      displayHost: DEFAULT_PROBE_HOST,
    },
    account,
    ports: { starttls: starttls.port, implicitTls: implicit.port },
    close: async () => {
      await Promise.all(
        [starttls, implicit].map(
          ({ server }) => new Promise<void>((resolve) => server.close(() => resolve())),
        ),
      );
    },
  };
}

/**
 * Mail for the verify domain is relayed to the verify inbox with the hop a real server adds
 * (`with ESMTPSA`, the TLS version and cipher); other mail is accepted and discarded (a demo).
 */
async function relayOrDiscard(
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  relay: DemoSmtpOptions['relay'],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const to = session.envelope.rcptTo
    .map((rcpt) => rcpt.address)
    .filter((address) => relay !== undefined && address.toLowerCase().endsWith(`@${relay.domain}`));
  if (relay === undefined || to.length === 0) return;
  const cipher = session.tlsOptions as { version?: string; name?: string } | undefined;
  const tls =
    session.secure && cipher?.version ? ` (${cipher.version} ${cipher.name ?? ''})`.replace(' )', ')') : '';
  const hop =
    `Received: from ${session.hostNameAppearsAs} ([${session.remoteAddress}])\r\n` +
    `\tby ${DEMO_SMTP_NAME} (Postino demo) with ${session.transmissionType}${tls}\r\n` +
    `\tid ${session.id}; ${new Date().toUTCString()}\r\n`;
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: relay.host,
    port: relay.port,
    secure: false,
    ignoreTLS: true,
    name: DEMO_SMTP_NAME,
  });
  try {
    const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
    await transport.sendMail({ envelope: { from, to }, raw: Buffer.concat([Buffer.from(hop), ...chunks]) });
  } finally {
    transport.close();
  }
}
