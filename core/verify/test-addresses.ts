// Issues test addresses for a conversation: a fresh code from the random source, stored live for
// the configured minutes. Kept apart from the receiving side so the chat function, which only
// issues addresses, never bundles the MIME parser.
import type { Clock } from '../ports/clock';
import { addressFor, codeFrom } from './address';
import type { VerifyConfig } from './config';
import type { VerifyCodeStore } from './ports';

export interface TestAddressesDeps {
  config: VerifyConfig;
  store: VerifyCodeStore;
  clock: Clock;
  /** 5 random bytes per code (node:crypto in production, fixed in tests). */
  random: (size: number) => Uint8Array;
}

export class TestAddresses {
  constructor(private readonly deps: TestAddressesDeps) {}

  /** A new test address for the conversation, live for the configured minutes. */
  async start(conversationId: string): Promise<{ address: string; expiresInMinutes: number }> {
    const { config, clock } = this.deps;
    const now = clock.now();
    const code = codeFrom(this.deps.random(5));
    await this.deps.store.create({
      code,
      conversationId,
      issuedAt: new Date(now).toISOString(),
      expiresAt: now + config.codeTtlMinutes * 60_000,
    });
    return { address: addressFor(code, config), expiresInMinutes: config.codeTtlMinutes };
  }
}
