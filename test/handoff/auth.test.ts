// Sign-in and authorisation of the agent API through the local authorizer (API Gateway's JWT
// authorizer on AWS): no token, a customer's Direct Line token, a forged or expired agent
// token are all refused before the function runs; wrong passwords get no token; an agent
// cannot write into a conversation another agent holds.
import { Agent, api, botSays, localHandoff } from './support/harness';

describe('agent API authorisation', () => {
  const local = localHandoff();

  it('signs a demo agent in and tells who they are', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const me = await api<{ agent: { name: string; agentId: string } }>(local.server, 'GET', '/me', {
      token: giulia.token,
    });
    expect(me.status).toBe(200);
    expect(me.body.agent).toMatchObject({ name: 'Giulia (Halnet)', agentId: 'local-agente' });
    const payload = JSON.parse(Buffer.from(giulia.token.split('.')[1] as string, 'base64url').toString());
    expect(payload).toMatchObject({ aud: 'postino-agent', sub: 'local-agente', token_use: 'id' });
    expect(payload.exp - payload.iat).toBeLessThanOrEqual(3600);
  });

  it.each([
    ['a wrong password', { username: 'agente', password: 'not-the-password' }, 401],
    ['an unknown user', { username: 'nobody', password: 'x' }, 401],
    ['a missing password', { username: 'agente' }, 400],
  ])('refuses %s at sign-in', async (_what, body, status) => {
    const answer = await api<{ token?: string }>(local.server, 'POST', '/local-signin', { body });
    expect(answer.status).toBe(status);
    expect(answer.body.token).toBeUndefined();
  });

  it('refuses requests without a token, with a customer token, a forged or an expired one', async () => {
    const me = await local.customer();
    const demo = local.server.agents[0];
    if (!demo) throw new Error('no demo agent');
    const expired = (await local.server.agentAuth.issue(demo, -30)).token;
    const [header, payload] = (await Agent.signIn(local.server, 0)).token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload as string, 'base64url').toString()),
        sub: 'local-agente2',
      }),
    ).toString('base64url');
    const forged = `${header}.${forgedPayload}.${'A'.repeat(86)}`;
    for (const token of [undefined, me.token, expired, forged, 'not.a.jwt']) {
      for (const [method, path] of [
        ['GET', '/queue'],
        ['GET', `/conversations/${me.conversationId}`],
        ['POST', `/conversations/${me.conversationId}/claim`],
      ] as const) {
        const answer = await api<{ error?: { code: string; message: string } }>(
          local.server,
          method,
          path,
          token ? { token } : {},
        );
        expect([answer.status, answer.body.error]).toEqual([
          401,
          { code: 'MissingAuthorization', message: expect.stringContaining('Unauthorized') },
        ]);
      }
    }
  });

  it('does not let an agent write into, hand back, close or transfer a conversation another agent holds', async () => {
    const [giulia, marco] = await Promise.all([Agent.signIn(local.server, 0), Agent.signIn(local.server, 1)]);
    const me = await local.customer();
    await me.say('operatore');
    await me.sees(botSays('Ti metto in coda'));
    // Before anyone claims it, nobody may write.
    const early = await marco.call('POST', `/conversations/${me.conversationId}/messages`, { text: 'ciao' });
    expect([early.status, early.body.error.message]).toEqual([409, expect.stringContaining('claim')]);
    expect((await giulia.call('POST', `/conversations/${me.conversationId}/claim`)).status).toBe(200);
    const held = { agentId: giulia.agentId, name: 'Giulia (Halnet)' };
    for (const [path, body] of [
      ['messages', { text: 'sono Marco' }],
      ['release', undefined],
      ['close', undefined],
      ['transfer', { toAgentId: giulia.agentId }],
      ['claim', undefined],
    ] as const) {
      const answer = await marco.call('POST', `/conversations/${me.conversationId}/${path}`, body);
      expect([path, answer.status, answer.body.error.heldBy]).toEqual([path, 409, held]);
    }
    const transcript = await giulia.call('GET', `/conversations/${me.conversationId}`);
    expect(transcript.body.activities.some((a: { text?: string }) => a.text === 'sono Marco')).toBe(false);
    expect(transcript.body.bundle.heldBy).toEqual(held);
  });
});
