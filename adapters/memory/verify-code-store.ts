// Test codes in memory, for unit tests and single-process runs: the same single-use and expiry
// rules as the DynamoDB store, and the stored verdicts readable for assertions.

import type { CodeState, VerifyCode, VerifyCodeStore } from '../../core/verify/ports';
import type { VerifyResult } from '../../dialogs/contract';

export class MemoryVerifyCodeStore implements VerifyCodeStore {
  readonly codes = new Map<string, VerifyCode & { usedAt?: number; result?: VerifyResult }>();

  async create(code: VerifyCode): Promise<void> {
    if (this.codes.has(code.code)) throw new Error('test code already exists');
    this.codes.set(code.code, { ...code });
  }

  async state(code: string, now: number): Promise<CodeState> {
    const item = this.codes.get(code);
    if (!item) return 'unknown';
    if (item.usedAt !== undefined) return 'used';
    return item.expiresAt <= now ? 'expired' : 'live';
  }

  async consume(
    code: string,
    now: number,
  ): Promise<{ ok: true; record: VerifyCode } | { ok: false; state: CodeState }> {
    const state = await this.state(code, now);
    const item = this.codes.get(code);
    if (state !== 'live' || !item) return { ok: false, state };
    item.usedAt = now;
    const { usedAt: _used, result: _result, ...record } = item;
    return { ok: true, record };
  }

  async saveResult(code: string, result: VerifyResult): Promise<void> {
    const item = this.codes.get(code);
    if (item) item.result = result;
  }
}
