// What one probe summary says about an outage (issue 12). The server is "down" only when the
// problem is Halnet's and hits every port a customer should use: 587 down while 465 works is a
// fault with a workaround the dialog gives (not an outage), and port 25 blocked from the probe's
// own network is nobody's fault. Read the way the dialog reads a probe (dialogs/probe-reading.ts).
import type { ProbeSummary } from '../../dialogs/contract';
import { readProbe } from '../../dialogs/probe-reading';
import type { HealthCheck } from './outage-record';

/** The health check a summary makes; null when the probe could not run (not counted). */
export function checkOf(summary: ProbeSummary | null): HealthCheck | null {
  const reading = readProbe(summary);
  if (summary === null || reading.kind === 'unavailable') return null;
  const { checkedAt } = summary;
  switch (reading.kind) {
    case 'healthy':
      return { healthy: true, verdict: 'healthy', checkedAt };
    case 'port25-blocked':
      return { healthy: true, verdict: 'port25_blocked_from_probe', checkedAt };
    case 'halnet': {
      const everyPortDown = (reading.workingPorts ?? []).length === 0;
      return { healthy: !everyPortDown, verdict: reading.verdict, checkedAt };
    }
  }
}
