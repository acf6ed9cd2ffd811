// The verified resolution: issues single-use test addresses for a conversation, and reads a
// test message when it arrives (from the local SMTP inbox or from SES via S3): a message to no
// live code is dropped; a live code is consumed once, the headers read, the verdict stored with
// the code (never the body) and posted into the conversation as a `verify.result` event.
import type { DialogEvent, VerifyResult } from '../../dialogs/contract';
import type { Clock } from '../ports/clock';
import { codeOf } from './address';
import { analyseHeaders, unreadable } from './analyse';
import type { VerifyConfig } from './config';
import type { CodeState, VerifyCodeStore } from './ports';
import { TestAddresses } from './test-addresses';

export interface VerifyServiceDeps {
  config: VerifyConfig;
  store: VerifyCodeStore;
  clock: Clock;
  /** 5 random bytes per code (node:crypto in production, fixed in tests). */
  random: (size: number) => Uint8Array;
  /** Runs a dialog event in the conversation (TurnRunner.dialogEvent); the receiving side needs it. */
  post?: (conversationId: string, event: DialogEvent) => Promise<unknown>;
}

export interface IncomingTestMessage {
  recipients: string[];
  /** The message as received, or null when it was over the size limit (not read). */
  raw: Buffer | null;
  arrivedAt: Date;
}

export type ReceiveOutcome =
  | { kind: 'posted'; conversationId: string; result: VerifyResult }
  | { kind: 'dropped'; reason: 'no-code' | Exclude<CodeState, 'live'> };

export class VerifyService {
  constructor(private readonly deps: VerifyServiceDeps) {}

  /** A new test address for the conversation (see TestAddresses). */
  start(conversationId: string): Promise<{ address: string; expiresInMinutes: number }> {
    return new TestAddresses(this.deps).start(conversationId);
  }

  /** Whether a recipient is a test address with a live code (SMTP RCPT TO). */
  async accepts(recipient: string): Promise<boolean> {
    const code = codeOf(recipient, this.deps.config);
    return code !== null && (await this.deps.store.state(code, this.deps.clock.now())) === 'live';
  }

  async receive(message: IncomingTestMessage): Promise<ReceiveOutcome> {
    const { config, store, clock, post } = this.deps;
    if (!post) throw new Error('VerifyService.receive needs `post`');
    const code = message.recipients
      .map((recipient) => codeOf(recipient, config))
      .find((found) => found !== null);
    if (code === undefined || code === null) return { kind: 'dropped', reason: 'no-code' };
    const consumed = await store.consume(code, clock.now());
    if (!consumed.ok) return { kind: 'dropped', reason: consumed.state === 'live' ? 'used' : consumed.state };
    const result = await this.verdict(message);
    await store.saveResult(code, result);
    await post(consumed.record.conversationId, { type: 'verify.result', result });
    return { kind: 'posted', conversationId: consumed.record.conversationId, result };
  }

  private async verdict(message: IncomingTestMessage): Promise<VerifyResult> {
    if (message.raw === null || message.raw.length > this.deps.config.maxBytes)
      return unreadable('too-large');
    // The message reader is loaded by the receiving side only, never into the chat function's bundle.
    const { readHeaderFacts } = await import('./message-facts');
    const read = await readHeaderFacts(message.raw);
    if (!read.ok) return unreadable('malformed');
    return analyseHeaders(read.facts, message.arrivedAt, this.deps.config);
  }
}
