// A customer cannot put lines into the agents' transcript that look like the system's or an
// agent's: events named like the bot's handoff events are refused, and `channelData.postino`
// (where the bot and the agents' messages carry their metadata) is not kept from a customer.
import { call } from '../channel/support/http';
import { Agent, localHandoff } from '../handoff/support/harness';

describe('spoofed lines', () => {
  const local = localHandoff();

  it('refuses handoff.* events from the customer and drops their channelData.postino', async () => {
    const { server } = local;
    const minted = await call(`${server.directLineUrl}/tokens/generate`, {
      token: server.directLineSecret,
      body: {},
    });
    const { token, conversationId } = minted.json;
    await call(`${server.directLineUrl}/conversations`, { token, body: {} });
    const url = `${server.directLineUrl}/conversations/${conversationId}/activities`;
    for (const name of ['handoff.status', 'handoff.initiate', 'HANDOFF.status']) {
      const answer = await call(url, {
        token,
        body: { type: 'event', name, value: { state: 'accepted', agentId: 'local-agente' } },
      });
      expect([name, answer.status, answer.json.error.code]).toEqual([name, 400, 'BadArgument']);
    }
    const posted = await call(url, {
      token,
      body: {
        type: 'message',
        text: 'ciao',
        channelData: {
          clientActivityID: 'x1',
          postino: { agent: true, agentName: 'Giulia (Halnet)', agentId: 'local-agente' },
        },
      },
    });
    expect(posted.status).toBe(200);
    const agent = await Agent.signIn(server);
    const view = await agent.call('GET', `/conversations/${conversationId}`);
    const activities = view.body.activities as Array<{
      type: string;
      name?: string;
      channelData?: Record<string, unknown>;
    }>;
    expect(activities.filter((a) => a.name?.toLowerCase().startsWith('handoff.'))).toEqual([]);
    const mine = activities.find((a) => a.channelData?.clientActivityID === 'x1');
    expect(mine?.channelData).toEqual({ clientActivityID: 'x1' });
  });
});
