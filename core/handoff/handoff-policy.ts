// What the chat's turns must know of the agents' side: when agents work and how long a
// customer may wait unclaimed before being offered a call back. Read from WORKING_HOURS and
// HANDOFF_CLAIM_TIMEOUT_S by every function that runs turns (chat and agent).
import * as z from 'zod';
import { PostinoError } from '../errors';
import { WorkingHours } from './working-hours';

export interface HandoffPolicy {
  /** null: agents are always available (no WORKING_HOURS configured). */
  hours: WorkingHours | null;
  /** A queued conversation nobody claimed for this long gets the call-back offer. */
  claimTimeoutMs: number;
}

export const DEFAULT_CLAIM_TIMEOUT_S = 180;

const policyEnvSchema = z.object({
  WORKING_HOURS: z.string().trim().min(1).optional(),
  HANDOFF_CLAIM_TIMEOUT_S: z.coerce.number().int().min(1).max(86_400).default(DEFAULT_CLAIM_TIMEOUT_S),
});

export function handoffPolicyFrom(env: Record<string, string | undefined>): HandoffPolicy {
  const parsed = policyEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new PostinoError('BadArgument', `invalid configuration: ${z.prettifyError(parsed.error)}`);
  }
  return {
    hours: parsed.data.WORKING_HOURS ? WorkingHours.parse(parsed.data.WORKING_HOURS) : null,
    claimTimeoutMs: parsed.data.HANDOFF_CLAIM_TIMEOUT_S * 1000,
  };
}
