// Outage mode with the real dialog on `npm start`'s server (issue 12), through the official
// DirectLineJS client: after three failing health checks (probe fixtures), a new customer
// hears the known-problem answer first (no settings steps), a request for a person joins the
// outage group instead of flooding the agents' queue, an English customer leaves an e-mail for
// a call back; when the server is back every affected customer reads the all-clear once, in
// their language, and the call-back list is there for the agents.
import type { Activity } from 'botframework-directlinejs';
import { outageIdFor } from '../../core/outage/outage-record';
import type { ProbeSummary } from '../../dialogs/contract';
import { type LocalServer, startLocalServer } from '../../local/server';
import { down, healthy, minute } from '../outage/support/summaries';
import { connectDirectLine, type DirectLineSession } from './support/directline-client';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const textOf = (activity: Activity) => (activity as { text?: string }).text ?? '';
const botSays = (fragment: string) => (activity: Activity) =>
  activity.from.role === 'bot' && activity.type === 'message' && textOf(activity).includes(fragment);
const kindOf = (activity: Activity) =>
  (activity as { channelData?: { postino?: { kind?: string; verdict?: string | null } } }).channelData
    ?.postino;

let server: LocalServer;
let summary: ProbeSummary = down(0);
const sessions: DirectLineSession[] = [];

beforeAll(async () => {
  server = await startLocalServer({
    port: 0,
    serveWeb: false,
    probe: { probe: async () => summary },
    healthIntervalMs: 0,
  });
}, 60_000);

afterAll(async () => {
  for (const session of sessions) session.end();
  await server?.close();
});

async function customer(locale: string) {
  const answer = await fetch(`${server.directLineUrl}/tokens/public`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  const { token, conversationId } = (await answer.json()) as { token: string; conversationId: string };
  const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()).user as string;
  const session = connectDirectLine({ domain: server.directLineUrl, token, webSocket: true });
  sessions.push(session);
  const say = async (text: string) => {
    const from = session.received.length;
    await session.post({ type: 'message', text, from: { id: user, role: 'user' } } as Partial<Activity>);
    return from;
  };
  const join = () =>
    session.post({
      type: 'event',
      name: 'webchat/join',
      from: { id: user, role: 'user' },
      value: { language: locale },
    } as Partial<Activity>);
  return { session, say, join, conversationId };
}

async function agentGet(path: string) {
  const agent = server.agents[0];
  if (!agent) throw new Error('no demo agent');
  const { token } = await server.agentAuth.issue(agent);
  const response = await fetch(`${server.agentApiUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('outage mode with the real dialog', () => {
  it('answers the known problem first, groups the requests, and clears once per customer', async () => {
    for (const n of [0, 1]) {
      summary = down(n);
      expect(await server.checkHealth()).toBeNull();
    }
    summary = down(2);
    expect(await server.checkHealth()).toBe('started');

    // An Italian customer opens the chat: the first thing they read is the fault, not steps.
    const anna = await customer('it-IT');
    await anna.join();
    const known = await anna.session.waitFor(botSays('ha un problema dalle'));
    expect(textOf(known)).toContain('smtp.hln.it');
    expect(textOf(known)).toContain('non cambiarle');
    expect(textOf(known)).not.toMatch(/587|465|\n1\. /);
    expect(kindOf(known)).toMatchObject({ kind: 'server-problem', verdict: 'server_down' });
    expect(anna.session.received.filter(botSays('Quale programma di posta usi?'))).toHaveLength(0);

    // Asking for a person joins the outage group: no queue entry for the agents.
    let from = await anna.say('voglio parlare con un operatore');
    await anna.session.waitFor(botSays('sa già del guasto'), 10_000, from);
    const queue = (await agentGet('/queue')) as { items: Array<{ conversationId: string }> };
    expect(queue.items.map((item) => item.conversationId)).not.toContain(anna.conversationId);

    // An English customer on the Italian page, mid-sentence, leaves an e-mail for a call back.
    const ben = await customer('it-IT');
    from = await ben.say('hi my outlook wont send emails since this morning');
    const english = await ben.session.waitFor(botSays('has had a problem since'), 10_000, from);
    expect(textOf(english)).not.toMatch(/587|Port/);
    from = await ben.say('Leave my e-mail');
    await ben.session.waitFor(botSays('e-mail'), 10_000, from);
    from = await ben.say('ben.rossi@example.com');
    await ben.session.waitFor(botSays('ben.rossi@example.com'), 10_000, from);

    const during = await server.outage.overview();
    expect(during).toMatchObject({ active: true, affected: 2, waitingForHuman: 1 });
    expect(during.callbacks.map((entry) => entry.contact.value)).toEqual(['ben.rossi@example.com']);

    // The server is back for five minutes: each customer is told once, in their language.
    summary = healthy(3);
    expect(await server.checkHealth()).toBeNull();
    summary = healthy(9);
    expect(await server.checkHealth()).toBe('ended');
    await anna.session.waitFor(botSays('funziona di nuovo: prova'));
    await ben.session.waitFor(botSays('works again: try'));
    expect(await server.outage.sendAllClears(outageIdFor(minute(2)))).toEqual({ delivered: 0, retryable: 0 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(anna.session.received.filter(botSays('funziona di nuovo: prova'))).toHaveLength(1);
    expect(ben.session.received.filter(botSays('works again: try'))).toHaveLength(1);

    // The call-back list is handed to the agents with the ended outage.
    const after = await server.outage.overview();
    expect(after).toMatchObject({ active: false, allClearsDelivered: 2 });
    expect(after.callbacks.map((entry) => entry.contact.value)).toEqual(['ben.rossi@example.com']);
  }, 90_000);
});
