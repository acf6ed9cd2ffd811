// Outage mode's N and M from a function's environment (issue 12), apart from the service so a
// function's configuration can read them without loading the DynamoDB adapters at init.
import { DEFAULT_OUTAGE_POLICY, type OutagePolicy } from '../../core/outage/outage-record';

/**
 * OUTAGE_FAILURES_TO_OPEN (N failing checks in a row open an outage) and OUTAGE_HEALTHY_MINUTES
 * (M minutes of healthy checks clear it), as read by each function's zod schema; unset: the
 * defaults of core/outage/outage-record.ts.
 */
export interface OutagePolicyEnv {
  OUTAGE_FAILURES_TO_OPEN?: number | undefined;
  OUTAGE_HEALTHY_MINUTES?: number | undefined;
}

export function outagePolicyOf(env: OutagePolicyEnv): OutagePolicy {
  return {
    failuresToOpen: env.OUTAGE_FAILURES_TO_OPEN ?? DEFAULT_OUTAGE_POLICY.failuresToOpen,
    healthyMinutesToClear: env.OUTAGE_HEALTHY_MINUTES ?? DEFAULT_OUTAGE_POLICY.healthyMinutesToClear,
  };
}
