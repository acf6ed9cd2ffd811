// The local demo sign-in stops password guessing: after a few wrong passwords further
// attempts get 429 with Retry-After and a clear message, even with the right password, until
// the lock passes; the lock grows while the guessing goes on.
import { LocalAgentAuth } from '../../local/agent-auth';
import { call } from '../channel/support/http';
import { localHandoff } from '../handoff/support/harness';

const PASSWORD = 'right-password-123';

describe('local sign-in throttle', () => {
  const local = localHandoff({ agentPassword: PASSWORD });

  it('refuses sign-ins after 5 failures, the right password too, with Retry-After', async () => {
    const url = `${local.server.agentApiUrl}/local-signin`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await call(url, { body: { username: 'agente', password: `guess-${i}` } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await call(url, { body: { username: 'agente', password: PASSWORD } });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(locked.json.error).toMatchObject({
      code: 'RateLimited',
      message: expect.stringMatching(/try again in \d+ seconds/),
    });
    // More guesses change nothing: none of them is even checked.
    const more = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(url, { body: { username: 'agente', password: `more-${i}` } }),
      ),
    );
    expect(new Set(more.map((answer) => answer.status))).toEqual(new Set([429]));
  });

  it('lets the right password in once the lock has passed, and locks longer while guessing goes on', async () => {
    let now = Date.parse('2026-05-01T10:00:00Z');
    const auth = await LocalAgentAuth.create(PASSWORD, () => now);
    const attempt = (password: string) =>
      auth.signIn(JSON.stringify({ username: 'agente', password }), '10.0.0.1');
    for (let i = 0; i < 5; i++) expect((await attempt('wrong')).status).toBe(401);
    const first = await attempt(PASSWORD);
    expect(first.status).toBe(429);
    expect(first.headers?.['retry-after']).toBe('30');
    now += 31_000;
    expect((await attempt('wrong')).status).toBe(401);
    const second = await attempt(PASSWORD);
    expect(second.headers?.['retry-after']).toBe('60');
    now += 61_000;
    expect((await attempt(PASSWORD)).status).toBe(200);
    // A success starts the count afresh.
    for (let i = 0; i < 4; i++) expect((await attempt('wrong')).status).toBe(401);
    expect((await attempt(PASSWORD)).status).toBe(200);
  });
});
