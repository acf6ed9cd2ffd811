// What kind of address the probe is about to connect to, for the SSRF guard. The ranges are
// the IANA IPv4 and IPv6 special-purpose registries (plus multicast and the cloud metadata
// endpoints), matched with ipaddr.js. IPv6 forms that carry an IPv4 address (IPv4-mapped,
// IPv4-compatible, IPv4-translated, NAT64, 6to4, Teredo) are judged by the IPv4 inside too:
// `::127.0.0.1` and `64:ff9b::7f00:1` both reach 127.0.0.1 on a host or network that
// translates them, so they are as forbidden as 127.0.0.1 itself.
import ipaddr from 'ipaddr.js';

export type AddressCategory =
  | 'public'
  | 'metadata'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unique-local'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'reserved'
  | 'special-purpose'
  | 'invalid';

type Family = 'ipv4' | 'ipv6';
type Range = readonly [string, number];

// Checked in this order: the metadata addresses win over the link-local/ULA ranges they sit in.
const RANGES: ReadonlyArray<readonly [Exclude<AddressCategory, 'public' | 'invalid'>, Family, Range[]]> = [
  [
    'metadata',
    'ipv4',
    [
      ['169.254.169.254', 32],
      ['169.254.170.2', 32],
      ['100.100.100.200', 32],
    ],
  ],
  [
    'metadata',
    'ipv6',
    [
      ['fd00:ec2::254', 128],
      ['fd00:ec2::23', 128],
    ],
  ],
  ['loopback', 'ipv4', [['127.0.0.0', 8]]],
  ['loopback', 'ipv6', [['::1', 128]]],
  ['unspecified', 'ipv4', [['0.0.0.0', 8]]],
  ['unspecified', 'ipv6', [['::', 128]]],
  [
    'private',
    'ipv4',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
    ],
  ],
  ['link-local', 'ipv4', [['169.254.0.0', 16]]],
  [
    'link-local',
    'ipv6',
    [
      ['fe80::', 10],
      ['fec0::', 10],
    ],
  ],
  ['cgnat', 'ipv4', [['100.64.0.0', 10]]],
  ['unique-local', 'ipv6', [['fc00::', 7]]],
  ['multicast', 'ipv4', [['224.0.0.0', 4]]],
  ['multicast', 'ipv6', [['ff00::', 8]]],
  ['broadcast', 'ipv4', [['255.255.255.255', 32]]],
  [
    'documentation',
    'ipv4',
    [
      ['192.0.2.0', 24],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
    ],
  ],
  [
    'documentation',
    'ipv6',
    [
      ['2001:db8::', 32],
      ['3fff::', 20],
    ],
  ],
  [
    'reserved',
    'ipv4',
    // IETF protocol assignments, 6to4 relay anycast, benchmarking, "future use".
    [
      ['192.0.0.0', 24],
      ['192.88.99.0', 24],
      ['198.18.0.0', 15],
      ['240.0.0.0', 4],
    ],
  ],
  [
    'special-purpose',
    'ipv4',
    // AS112 and AMT: globally routed, but service anycast, never Halnet's mail server.
    [
      ['192.31.196.0', 24],
      ['192.52.193.0', 24],
      ['192.175.48.0', 24],
    ],
  ],
  [
    'special-purpose',
    'ipv6',
    [
      ['::', 96], // IPv4-compatible (deprecated)
      ['::ffff:0:0:0', 96], // IPv4-translated (RFC 6145)
      ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215)
      ['100::', 64], // discard-only
      ['100:0:0:1::', 64], // dummy prefix (RFC 9780)
      ['2001::', 23], // IETF protocol assignments, Teredo (2001::/32) among them
      ['2002::', 16], // 6to4
      ['2620:4f:8000::', 48], // AS112
      ['5f00::', 16], // segment routing SIDs
    ],
  ],
];

const COMPILED = RANGES.map(
  ([category, family, ranges]) =>
    [category, family, ranges.map(([network, bits]) => [ipaddr.parse(network), bits] as const)] as const,
);

/** IPv4 addresses an IPv6 address carries, with the form that carries them. */
export function embeddedIpv4(address: ipaddr.IPv6): Array<{ form: string; ipv4: string }> {
  const p = address.parts;
  const v4 = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const last = v4(p[6] ?? 0, p[7] ?? 0);
  const found: Array<{ form: string; ipv4: string }> = [];
  const zeros = (from: number, to: number): boolean => p.slice(from, to).every((part) => part === 0);
  if (zeros(0, 5) && p[5] === 0xffff) found.push({ form: 'IPv4-mapped', ipv4: last });
  // `::` and `::1` are the unspecified and loopback addresses, not IPv4-compatible ones.
  else if (zeros(0, 6) && ((p[6] ?? 0) !== 0 || (p[7] ?? 0) > 1))
    found.push({ form: 'IPv4-compatible', ipv4: last });
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) found.push({ form: 'IPv4-translated', ipv4: last });
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) found.push({ form: 'NAT64', ipv4: last });
  // Local-use NAT64 may embed the address at any RFC 6052 prefix length; the /96 form is common.
  if (p[0] === 0x64 && p[1] === 0xff9b && p[2] === 1) found.push({ form: 'NAT64 (local-use)', ipv4: last });
  if (p[0] === 0x2002) found.push({ form: '6to4', ipv4: v4(p[1] ?? 0, p[2] ?? 0) });
  if (p[0] === 0x2001 && p[1] === 0) {
    found.push({ form: 'Teredo server', ipv4: v4(p[2] ?? 0, p[3] ?? 0) });
    // The client address is stored inverted (RFC 4380 §4).
    found.push({ form: 'Teredo client', ipv4: v4((p[6] ?? 0) ^ 0xffff, (p[7] ?? 0) ^ 0xffff) });
  }
  return found;
}

function rangeOf(address: ipaddr.IPv4 | ipaddr.IPv6): Exclude<AddressCategory, 'invalid'> {
  const family: Family = address.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
  for (const [category, rangeFamily, ranges] of COMPILED) {
    if (rangeFamily !== family) continue;
    for (const [network, bits] of ranges) {
      if (network.kind() === address.kind() && address.match(network, bits)) return category;
    }
  }
  return 'public';
}

export interface AddressClass {
  category: AddressCategory;
  /** Why, when an embedded IPv4 decided it: e.g. "127.0.0.1 inside an IPv4-compatible address". */
  via?: string;
}

/**
 * Classifies an address literal as the resolver returns it (dotted IPv4 or IPv6, no zone).
 * The worst of the address itself and every IPv4 it embeds wins; a range-less reading
 * ("IPv4-compatible", "6to4") is still refused as special-purpose.
 */
export function classifyAddressDetailed(literal: string): AddressClass {
  // A zone ("%eth0") only exists on link-local use.
  if (literal.includes('%')) return { category: 'link-local' };
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // Strict forms only: ipaddr.parse also takes "127.1" and hex octets, which no resolver
    // returns; IPv6 goes through the URL parser first because ipaddr.js reads `::1.2.3.4`
    // as IPv4-mapped where the OS reads it as IPv4-compatible.
    address = ipaddr.IPv4.isValidFourPartDecimal(literal)
      ? ipaddr.IPv4.parse(literal)
      : ipaddr.IPv6.parse(new URL(`http://[${literal}]/`).hostname.slice(1, -1));
  } catch {
    return { category: 'invalid' };
  }
  const own = rangeOf(address);
  if (address.kind() === 'ipv6') {
    for (const { form, ipv4 } of embeddedIpv4(address as ipaddr.IPv6)) {
      const inner = rangeOf(ipaddr.IPv4.parse(ipv4));
      if (inner !== 'public')
        return {
          category: inner,
          via: `${ipv4} inside ${/^[aeiouAEIOU]/.test(form) ? 'an' : 'a'} ${form} address`,
        };
    }
  }
  return { category: own };
}

/** What kind of address this is (see classifyAddressDetailed). */
export function classifyAddress(literal: string): AddressCategory {
  return classifyAddressDetailed(literal).category;
}
