// Reading the Received chain of real servers' formats (Postfix, Exim, SES's inbound hop) and
// the single-use, 30-minute life of test codes, with a fixed clock and the in-memory store.
import { MemoryVerifyCodeStore } from '../../adapters/memory/verify-code-store';
import {
  analyseHeaders,
  codeFrom,
  codeOf,
  parseReceived,
  parseVerifyConfig,
  VerifyService,
} from '../../core/verify';
import type { DialogEvent } from '../../dialogs/contract';

const config = parseVerifyConfig({ domain: 'verifica.hln.it' });
const ARRIVED = new Date('2026-12-02T07:00:05Z');
const SES_HOP =
  'from smtp.hln.it (smtp.hln.it [203.0.113.25]) by inbound-smtp.eu-west-1.amazonaws.com with SMTP id 0r1s2t for verifica+abcdefgh@verifica.hln.it; Wed, 02 Dec 2026 07:00:05 +0000 (UTC)';
const POSTFIX_HOP =
  'from [192.168.1.20] (host-82-50.isp.example [82.50.1.2]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519) (No client certificate requested) (Authenticated sender: mrossi) by smtp.hln.it (Postfix) with ESMTPSA id 4XyZ for <verifica+abcdefgh@verifica.hln.it>; Wed, 2 Dec 2026 08:00:02 +0100 (CET)';

describe('Received headers', () => {
  it('reads a Postfix submission hop', () => {
    expect(parseReceived(POSTFIX_HOP)).toEqual({
      fromHelo: '[192.168.1.20]',
      fromSeen: 'host-82-50.isp.example',
      by: 'smtp.hln.it',
      protocol: 'ESMTPSA',
      tlsVersion: 'TLSv1.3',
      authenticatedNote: true,
      date: new Date('2026-12-02T07:00:02Z'),
    });
  });

  it('reads an Exim hop with its TLS note', () => {
    const hop = parseReceived(
      'from host.isp.example ([82.50.1.2] helo=pc) by smtp.hln.it with esmtpsa (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (Exim 4.96) id 1t-00; Wed, 02 Dec 2026 07:00:00 +0000',
    );
    expect(hop).toMatchObject({ by: 'smtp.hln.it', protocol: 'ESMTPSA', tlsVersion: 'TLSv1.2' });
  });
});

describe('the verdict from the chain', () => {
  it('passes a message SES received from smtp.hln.it, submitted with ESMTPSA over TLS 1.3', () => {
    const result = analyseHeaders(
      { received: [SES_HOP, POSTFIX_HOP], date: new Date('2026-12-02T07:00:01Z') },
      ARRIVED,
      config,
    );
    expect(result).toEqual({
      findings: [],
      throughHost: 'smtp.hln.it',
      protocol: 'ESMTPSA',
      authenticated: true,
      encrypted: true,
      tlsVersion: 'TLSv1.3',
      elapsedSeconds: 4,
      otherServers: [],
    });
  });

  it('does not believe a forged smtp.hln.it hop when another host handed the message to SES', () => {
    const forgedSes = SES_HOP.replace(
      'from smtp.hln.it (smtp.hln.it [203.0.113.25])',
      'from mx.spam.example (mx.spam.example [198.51.100.9])',
    );
    const result = analyseHeaders({ received: [forgedSes, POSTFIX_HOP], date: null }, ARRIVED, config);
    expect(result.findings).toEqual(['wrong-server']);
    expect(result.otherServers).toEqual(['mx.spam.example']);
    expect(result.elapsedSeconds).toBeNull();
  });

  it('ignores a Date from a wrong clock', () => {
    const result = analyseHeaders(
      { received: [SES_HOP, POSTFIX_HOP], date: new Date('2020-01-01T00:00:00Z') },
      ARRIVED,
      config,
    );
    expect(result.elapsedSeconds).toBeNull();
  });
});

describe('test codes', () => {
  it('are 8 base32 characters and only the verify domain’s addresses carry them', () => {
    const code = codeFrom(new Uint8Array([1, 2, 3, 4, 5]));
    expect(code).toMatch(/^[a-z2-7]{8}$/);
    expect(codeOf(`<Verifica+${code.toUpperCase()}@Verifica.Hln.It>`, config)).toBe(code);
    expect(codeOf(`verifica+${code}@altro.it`, config)).toBeNull();
    expect(codeOf(`altro+${code}@verifica.hln.it`, config)).toBeNull();
    expect(codeOf('verifica+short@verifica.hln.it', config)).toBeNull();
  });

  it('live 30 minutes and are read once', async () => {
    let now = Date.parse('2026-12-02T07:00:00Z');
    const posted: Array<[string, DialogEvent]> = [];
    const store = new MemoryVerifyCodeStore();
    const service = new VerifyService({
      config,
      store,
      clock: { now: () => now },
      random: () => new Uint8Array([9, 8, 7, 6, 5]),
      post: async (id, event) => {
        posted.push([id, event]);
      },
    });
    const { address, expiresInMinutes } = await service.start('conv-1');
    expect(expiresInMinutes).toBe(30);
    expect(await service.accepts(address)).toBe(true);
    now += 30 * 60_000;
    expect(await service.accepts(address)).toBe(false);
    const late = await service.receive({
      recipients: [address],
      raw: Buffer.from('From: a@b.it\r\n\r\nx'),
      arrivedAt: ARRIVED,
    });
    expect(late).toEqual({ kind: 'dropped', reason: 'expired' });
    expect(posted).toEqual([]);
  });

  it('keeps the verdict, never the body', async () => {
    const store = new MemoryVerifyCodeStore();
    const service = new VerifyService({
      config,
      store,
      clock: { now: () => ARRIVED.getTime() },
      random: () => new Uint8Array([1, 1, 1, 1, 1]),
      post: async () => undefined,
    });
    const { address } = await service.start('conv-2');
    const raw = Buffer.from(
      `Received: ${SES_HOP}\r\nReceived: ${POSTFIX_HOP}\r\nFrom: a@b.it\r\n\r\ncorpo-riservato\r\n`,
    );
    const first = await service.receive({ recipients: [address], raw, arrivedAt: ARRIVED });
    expect(first.kind).toBe('posted');
    const second = await service.receive({ recipients: [address], raw, arrivedAt: ARRIVED });
    expect(second).toEqual({ kind: 'dropped', reason: 'used' });
    const kept = JSON.stringify([...store.codes.values()]);
    expect(kept).toContain('"throughHost":"smtp.hln.it"');
    expect(kept).not.toContain('corpo-riservato');
  });
});
