// Passwords are never stored, whatever form they come in: past the first 2,000 characters of a
// long message, in the `value` of a message without text, in `from.name`, in channelData.
// Checked on what the conversation serves, on what the agent reads, and on every item of the
// table (a Scan through the store's own API).
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type LocalServer, startLocalServer } from '../../local/server';
import { call } from '../channel/support/http';
import { Agent } from '../handoff/support/harness';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SECRETS = ['Pippo123!xyz', 'Gatto77?tail', 'Hunter2#name', 'Segreta!chan'];

describe('password forms', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0, serveWeb: false });
  });
  afterAll(() => server?.close());

  it('stores none of the forms, and the customer activity is still there, redacted', async () => {
    const minted = await call(`${server.directLineUrl}/tokens/generate`, {
      token: server.directLineSecret,
      body: {},
    });
    const { token, conversationId } = minted.json;
    await call(`${server.directLineUrl}/conversations`, { token, body: {} });
    const url = `${server.directLineUrl}/conversations/${conversationId}/activities`;
    const posts = [
      // Past the first 2,000 characters.
      {
        type: 'message',
        text: `${'Outlook mi dà un errore quando invio. '.repeat(70)} la mia password è ${SECRETS[0]}`,
      },
      // A message with no text: its value.
      { type: 'message', value: `password: ${SECRETS[1]}` },
      { type: 'message', value: { note: `la mia password è ${SECRETS[1]}` } },
      // In from.name.
      { type: 'message', text: 'ciao', from: { name: `password: ${SECRETS[2]}` } },
      // In channelData (kept for Web Chat's echo).
      {
        type: 'message',
        text: 'Thunderbird',
        channelData: { clientActivityID: 'cd', note: `pwd: ${SECRETS[3]}` },
      },
    ];
    for (const [index, body] of posts.entries()) {
      const answer = await call(url, {
        token,
        body: { ...body, channelData: { clientActivityID: `p${index}`, ...(body.channelData ?? {}) } },
      });
      expect(answer.status).toBe(200);
    }
    const served = JSON.stringify((await call(url, { token })).json);
    const agent = await Agent.signIn(server);
    const forAgent = JSON.stringify((await agent.call('GET', `/conversations/${conversationId}`)).body);
    const items = JSON.stringify(
      await server.tableClient.send(new ScanCommand({ TableName: server.tableName })),
    );
    for (const secret of SECRETS) {
      expect(served).not.toContain(secret);
      expect(forAgent).not.toContain(secret);
      expect(items).not.toContain(secret);
    }
    // Each customer activity was kept, its text replaced by the marker.
    const activities = (await call(url, { token })).json.activities as Array<{
      text?: string;
      from: { role: string };
    }>;
    const marked = activities.filter(
      (a) => a.from.role === 'user' && a.text?.includes('sembrava una password'),
    );
    expect(marked).toHaveLength(5);
  }, 60_000);
});
