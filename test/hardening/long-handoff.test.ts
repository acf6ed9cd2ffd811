// A long conversation still reaches a human: 45 messages of ~9.8 KB, then a request for an
// operator. The handoff.initiate event carries a bounded excerpt of the transcript (its turn
// record stays far below DynamoDB's 400 KB item limit, here enforced by dynalite), and the
// agent reads the whole transcript from the stored activities.

import { call } from '../channel/support/http';
import { Agent, api, localHandoff } from '../handoff/support/harness';

const LONG = 45;

describe('handoff of a long conversation', () => {
  const local = localHandoff();

  it('queues it (no 500), with a bounded excerpt, and the agent reads every message', async () => {
    const { server } = local;
    const started = await call(`${server.directLineUrl}/tokens/public`, {
      body: { locale: 'it-IT' },
      headers: { origin: server.url },
    });
    const { token, conversationId } = started.json as { token: string; conversationId: string };
    await call(`${server.directLineUrl}/conversations`, { token, body: {} });
    const activities = `${server.directLineUrl}/conversations/${conversationId}/activities`;
    for (let i = 0; i < LONG; i++) {
      const text = `messaggio ${i} ${'lorem ipsum dolor sit amet'.repeat(400)}`.slice(0, 9_800);
      const posted = await call(activities, {
        token,
        body: { type: 'message', text, channelData: { clientActivityID: `m${i}` } },
      });
      expect(posted.status).toBe(200);
    }
    const handoff = await call(activities, {
      token,
      body: {
        type: 'message',
        text: 'voglio parlare con un operatore',
        channelData: { clientActivityID: 'h' },
      },
    });
    expect(handoff.status).toBe(200);

    const all = await call(activities, { token });
    const initiate = all.json.activities.find((a: { name?: string }) => a.name === 'handoff.initiate');
    expect(initiate).toBeDefined();
    const size = Buffer.byteLength(JSON.stringify(initiate));
    expect(size).toBeLessThan(64 * 1024);
    const transcript = initiate.attachments[0];
    expect(transcript.name).toBe('Transcript');
    // The newest messages are in the excerpt, and it says how much it left out.
    const texts = transcript.content.map((entry: { text?: string }) => entry.text ?? '');
    expect(texts.at(-1)).toBe('voglio parlare con un operatore');
    expect(transcript.content.length).toBeLessThan(LONG);
    expect(initiate.channelData.postino.transcript).toMatchObject({ omitted: expect.any(Number) });
    expect(initiate.channelData.postino.transcript.omitted).toBeGreaterThan(0);

    const agent = await Agent.signIn(server);
    const queue = await agent.call('GET', '/queue');
    expect(JSON.stringify(queue.body)).toContain(conversationId);
    const view = await api<{ activities: Array<{ text?: string; from?: { role?: string } }> }>(
      server,
      'GET',
      `/conversations/${conversationId}`,
      { token: agent.token },
    );
    const customerTexts = view.body.activities
      .filter((a) => a.from?.role === 'user' && a.text?.startsWith('messaggio '))
      .map((a) => a.text);
    expect(customerTexts).toHaveLength(LONG);
    expect(customerTexts.every((text) => text?.length === 9_800)).toBe(true);
  }, 120_000);
});
