import { TokenService } from '../../core/channel/token-service';

const key = new TextEncoder().encode('0123456789abcdef0123456789abcdef');

describe('TokenService', () => {
  it('round-trips the conversation, user and locale claims', async () => {
    const tokens = new TokenService({ key, clock: { now: () => 1_800_000_000_000 } });
    const { token, expiresIn } = await tokens.issue({ conversationId: 'c1', userId: 'dl_abc', locale: 'en' });
    expect(expiresIn).toBe(1800);
    expect(await tokens.verify(token)).toEqual({ conversationId: 'c1', userId: 'dl_abc', locale: 'en' });
  });

  it('rejects a token after 30 minutes with TokenExpired, even once verified before', async () => {
    let now = 1_800_000_000_000;
    const tokens = new TokenService({ key, clock: { now: () => now } });
    const { token } = await tokens.issue({ conversationId: 'c1', userId: 'dl_abc' });
    await tokens.verify(token);
    now += 1800 * 1000;
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'TokenExpired' });
    await expect(new TokenService({ key, clock: { now: () => now } }).verify(token)).rejects.toMatchObject({
      code: 'TokenExpired',
    });
  });

  it('rejects another key, another algorithm and malformed claims as MissingAuthorization', async () => {
    const clock = { now: () => 1_800_000_000_000 };
    const other = new TokenService({ key: new TextEncoder().encode('x'.repeat(32)), clock });
    const { token } = await other.issue({ conversationId: 'c1', userId: 'dl_abc' });
    const tokens = new TokenService({ key, clock });
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'MissingAuthorization' });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"conv":"c1","user":"dl_a"}').toString('base64url')}.`;
    await expect(tokens.verify(unsigned)).rejects.toMatchObject({ code: 'MissingAuthorization' });
  });

  it('refuses keys shorter than 32 bytes', () => {
    expect(() => new TokenService({ key: new Uint8Array(16), clock: Date })).toThrow('32 bytes');
  });
});
