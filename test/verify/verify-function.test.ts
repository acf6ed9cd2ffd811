// The verify Lambda on an SES receipt event: a message to a live code is taken from S3 (a fake
// source standing in for AWS), read and its verdict posted; a message to no live code is
// deleted unread; an event that is not SES's is ignored.
import { Logger } from '@aws-lambda-powertools/logger';
import type { SESEvent } from 'aws-lambda';
import { MemoryVerifyCodeStore } from '../../adapters/memory/verify-code-store';
import { parseVerifyConfig, VerifyService } from '../../core/verify';
import type { DialogEvent } from '../../dialogs/contract';
import { createVerifyHandler } from '../../functions/verify';

const verify = parseVerifyConfig({ domain: 'verifica.hln.it' });
const SES_HOP =
  'from smtp.hln.it (smtp.hln.it [203.0.113.25]) by inbound-smtp.eu-west-1.amazonaws.com with SMTP id x; Wed, 02 Dec 2026 07:00:05 +0000';
const SUBMISSION =
  'from pc ([82.50.1.2]) by smtp.hln.it (Postfix) with ESMTPSA (using TLSv1.3 with cipher X) id y; Wed, 02 Dec 2026 07:00:02 +0000';

function sesEvent(recipient: string): SESEvent {
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: { messageId: 'm0001', timestamp: '2026-12-02T07:00:05.000Z' },
          receipt: { recipients: [recipient] },
        },
      },
    ],
  } as unknown as SESEvent;
}

function setUp() {
  const posted: Array<[string, DialogEvent]> = [];
  const calls: string[] = [];
  const service = new VerifyService({
    config: verify,
    store: new MemoryVerifyCodeStore(),
    clock: { now: () => Date.parse('2026-12-02T07:00:00Z') },
    random: () => new Uint8Array([3, 1, 4, 1, 5]),
    post: async (id, event) => {
      posted.push([id, event]);
    },
  });
  const handler = createVerifyHandler({
    config: { tableName: 't', retentionDays: 30, bucket: 'b', prefix: 'incoming/', verify },
    service,
    source: {
      take: async (id, max) => {
        calls.push(`take ${id} ${max}`);
        return Buffer.from(`Received: ${SES_HOP}\r\nReceived: ${SUBMISSION}\r\nFrom: a@b.it\r\n\r\nbody\r\n`);
      },
      discard: async (id) => {
        calls.push(`discard ${id}`);
      },
    },
    logger: new Logger({ serviceName: 'test', logLevel: 'SILENT' }),
  });
  return { service, handler, posted, calls };
}

describe('the verify function', () => {
  it('reads a message to a live code and posts the verdict', async () => {
    const { service, handler, posted, calls } = setUp();
    const { address } = await service.start('conv-9');
    await handler(sesEvent(address));
    expect(calls).toEqual([`take m0001 ${verify.maxBytes}`]);
    expect(posted).toEqual([
      [
        'conv-9',
        { type: 'verify.result', result: expect.objectContaining({ findings: [], protocol: 'ESMTPSA' }) },
      ],
    ]);
  });

  it('deletes a message to no live code unread', async () => {
    const { handler, posted, calls } = setUp();
    await handler(sesEvent('verifica+aaaaaaaa@verifica.hln.it'));
    expect(calls).toEqual(['discard m0001']);
    expect(posted).toEqual([]);
  });

  it('ignores an event that is not an SES receipt', async () => {
    const { handler, calls } = setUp();
    await handler({ Records: [{ s3: {} }] } as unknown as SESEvent);
    expect(calls).toEqual([]);
  });
});
