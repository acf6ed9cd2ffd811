// The host's other addresses (every A and AAAA but the one the full dialogue used): a client
// may be given any of them, so each is reached on every port, as far as the 220 banner
// (through the TLS handshake on implicit-TLS ports). All in parallel with the main probe,
// under the same deadline. Every address was checked by the SSRF guard before this runs.
import type { ProbePort } from './config';
import { handshake, openTcp, type ProbeObserver, SocketSet, type TrustAnchors } from './connection';
import { classifyFailure } from './failure';
import type { OtherAddressReport, ProbeStage } from './report';
import { SmtpChannel } from './smtp-channel';
import type { StepLimits } from './step';
import { Transcript } from './transcript';

const MAX_OTHER_ADDRESSES = 8;

export interface OtherAddressesInput {
  host: string;
  addresses: string[];
  ports: ProbePort[];
  ehloName: string;
  limits: StepLimits;
  trust: TrustAnchors;
  observer?: ProbeObserver;
}

export function probeOtherAddresses(input: OtherAddressesInput): Promise<OtherAddressReport[]> {
  return Promise.all(
    input.addresses.slice(0, MAX_OTHER_ADDRESSES).map(async (address) => ({
      address,
      ports: await Promise.all(input.ports.map((port) => reach(input, address, port))),
    })),
  );
}

async function reach(
  input: OtherAddressesInput,
  address: string,
  port: ProbePort,
): Promise<OtherAddressReport['ports'][number]> {
  const started = performance.now();
  const sockets = new SocketSet(input.observer);
  let stage: ProbeStage = 'connect';
  try {
    let socket = await openTcp(address, port.connectPort ?? port.port, input.limits, sockets, input.observer);
    if (port.mode === 'implicit-tls') {
      stage = 'tls';
      socket = await handshake(input.host, socket, input.limits, sockets, { trust: input.trust });
    }
    stage = 'banner';
    const channel = new SmtpChannel(socket, input.limits, new Transcript());
    const banner = await channel.readReply('the 220 banner');
    const bannerMs = Math.round((performance.now() - started) * 100) / 100;
    if (banner.code !== 220) {
      return {
        port: port.port,
        outcome: 'greeting_rejected',
        error: `${banner.code} ${banner.lines.join(' / ')}`.slice(0, 200),
        bannerMs,
      };
    }
    return { port: port.port, outcome: 'ok', bannerMs };
  } catch (error) {
    return { port: port.port, ...classifyFailure(stage, error), bannerMs: null };
  } finally {
    sockets.destroyAll();
  }
}
