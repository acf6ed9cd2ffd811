// The verdict on a test message from its headers alone: who handed it to the receiving side
// (the hop SES or the local inbox adds, which the sender cannot forge), then the submission
// hop, i.e. the oldest hop taken by Halnet's server, whose `with` keyword (RFC 3848) and TLS
// note say whether the customer's program authenticated and encrypted; any hop older than that
// is another server the program sent through. Time taken: from the message's Date to arrival.
import { VERIFY_FINDINGS, type VerifyFinding, type VerifyResult } from '../../dialogs/contract';
import type { VerifyConfig } from './config';
import { parseReceived, protocolAuthenticated, protocolEncrypted, type ReceivedHop } from './received';

export interface HeaderFacts {
  /** The `Received:` headers, newest (top) first. */
  received: string[];
  /** The message's `Date:`. */
  date: Date | null;
}

const MAX_HOPS = 30;
/** A Date further from arrival than this is the sender's clock, not the delivery time. */
const PLAUSIBLE_DELAY_MS = 24 * 3_600_000;

export function analyseHeaders(facts: HeaderFacts, arrivedAt: Date, config: VerifyConfig): VerifyResult {
  const hops = facts.received.slice(0, MAX_HOPS).map(parseReceived);
  const inbound = new RegExp(config.inboundHostPattern, 'i');
  const isHalnet = (host: string | null) => host !== null && config.submissionHosts.includes(host);
  const findings = new Set<VerifyFinding>();
  const otherServers: string[] = [];

  const top = hops[0];
  const handedOver = top && top.by !== null && inbound.test(top.by) ? hops.shift() : undefined;
  const relay = handedOver ? relayIdentity(handedOver) : null;
  let submission: ReceivedHop | undefined;
  let older: ReceivedHop[] = [];
  if (handedOver && !isHalnet(relay)) {
    findings.add('wrong-server');
    if (relay) otherServers.push(relay);
  } else {
    const index = hops.findLastIndex((hop) => isHalnet(hop.by));
    if (index === -1) {
      findings.add('wrong-server');
      for (const hop of hops) if (hop.by) otherServers.push(hop.by);
    } else {
      submission = hops[index];
      older = hops.slice(index + 1);
    }
  }
  if (older.length > 0) {
    findings.add('another-server');
    for (const hop of older) {
      const host = hop.by ?? hop.fromHelo;
      if (host && !isHalnet(host)) otherServers.push(host);
    }
  }
  const authenticated = submission
    ? protocolAuthenticated(submission.protocol) || submission.authenticatedNote
    : false;
  const encrypted = submission
    ? protocolEncrypted(submission.protocol) || submission.tlsVersion !== null
    : false;
  if (submission && !authenticated) findings.add('not-authenticated');
  if (submission && !encrypted) findings.add('not-encrypted');

  return {
    findings: VERIFY_FINDINGS.filter((finding) => findings.has(finding)),
    throughHost: submission?.by ?? null,
    protocol: submission?.protocol ?? null,
    authenticated,
    encrypted,
    tlsVersion: submission?.tlsVersion ?? null,
    elapsedSeconds: elapsed(facts.date, arrivedAt),
    otherServers: [...new Set(otherServers)].slice(0, 5).map((host) => host.slice(0, 255)),
  };
}

/** Who connected to the receiving side: the host it saw, or the name it said (EHLO) when it saw only an address. */
function relayIdentity(hop: ReceivedHop): string | null {
  const seen = hop.fromSeen;
  if (seen && /[a-z]/i.test(seen) && !seen.includes(':')) return seen;
  return hop.fromHelo;
}

function elapsed(date: Date | null, arrivedAt: Date): number | null {
  if (date === null) return null;
  const ms = arrivedAt.getTime() - date.getTime();
  if (ms < -300_000 || ms > PLAUSIBLE_DELAY_MS) return null;
  return Math.max(0, ms) / 1000;
}

/** The verdict for a message that could not be read, or was too large to read. */
export function unreadable(finding: 'too-large' | 'malformed'): VerifyResult {
  return {
    findings: [finding],
    throughHost: null,
    protocol: null,
    authenticated: false,
    encrypted: false,
    tlsVersion: null,
    elapsedSeconds: null,
    otherServers: [],
  };
}
