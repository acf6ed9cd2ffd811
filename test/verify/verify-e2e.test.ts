// Verified resolution end to end on `npm start`'s server with --demo-smtp: a customer says it
// works and asks for the test; nodemailer (a real SMTP client library) sends through the demo
// server (standing in for smtp.hln.it) with AUTH over STARTTLS to the live address; the demo
// server relays it to the verify inbox (smtp-server on loopback); the conversation receives the
// confirmation. Then the negatives: no AUTH, no TLS, another server in the chain, not through
// Halnet's server at all, unknown / expired / reused codes, oversized and malformed messages.
import type { Activity } from 'botframework-directlinejs';
import { createTransport } from 'nodemailer';
import { DynamoVerifyCodeStore } from '../../adapters/dynamo/verify-code-store';
import { DEMO_SMTP_NAME } from '../../local/demo-smtp';
import { type LocalServer, startLocalServer } from '../../local/server';
import { connectDirectLine, type DirectLineSession } from '../local/support/directline-client';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const textOf = (activity: Activity) => (activity as { text?: string }).text ?? '';
const botSays = (fragment: string | RegExp) => (activity: Activity) =>
  activity.from.role === 'bot' &&
  activity.type === 'message' &&
  (typeof fragment === 'string' ? textOf(activity).includes(fragment) : fragment.test(textOf(activity)));

let server: LocalServer;
let chat: DirectLineSession;
let conversationId: string;
let user: string;

beforeAll(async () => {
  server = await startLocalServer({ port: 0, serveWeb: false, demoSmtp: true });
  const issued = (await (
    await fetch(`${server.directLineUrl}/tokens/public`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'it-IT' }),
    })
  ).json()) as { token: string; conversationId: string };
  conversationId = issued.conversationId;
  user = JSON.parse(Buffer.from(issued.token.split('.')[1] as string, 'base64url').toString()).user;
  chat = connectDirectLine({ domain: server.directLineUrl, token: issued.token });
}, 60_000);

afterAll(async () => {
  chat?.end();
  await server?.close();
});

async function say(text: string): Promise<number> {
  const from = chat.received.length;
  await chat.post({ type: 'message', text, from: { id: user, role: 'user' } } as Partial<Activity>);
  return from;
}

/** The demo server as the customer's mail program uses it: port "587", STARTTLS required, AUTH. */
function customerProgram(auth = true) {
  const demo = server.demoSmtp;
  if (!demo) throw new Error('no demo SMTP server');
  return createTransport({
    host: '127.0.0.1',
    port: demo.ports.starttls,
    secure: false,
    requireTLS: true,
    name: 'pc-di-mario.local',
    tls: { ca: demo.caPem, servername: 'localhost' },
    ...(auth ? { auth: { user: demo.account.username, pass: demo.account.password } } : {}),
  });
}

/** Straight to the verify inbox, as a server that says `helo` would (for crafted chains). */
function directToInbox(helo: string) {
  return createTransport({
    host: server.verifyInbox.host,
    port: server.verifyInbox.port,
    secure: false,
    ignoreTLS: true,
    name: helo,
  });
}

async function liveAddress(): Promise<string> {
  return (await server.verifyInbox.service.start(conversationId)).address;
}

const BODY_MARKER = 'testo-segreto-del-corpo-7781';

describe('verified resolution, end to end', () => {
  let address = '';

  it('offers the test after "it works" and gives a live address', async () => {
    await chat.post({
      type: 'event',
      name: 'webchat/join',
      from: { id: user, role: 'user' },
      value: { language: 'it-IT' },
    } as Partial<Activity>);
    await chat.waitFor(botSays('Quale programma di posta usi?'));
    let from = await say('thunderbird, prima configurazione');
    await chat.waitFor(botSays('Ha funzionato?'), 20_000, from);
    from = await say('sì');
    await chat.waitFor(botSays('facciamo una prova'), 10_000, from);
    from = await say('Verifica l’invio');
    const ready = await chat.waitFor(botSays('Manda un messaggio qualsiasi'), 10_000, from);
    const match = /`(verifica\+[a-z2-7]{8}@verifica\.postino\.test)`/.exec(textOf(ready));
    expect(match).not.toBeNull();
    address = match?.[1] ?? '';
  });

  it('confirms a message sent with AUTH over STARTTLS through the demo server', async () => {
    const from = chat.received.length;
    const info = await customerProgram().sendMail({
      from: 'mario@esempio.it',
      to: address,
      subject: 'Prova',
      text: BODY_MARKER,
    });
    expect(info.accepted).toEqual([address]);
    const verdict = await chat.waitFor(botSays('Prova riuscita'), 15_000, from);
    expect(textOf(verdict)).toContain(`\`${DEMO_SMTP_NAME}\``);
    expect(textOf(verdict)).toContain('autenticazione (ESMTPSA)');
    expect(textOf(verdict)).toMatch(/crittografia \(TLSv1\.[23]\)/);
    expect(textOf(verdict)).toMatch(/È arrivato in \d+ secondi/);
    // Only the verdict and header facts are kept: the body appears nowhere.
    expect(JSON.stringify(chat.received)).not.toContain(BODY_MARKER);
    const outcome = server.verifyInbox.outcomes.at(-1);
    expect(JSON.stringify(outcome)).not.toContain(BODY_MARKER);
    // The agents see the resolution kind in the conversation's bundle.
    const agent = server.agents[0];
    if (!agent) throw new Error('no demo agent');
    const { token } = await server.agentAuth.issue(agent);
    const view = await fetch(`${server.agentApiUrl}/conversations/${encodeURIComponent(conversationId)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(view.status).toBe(200);
    expect(((await view.json()) as { bundle: { resolution: unknown } }).bundle.resolution).toBe('verified');
  });

  it('drops a second message to the same (used) code', async () => {
    const from = chat.received.length;
    await expect(
      customerProgram().sendMail({ from: 'mario@esempio.it', to: address, text: 'ancora' }),
    ).rejects.toThrow(/No live test code/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chat.received.slice(from).filter(botSays(/Prova|messaggio di prova/))).toEqual([]);
  });

  it('drops unknown and expired codes at RCPT', async () => {
    await expect(
      customerProgram().sendMail({
        from: 'mario@esempio.it',
        to: 'verifica+aaaaaaaa@verifica.postino.test',
        text: 'x',
      }),
    ).rejects.toThrow(/No live test code/);
    const store = new DynamoVerifyCodeStore(server.tableClient, server.tableName);
    await store.create({
      code: 'expired2',
      conversationId,
      issuedAt: new Date(0).toISOString(),
      expiresAt: Date.now() - 1,
    });
    await expect(
      directToInbox(DEMO_SMTP_NAME).sendMail({
        envelope: { from: 'a@b.it', to: 'verifica+expired2@verifica.postino.test' },
        raw: 'From: a@b.it\r\nSubject: x\r\n\r\nx\r\n',
      }),
    ).rejects.toThrow(/No live test code/);
    expect(await store.state('expired2', Date.now())).toBe('expired');
  });

  it('refuses to relay without AUTH (Halnet’s server requires it)', async () => {
    await expect(
      customerProgram(false).sendMail({ from: 'mario@esempio.it', to: await liveAddress(), text: 'x' }),
    ).rejects.toThrow(/530 .*authentication required/i);
  });

  const hop = (text: string) => `Received: ${text}; ${new Date().toUTCString()}\r\n`;
  const message = (chain: string) =>
    `${chain}From: mario@esempio.it\r\nTo: test\r\nSubject: Prova\r\nDate: ${new Date().toUTCString()}\r\n\r\nciao\r\n`;

  it.each([
    [
      'no authentication',
      hop(`from pc ([192.0.2.10]) by ${DEMO_SMTP_NAME} with ESMTPS (TLSv1.3 TLS_AES_256_GCM_SHA384) id a1`),
      DEMO_SMTP_NAME,
      ['senza autenticazione'],
      ['senza crittografia'],
    ],
    [
      'no encryption',
      hop(`from pc ([192.0.2.10]) by ${DEMO_SMTP_NAME} with ESMTPA id a2`),
      DEMO_SMTP_NAME,
      ['senza crittografia'],
      ['senza autenticazione'],
    ],
    [
      'another server in the chain',
      hop(`from relay.provider.example ([198.51.100.7]) by ${DEMO_SMTP_NAME} with ESMTPS (TLSv1.3) id a3`) +
        hop('from pc ([192.0.2.10]) by relay.provider.example with ESMTPSA (TLSv1.3) id b3'),
      DEMO_SMTP_NAME,
      ['`relay.provider.example`', 'senza autenticazione'],
      [],
    ],
    [
      'a server that is not Halnet’s',
      hop(`from pc ([192.0.2.10]) by ${DEMO_SMTP_NAME} with ESMTPSA (TLSv1.3) id a4`),
      'mx.altro-provider.example',
      ['non è passato da `smtp.hln.it`', '`mx.altro-provider.example`'],
      [],
    ],
  ])('explains a message with %s', async (_name, chain, helo, expected, absent) => {
    const to = await liveAddress();
    const from = chat.received.length;
    await directToInbox(helo).sendMail({ envelope: { from: 'mario@esempio.it', to }, raw: message(chain) });
    const verdict = await chat.waitFor(botSays('c’è qualcosa da correggere'), 10_000, from);
    for (const fragment of expected) expect(textOf(verdict)).toContain(fragment);
    for (const fragment of absent) expect(textOf(verdict)).not.toContain(fragment);
  });

  it('answers an oversized message with a clear verdict, unread', async () => {
    const to = await liveAddress();
    const from = chat.received.length;
    await expect(
      customerProgram().sendMail({ from: 'mario@esempio.it', to, text: 'x'.repeat(400 * 1024) }),
    ).rejects.toThrow(/too big/i);
    const verdict = await chat.waitFor(botSays('troppo grande'), 10_000, from);
    expect(textOf(verdict)).toContain('Verifica l’invio');
  });

  it('answers a malformed message with a clear verdict, not a crash', async () => {
    const to = await liveAddress();
    const from = chat.received.length;
    await directToInbox(DEMO_SMTP_NAME).sendMail({
      envelope: { from: 'mario@esempio.it', to },
      raw: '\u0000\u0001 questo non è un messaggio di posta\r\n',
    });
    const verdict = await chat.waitFor(botSays('non sono riuscito a leggerlo'), 10_000, from);
    expect(textOf(verdict)).toContain('c’è qualcosa da correggere');
  });
});
