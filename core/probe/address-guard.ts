// The probe's SSRF guard. A probe connects where it is told, so: only allow-listed host:port
// pairs; resolve the name once; refuse it if ANY address is not public (address-class.ts:
// every IANA special-purpose range, metadata endpoints, and IPv6 forms embedding a
// non-public IPv4), unless the configuration allows private targets (tests and demos); then
// connect to an address that was checked, never to a second resolution (DNS rebinding).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { PostinoError } from '../errors';
import { classifyAddressDetailed } from './address-class';
import type { AllowedTarget } from './config';

export { type AddressCategory, classifyAddress } from './address-class';

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
export async function resolveGuarded(
  host: string,
  allowPrivate: boolean,
  resolver: HostResolver = lookupAll,
): Promise<ResolvedTarget> {
  const addresses = isIP(host) ? [host] : await resolver(host);
  if (!allowPrivate) {
    for (const address of addresses) {
      const { category, via } = classifyAddressDetailed(address);
      if (category !== 'public') {
        const why = via ? ` (${via})` : '';
        throw new PostinoError(
          'ProbeRefused',
          `probe refused: ${host} resolves to ${address}, a ${category} address${why} (private targets are not allowed)`,
        );
      }
    }
  }
  const [address] = addresses;
  if (!address) throw new DnsLookupError(host, 'ENODATA');
  return { addresses, address };
}

/** Every A/AAAA address of a name; throws DnsLookupError. Replaceable in tests (several addresses). */
export type HostResolver = (host: string) => Promise<string[]>;

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
