// The receiving side of the verified resolution as `npm start` runs it: a real SMTP server on
// loopback (smtp-server) for the verify domain, standing in for SES receiving. It refuses
// recipients without a live code at RCPT (so such messages are dropped), adds its own
// `Received:` hop like SES does, stops reading at the size limit, and hands the message to the
// same VerifyService the AWS function uses. With --demo-smtp the demo server relays test
// messages here, so any real mail client can run the whole flow on one machine.
import type { AddressInfo } from 'node:net';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { DialogRunner } from '../core/ports/dialog-runner';
import { parseVerifyConfig, type VerifyConfig } from '../core/verify/config';
import type { ReceiveOutcome, VerifyService } from '../core/verify/verify-service';
import { createVerifyApp } from '../functions/verify/app';

/** The host name the inbox gives in its `Received:` hop (the config's inbound pattern matches it). */
export const LOCAL_INBOX_NAME = 'verify-inbox.postino.test';
export const LOCAL_VERIFY_DOMAIN = 'verifica.postino.test';

export interface LocalVerifyInbox {
  config: VerifyConfig;
  host: string;
  port: number;
  service: VerifyService;
  /** Every message's outcome, newest last (tests, and the log line). */
  readonly outcomes: ReceiveOutcome[];
  close(): Promise<void>;
}

export interface LocalVerifyInboxOptions {
  documentClient: DynamoDBDocumentClient;
  fastDynamoClient: DynamoDBClient;
  tableName: string;
  retentionDays?: number;
  dialog: DialogRunner;
  /** Extra hosts that count as Halnet's server (the demo server's name). */
  submissionHosts?: string[];
  domain?: string;
  maxBytes?: number;
  log?: (line: string) => void;
}

export async function startVerifyInbox(options: LocalVerifyInboxOptions): Promise<LocalVerifyInbox> {
  const { SMTPServer } = await import('smtp-server');
  const config = parseVerifyConfig({
    domain: options.domain ?? LOCAL_VERIFY_DOMAIN,
    submissionHosts: ['smtp.hln.it', ...(options.submissionHosts ?? [])],
    inboundHostPattern: `^${LOCAL_INBOX_NAME.replace(/\./g, '\\.')}$`,
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
  });
  const service = createVerifyApp(
    { tableName: options.tableName, retentionDays: options.retentionDays ?? 30, verify: config },
    {
      dialog: options.dialog,
      documentClient: options.documentClient,
      fastDynamoClient: options.fastDynamoClient,
    },
  );
  const outcomes: ReceiveOutcome[] = [];
  const log = options.log ?? (() => {});
  const server: SMTPServer = new SMTPServer({
    name: LOCAL_INBOX_NAME,
    banner: 'Postino verify inbox',
    logger: false,
    disableReverseLookup: true,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: config.maxBytes,
    onRcptTo(address, _session, callback) {
      service.accepts(address.address).then(
        (live) => callback(live ? undefined : smtpError(550, '5.1.1 No live test code for this address')),
        () => callback(smtpError(451, '4.3.0 Try again later')),
      );
    },
    onData(stream, session, callback) {
      readMessage(stream, config.maxBytes)
        .then((body) => {
          const raw = body === null ? null : Buffer.concat([Buffer.from(receivedHop(session)), body]);
          return service.receive({
            recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw,
            arrivedAt: new Date(),
          });
        })
        .then((outcome) => {
          outcomes.push(outcome);
          log(
            `verify inbox: ${outcome.kind === 'posted' ? `verdict posted to ${outcome.conversationId}` : `dropped (${outcome.reason})`}`,
          );
          if (outcome.kind === 'dropped')
            callback(smtpError(550, '5.1.1 No live test code for this address'));
          else if (outcome.result.findings.includes('too-large'))
            callback(smtpError(552, '5.3.4 Message too big for a test'));
          else callback();
        })
        .catch(() => callback(smtpError(451, '4.3.0 Try again later')));
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    config,
    host: '127.0.0.1',
    port,
    service,
    outcomes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message, or null once it passes `limit` (the rest is drained, not kept). */
function readMessage(stream: SMTPServerDataStream, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    stream.on('end', () => resolve(stream.sizeExceeded || size > limit ? null : Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** The hop SES would add: who connected (the name it gave, the address seen), and when. */
function receivedHop(session: SMTPServerSession): string {
  return (
    `Received: from ${session.hostNameAppearsAs} ([${session.remoteAddress}])\r\n` +
    `\tby ${LOCAL_INBOX_NAME} with ${session.transmissionType} id ${session.id};\r\n` +
    `\t${new Date().toUTCString()}\r\n`
  );
}

function smtpError(code: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: code });
}
