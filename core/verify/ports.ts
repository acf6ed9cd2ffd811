// Where live test codes are kept: created when the customer asks for a test, consumed exactly
// once (a conditional write) when the test message arrives, then holding only the verdict and
// the header facts. Implemented in memory (tests) and in the DynamoDB table (`VERIFY#<code>`).
import type { VerifyResult } from '../../dialogs/contract';

export interface VerifyCode {
  code: string;
  conversationId: string;
  issuedAt: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export type CodeState = 'live' | 'unknown' | 'expired' | 'used';

export interface VerifyCodeStore {
  create(code: VerifyCode): Promise<void>;
  /** The code's state at `now`, without changing it (the SMTP RCPT check). */
  state(code: string, now: number): Promise<CodeState>;
  /** Marks a live code used, atomically: one caller wins; the others learn why not. */
  consume(
    code: string,
    now: number,
  ): Promise<{ ok: true; record: VerifyCode } | { ok: false; state: CodeState }>;
  /** Keeps the verdict and the header facts with the used code (never the message). */
  saveResult(code: string, result: VerifyResult): Promise<void>;
}
