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
    // The two that slipped through the dotted-form check (issue 11).
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    // IPv4 inside IPv6, every form and spelling.
    ['::7f00:1', 'loopback'],
    ['0:0:0:0:0:0:7f00:1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:0:7f00:1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['64:ff9b:1::7f00:1', 'loopback'],
    ['64:ff9b:1::808:808', 'special-purpose'],
    ['2002:7f00:1::1', 'loopback'],
    ['2002:a00:1::', 'private'],
    ['2002:808:808::1', 'special-purpose'],
    ['2001:0:7f00:1::1', 'loopback'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'],
    ['::10.1.2.3', 'private'],
    ['::ffff:100.64.0.1', 'cgnat'],
    // Public ones stay public: NAT64 and mapped forms of a public IPv4.
    ['64:ff9b::808:808', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    // The rest of the IANA special-purpose registries.
    ['255.255.255.255', 'broadcast'],
    ['192.0.0.9', 'reserved'],
    ['192.88.99.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['192.31.196.1', 'special-purpose'],
    ['192.52.193.1', 'special-purpose'],
    ['192.175.48.1', 'special-purpose'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['100::1', 'special-purpose'],
    ['2001:2::1', 'special-purpose'],
    ['2001:20::1', 'special-purpose'],
    ['2620:4f:8000::1', 'special-purpose'],
    ['5f00::1', 'special-purpose'],
    ['fec0::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['fd00:ec2::23', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['not-an-address', 'invalid'],
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

  it.each([
    ['::127.0.0.1', /::127\.0\.0\.1, a loopback address \(127\.0\.0\.1 inside an IPv4-compatible address\)/],
    ['64:ff9b::7f00:1', /a loopback address \(127\.0\.0\.1 inside a NAT64 address\)/],
    ['2002:a9fe:a9fe::', /a metadata address \(169\.254\.169\.254 inside a 6to4 address\)/],
  ])('refuses the literal %s and says which IPv4 it hides', async (literal, message) => {
    await expect(resolveGuarded(literal, false)).rejects.toThrow(message);
  });

  it('checks every address a name resolves to, not only the first', async () => {
    const resolver = async () => ['93.184.216.34', '2a00:1450:4002:80a::200e', '::127.0.0.1'];
    await expect(resolveGuarded('mixed.example', false, resolver)).rejects.toMatchObject({
      code: 'ProbeRefused',
      message: expect.stringMatching(/mixed\.example resolves to ::127\.0\.0\.1, a loopback address/),
    });
    const fine = async () => ['93.184.216.34', '2a00:1450:4002:80a::200e'];
    await expect(resolveGuarded('fine.example', false, fine)).resolves.toEqual({
      addresses: ['93.184.216.34', '2a00:1450:4002:80a::200e'],
      address: '93.184.216.34',
    });
  });

  it('reports a name that does not exist as a DNS failure', async () => {
    await expect(resolveGuarded('no-such-host.invalid', false)).rejects.toMatchObject({
      errorCode: 'ENOTFOUND',
    });
  });
});
