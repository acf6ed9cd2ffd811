// Outage mode's metrics (issue 12; names in infra/runtime-contract.ts METRICS): an outage
// started or ended, and at its end how many conversations it touched and how many all-clears
// reached them. The health function counts the changes its checks make; the agent function
// the ones agents make by hand (`observeChangesByHand`).
import type { OutageChange } from '../../core/outage/outage-record';
import type { OutageControl, OutageOverview } from '../../core/outage/ports';

export type OutageMetric = [
  name: 'OutageStarted' | 'OutageEnded' | 'OutageAffectedConversations' | 'OutageAllClearsDelivered',
  value: number,
];

/** The data points of one change; `overview` is read after it (an ended outage's counts). */
export function outageMetrics(change: OutageChange, overview: OutageOverview | null): OutageMetric[] {
  if (change === 'started') return [['OutageStarted', 1]];
  if (change !== 'ended') return [];
  return [
    ['OutageEnded', 1],
    ...(overview
      ? ([
          ['OutageAffectedConversations', overview.affected],
          ['OutageAllClearsDelivered', overview.allClearsDelivered],
        ] as OutageMetric[])
      : []),
  ];
}

/**
 * The same OutageControl, telling `onChange` when an agent's set or clear changed whether an
 * outage is on (setting an outage already on, or clearing none, is no change).
 */
export function observeChangesByHand(
  control: OutageControl,
  onChange: (change: Exclude<OutageChange, null>, overview: OutageOverview) => void,
): OutageControl {
  return {
    status: () => control.status(),
    overview: () => control.overview(),
    broadcast: (text, agent) => control.broadcast(text, agent),
    check: (summary) => control.check(summary),
    async setByHand(active, agent) {
      const before = await control.overview();
      const after = await control.setByHand(active, agent);
      if (before.active !== after.active) onChange(after.active ? 'started' : 'ended', after);
      return after;
    },
  };
}
