// `npm start -- --demo-smtp`: a healthy SMTP server on loopback for demos, configured like
// Halnet's (STARTTLS on "587" and "25", implicit TLS on "465", AUTH only once encrypted) with a
// throw-away CA made at start, so the probe reports a real healthy verdict on a machine that
// cannot reach smtp.hln.it.
import type { AddressInfo } from 'node:net';
import { DEFAULT_PROBE_HOST, type ProbeConfigInput } from '../core/probe/config';

export interface DemoSmtp {
  /** Probe configuration pointing at the demo servers (private targets allowed). */
  probeConfig: ProbeConfigInput;
  close(): Promise<void>;
}

const DAY = 86_400_000;

export async function startDemoSmtp(): Promise<DemoSmtp> {
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
      name: 'smtp.demo.invalid',
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
      onAuth(_auth, _session, callback) {
        callback(new Error('demo server: no accounts'));
      },
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
    close: async () => {
      await Promise.all(
        [starttls, implicit].map(
          ({ server }) => new Promise<void>((resolve) => server.close(() => resolve())),
        ),
      );
    },
  };
}
