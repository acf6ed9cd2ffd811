// The official DirectLineJS client (what Web Chat runs) against `npm start`'s server:
// public token, welcome after webchat/join, a whole dialog to the steps (with a live probe of
// the demo SMTP server), then a reconnect to the same conversation as after a page reload,
// with the history replayed.
import type { Activity } from 'botframework-directlinejs';
import { type LocalServer, startLocalServer } from '../../local/server';
import { connectDirectLine, type DirectLineSession } from './support/directline-client';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const textOf = (activity: Activity) => (activity as { text?: string }).text;
const fromBot = (activity: Activity) => activity.from.role === 'bot' && activity.type === 'message';
const botSays = (fragment: string) => (activity: Activity) =>
  fromBot(activity) && (textOf(activity) ?? '').includes(fragment);

describe('botframework-directlinejs against the local server', () => {
  let server: LocalServer;
  const sessions: DirectLineSession[] = [];

  beforeAll(async () => {
    // --demo-smtp: the probe (behind the Lambda Invoke route) checks a loopback SMTP server.
    server = await startLocalServer({ port: 0, serveWeb: false, demoSmtp: true });
  });
  afterAll(async () => {
    for (const session of sessions) session.end();
    await server.close();
  });

  it('welcomes, guides to the steps, and shows the history after a reconnect', async () => {
    const tokenAnswer = await fetch(`${server.directLineUrl}/tokens/public`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'it-IT' }),
    });
    expect(tokenAnswer.status).toBe(200);
    const { token, conversationId } = (await tokenAnswer.json()) as { token: string; conversationId: string };
    const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString())
      .user as string;
    expect(user).toMatch(/^dl_/);

    const first = connectDirectLine({ domain: server.directLineUrl, token });
    sessions.push(first);
    const joinId = await first.post({
      type: 'event',
      name: 'webchat/join',
      from: { id: user, role: 'user' },
      value: { language: 'it-IT' },
      channelData: { clientActivityID: 'join-1' },
    } as Partial<Activity>);
    expect(joinId).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));
    // The echo carries the server id and the client's channelData, as Web Chat needs.
    const echo = await first.waitFor((a) => a.type === 'event' && a.id === joinId);
    expect(echo.channelData).toEqual({ clientActivityID: 'join-1' });
    expect(echo.from).toEqual({ id: user, role: 'user' });
    await first.waitFor(botSays('Postino'));
    await first.waitFor(botSays('Quale programma di posta usi?'));

    const say = async (text: string, clientActivityID: string) => {
      const id = await first.post({
        type: 'message',
        text,
        from: { id: user, role: 'user' },
        channelData: { clientActivityID },
      } as Partial<Activity>);
      await first.waitFor((a) => a.id === id && a.from.id === user && textOf(a) === text);
      return id;
    };
    await say('Thunderbird', 'msg-1');
    await first.waitFor(botSays('Che problema hai'));
    await say('Prima configurazione', 'msg-2');
    // The probe runs through @aws-sdk/client-lambda and the local Invoke route; the customer
    // sees typing meanwhile, then the verdict and the steps.
    await first.waitFor((a) => a.type === 'typing' && a.from.role === 'bot');
    const steps = await first.waitFor(botSays('Il server di Halnet funziona:'), 20_000);
    expect(textOf(steps)).toContain('Su **Thunderbird**:');
    expect(textOf(steps)).toContain('587');
    expect((steps as { channelData?: unknown }).channelData).toEqual({
      postino: {
        kind: 'answer',
        client: 'thunderbird',
        symptom: 'first-setup',
        verdict: 'healthy',
        locale: 'it',
      },
    });
    await first.waitFor(botSays('Ha funzionato?'));
    const seen = first.received.filter((a) => a.type === 'message').map((a) => a.id);
    const watermark = (first.directLine as unknown as { watermark: string }).watermark;
    expect(Number(watermark)).toBeGreaterThan(0);
    first.end();

    // A page reload: same conversation, token and watermark '' (replay everything) ...
    const reloaded = connectDirectLine({ domain: server.directLineUrl, token, conversationId });
    sessions.push(reloaded);
    await reloaded.waitFor(botSays('Ha funzionato?'));
    expect(reloaded.received.filter((a) => a.type === 'message').map((a) => a.id)).toEqual(seen);
    // ... and it can carry on the conversation.
    const id = await reloaded.post({
      type: 'message',
      text: 'Sì, risolto',
      from: { id: user, role: 'user' },
    } as Partial<Activity>);
    await reloaded.waitFor((a) => fromBot(a) && (a as { replyToId?: string }).replyToId === id);
    reloaded.end();

    // Resuming from the saved watermark delivers only what came after it.
    const resumed = connectDirectLine({ domain: server.directLineUrl, token, conversationId, watermark });
    sessions.push(resumed);
    await resumed.waitFor((a) => a.id === id);
    expect(resumed.received.some((a) => seen.includes(a.id))).toBe(false);
    resumed.end();
  }, 60_000);
});
