// The probe's SSRF guard. A probe connects where it is told, so: only allow-listed host:port
// pairs; resolve the name once; refuse it if ANY address is private, loopback, link-local,
// CGNAT, unique-local or a cloud metadata endpoint (unless the configuration allows private
// targets, for tests and demos); then connect to the address that was checked, never to a
// second resolution (DNS rebinding).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { PostinoError } from '../errors';
import type { AllowedTarget } from './config';

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
  | 'reserved';

// Checked in this order, so the metadata addresses win over their link-local/ULA ranges.
const RANGES: Array<[Exclude<AddressCategory, 'public'>, Array<[string, number, 'ipv4' | 'ipv6']>]> = [
  [
    'metadata',
    [
      ['169.254.169.254', 32, 'ipv4'],
      ['fd00:ec2::254', 128, 'ipv6'],
    ],
  ],
  [
    'loopback',
    [
      ['127.0.0.0', 8, 'ipv4'],
      ['::1', 128, 'ipv6'],
    ],
  ],
  [
    'private',
    [
      ['10.0.0.0', 8, 'ipv4'],
      ['172.16.0.0', 12, 'ipv4'],
      ['192.168.0.0', 16, 'ipv4'],
    ],
  ],
  [
    'link-local',
    [
      ['169.254.0.0', 16, 'ipv4'],
      ['fe80::', 10, 'ipv6'],
    ],
  ],
  ['cgnat', [['100.64.0.0', 10, 'ipv4']]],
  ['unique-local', [['fc00::', 7, 'ipv6']]],
  [
    'unspecified',
    [
      ['0.0.0.0', 8, 'ipv4'],
      ['::', 128, 'ipv6'],
    ],
  ],
  [
    'multicast',
    [
      ['224.0.0.0', 4, 'ipv4'],
      ['ff00::', 8, 'ipv6'],
    ],
  ],
  [
    'reserved',
    [
      ['192.0.0.0', 24, 'ipv4'],
      ['192.0.2.0', 24, 'ipv4'],
      ['198.18.0.0', 15, 'ipv4'],
      ['198.51.100.0', 24, 'ipv4'],
      ['203.0.113.0', 24, 'ipv4'],
      ['240.0.0.0', 4, 'ipv4'],
      ['2001:db8::', 32, 'ipv6'],
    ],
  ],
];

const BLOCK_LISTS = RANGES.map(([category, subnets]) => {
  const list = new BlockList();
  for (const [network, prefix, family] of subnets) list.addSubnet(network, prefix, family);
  return [category, list] as const;
});

/** What kind of address this is; IPv4-mapped and NAT64 IPv6 addresses are judged by their IPv4 part. */
export function classifyAddress(address: string): AddressCategory {
  const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = embedded ?? address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  for (const [category, list] of BLOCK_LISTS) if (list.check(ip, family)) return category;
  return 'public';
}

/** Throws `ProbeRefused` unless every port of the request is allow-listed for that host. */
export function assertAllowListed(allowList: AllowedTarget[], host: string, ports: readonly number[]): void {
  const name = host.trim().toLowerCase();
  const entries = allowList.filter((entry) => entry.host === name);
  if (entries.length === 0) {
    throw new PostinoError('ProbeRefused', `probe refused: host ${JSON.stringify(host)} is not allow-listed`);
  }
  const allowed = new Set(entries.flatMap((entry) => entry.ports));
  const denied = ports.filter((port) => !allowed.has(port));
  if (denied.length > 0) {
    throw new PostinoError(
      'ProbeRefused',
      `probe refused: port ${denied.join(', ')} not allow-listed for ${name}`,
    );
  }
}

export interface ResolvedTarget {
  /** Every address the name resolved to (IPv4 first). */
  addresses: string[];
  /** The checked address the probe connects to. */
  address: string;
}

/** Thrown when the name does not resolve; the probe reports it as `dns_failure`. */
export class DnsLookupError extends PostinoError {
  constructor(
    readonly host: string,
    readonly errorCode: string,
    options?: ErrorOptions,
  ) {
    super('ProbeFailed', `DNS lookup of ${host} failed: ${errorCode}`, options);
  }
}

/** Resolves `host` and checks every address; throws `ProbeRefused` for a forbidden one. */
export async function resolveGuarded(host: string, allowPrivate: boolean): Promise<ResolvedTarget> {
  const addresses = isIP(host) ? [host] : await lookupAll(host);
  if (!allowPrivate) {
    for (const address of addresses) {
      const category = classifyAddress(address);
      if (category !== 'public') {
        throw new PostinoError(
          'ProbeRefused',
          `probe refused: ${host} resolves to ${address}, a ${category} address (private targets are not allowed)`,
        );
      }
    }
  }
  const [address] = addresses;
  if (!address) throw new DnsLookupError(host, 'ENODATA');
  return { addresses, address };
}

async function lookupAll(host: string): Promise<string[]> {
  try {
    const found = await lookup(host, { all: true });
    // IPv4 first: Lambda outside a dual-stack VPC has no IPv6 egress.
    return [...found].sort((a, b) => a.family - b.family).map((entry) => entry.address);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ENOTFOUND';
    throw new DnsLookupError(host, code, { cause: error });
  }
}
