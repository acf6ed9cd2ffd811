import { PostinoError } from '../../core/errors';
import { assertAllowListed, classifyAddress, resolveGuarded } from '../../core/probe/address-guard';

describe('classifyAddress', () => {
  it.each([
    ['93.184.216.34', 'public'],
    ['2a00:1450:4002:80a::200e', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['fd12:3456::1', 'unique-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['64:ff9b::10.0.0.1', 'private'],
  ])('%s is %s', (address, category) => {
    expect(classifyAddress(address)).toBe(category);
  });
});

describe('assertAllowListed', () => {
  const allowList = [{ host: 'smtp.hln.it', ports: [587, 465, 25] }];

  it('accepts an allow-listed host on allow-listed ports, whatever the case', () => {
    expect(() => assertAllowListed(allowList, 'SMTP.hln.it', [587, 25])).not.toThrow();
  });

  it('refuses another host with ProbeRefused', () => {
    expect(() => assertAllowListed(allowList, 'evil.example', [587])).toThrow(
      expect.objectContaining({ code: 'ProbeRefused', message: expect.stringContaining('evil.example') }),
    );
  });

  it('refuses a port not allow-listed and names it', () => {
    expect(() => assertAllowListed(allowList, 'smtp.hln.it', [587, 22])).toThrow(/port 22 not allow-listed/);
  });
});

describe('resolveGuarded', () => {
  it('refuses a name that resolves to loopback unless private targets are allowed', async () => {
    const refused = await resolveGuarded('localhost', false).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PostinoError);
    expect((refused as PostinoError).code).toBe('ProbeRefused');
    expect((refused as PostinoError).message).toMatch(
      /localhost resolves to 127\.0\.0\.1, a loopback address/,
    );
    await expect(resolveGuarded('localhost', true)).resolves.toEqual({
      addresses: expect.arrayContaining(['127.0.0.1']),
      address: '127.0.0.1',
    });
  });

  it('refuses the metadata address given as a literal', async () => {
    await expect(resolveGuarded('169.254.169.254', false)).rejects.toThrow(/metadata address/);
  });

  it('reports a name that does not exist as a DNS failure', async () => {
    await expect(resolveGuarded('no-such-host.invalid', false)).rejects.toMatchObject({
      errorCode: 'ENOTFOUND',
    });
  });
});
