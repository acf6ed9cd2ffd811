// Outage mode on `npm start`'s server (issue 12), through the official DirectLineJS client (one
// customer polling, one on the WebSocket stream): the health checks open an outage, each turn
// hears of it, the agents' broadcast reaches both, and when the server is back each customer
// gets the all-clear once. The dialog is the outage test dialog (test/outage/support), not
// the real one: what the customer reads is the core's doing, not the dialog's texts. The
// health timer runs on its own and stops with the server.
import type { Activity } from 'botframework-directlinejs';
import { outageIdFor } from '../../core/outage/outage-record';
import type { ProbeSummary } from '../../dialogs/contract';
import { type LocalServer, startLocalServer } from '../../local/server';
import { outageTestDialog } from '../outage/support/outage-dialog';
import { down, healthy, minute } from '../outage/support/summaries';
import { connectDirectLine, type DirectLineSession } from './support/directline-client';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const textOf = (activity: Activity) => (activity as { text?: string }).text ?? '';
const botSays = (text: string) => (activity: Activity) =>
  activity.from.role === 'bot' && activity.type === 'message' && textOf(activity) === text;

async function customer(server: LocalServer, webSocket: boolean, sessions: DirectLineSession[]) {
  const answer = await fetch(`${server.directLineUrl}/tokens/public`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'it-IT' }),
  });
  expect(answer.status).toBe(200);
  const { token } = (await answer.json()) as { token: string };
  const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()).user as string;
  const session = connectDirectLine({ domain: server.directLineUrl, token, webSocket });
  sessions.push(session);
  const say = (text: string) =>
    session.post({ type: 'message', text, from: { id: user, role: 'user' } } as Partial<Activity>);
  return { session, say };
}

describe('outage mode on the local server', () => {
  const sessions: DirectLineSession[] = [];
  let server: LocalServer | undefined;
  afterEach(async () => {
    for (const session of sessions.splice(0)) session.end();
    await server?.close();
    server = undefined;
  });

  it('opens on health checks, tells the customers, and gives each the all-clear once', async () => {
    let summary: ProbeSummary = down(0);
    server = await startLocalServer({
      port: 0,
      serveWeb: false,
      dialog: outageTestDialog(),
      probe: { probe: async () => summary },
      healthIntervalMs: 0,
    });
    expect(await server.checkHealth()).toBeNull();
    summary = down(1);
    expect(await server.checkHealth()).toBeNull();
    // The same result again (a cached probe) is not a third failure.
    expect(await server.checkHealth()).toBeNull();
    summary = down(2);
    expect(await server.checkHealth()).toBe('started');
    const outageId = outageIdFor(minute(2));
    expect(await server.outage.status()).toEqual({ outage: true, since: minute(2) });

    const anna = await customer(server, false, sessions);
    const bruno = await customer(server, true, sessions);
    await anna.say('ciao');
    await bruno.say('human');
    const known = `known problem since ${minute(2)}`;
    await anna.session.waitFor(botSays(known));
    await bruno.session.waitFor(botSays(known));
    expect(await server.outage.overview()).toMatchObject({ active: true, affected: 2, waitingForHuman: 1 });

    expect(
      await server.outage.broadcast('Ci stiamo lavorando.', { id: 'sub-giulia', name: 'Giulia' }),
    ).toEqual({
      delivered: 2,
    });
    for (const { session } of [anna, bruno]) {
      const message = await session.waitFor(botSays('Ci stiamo lavorando.'));
      expect(message.from).toEqual({ id: 'agent:sub-giulia', name: 'Giulia', role: 'bot' });
    }

    summary = healthy(3);
    expect(await server.checkHealth()).toBeNull();
    summary = healthy(9);
    expect(await server.checkHealth()).toBe('ended');
    const cleared = `cleared ${outageId}`;
    await anna.session.waitFor(botSays(cleared));
    await bruno.session.waitFor(botSays(cleared));
    expect(await server.outage.sendAllClears(outageId)).toEqual({ delivered: 0, retryable: 0 });
    // Time for a doubled all-clear to arrive, had one been sent.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const { session } of [anna, bruno]) {
      expect(session.received.filter(botSays(cleared))).toHaveLength(1);
    }
    expect(await server.outage.overview()).toMatchObject({
      active: false,
      affected: 2,
      allClearsDelivered: 2,
      lastEnded: { id: outageId, since: minute(2), endedAt: minute(9) },
    });
  }, 60_000);

  it('runs the health check on its timer, and stops it with the server', async () => {
    let probes = 0;
    server = await startLocalServer({
      port: 0,
      serveWeb: false,
      dialog: outageTestDialog(),
      probe: { probe: async () => down(probes++) },
      healthIntervalMs: 25,
    });
    const deadline = Date.now() + 10_000;
    while (!(await server.outage.status()).outage && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await server.outage.status()).toEqual({ outage: true, since: minute(2) });
    await server.close();
    server = undefined;
    const after = probes;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(probes).toBe(after);
  }, 60_000);
});
