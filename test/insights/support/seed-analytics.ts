// Synthetic conversations for the analytics tests, and seeding that goes through the same
// counting code a real turn runs (TurnInsights.prepare/record and the console's daily
// counters), so the aggregates are built as in production; the tests then compare the
// report against a direct count of the synthetic conversations.

import type { DailyStats } from '../../../core/handoff/ports';
import type { AnalyticsStore } from '../../../core/insights/ports';
import { TurnInsights } from '../../../core/insights/turn-insights';
import { CLIENT_IDS, SYMPTOM_IDS } from '../../../core/knowledge/ids';
import type { ConversationState } from '../../../core/ports/conversation-store';
import { PROBE_VERDICTS } from '../../../dialogs/contract';

export interface SyntheticConversation {
  day: string;
  startMs: number;
  client: string | null;
  symptom: string | null;
  verdict: string | null;
  /** Seconds to the first answer; null: the bot never answered. */
  answerAfterS: number | null;
  resolved: boolean;
  handedOff: boolean;
  /** Seconds queued until an agent claimed it; null: nobody did. */
  claimAfterS: number | null;
  abandoned: boolean;
  rating: number | null;
  missed: number;
  /** A test message proved the fix (issue 12); sent twice, counted once. */
  verified: boolean;
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same store. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticConversations(
  count: number,
  firstDay: string,
  days: number,
  seed = 13,
): SyntheticConversation[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  return Array.from({ length: count }, () => {
    const startMs = start + Math.floor(next() * days * 86_400_000);
    const answered = next() < 0.85;
    const handedOff = next() < 0.25;
    const claimed = handedOff && next() < 0.7;
    const outage = next() < 0.03;
    const resolved = answered && !handedOff && next() < 0.6;
    return {
      day: new Date(startMs).toISOString().slice(0, 10),
      startMs,
      client: next() < 0.9 ? pick(CLIENT_IDS) : null,
      symptom: next() < 0.8 ? pick(SYMPTOM_IDS) : null,
      verdict: answered
        ? outage
          ? pick(['server_down', 'dns_failure'] as const)
          : pick(PROBE_VERDICTS)
        : null,
      answerAfterS: answered ? Math.round(next() ** 2 * 400 * 10) / 10 : null,
      resolved,
      handedOff,
      claimAfterS: claimed ? Math.round(next() * 900) : null,
      abandoned: handedOff && !claimed && next() < 0.8,
      rating: next() < 0.3 ? 1 + Math.floor(next() * 5) : null,
      missed: next() < 0.2 ? 1 + Math.floor(next() * 2) : 0,
      verified: resolved && next() < 0.3,
    };
  });
}

/** Counts every conversation into the stores through the turn-time code (all turns on its start day). */
export async function seedThroughTurns(
  conversations: SyntheticConversation[],
  stores: { stats: DailyStats; analytics: AnalyticsStore },
): Promise<void> {
  let now = 0;
  const insights = new TurnInsights({ clock: { now: () => now }, analytics: stores.analytics });
  for (const c of conversations) {
    const state: ConversationState = {
      userId: 'dl_seed',
      locale: 'it',
      createdAt: new Date(c.startMs).toISOString(),
      status: 'bot',
      recent: [],
    };
    const turn = async (at: number, extra: Partial<Parameters<TurnInsights['prepare']>[0]>) => {
      now = at;
      const prepared = insights.prepare({
        conversationId: 'seed',
        before: state,
        after: state,
        activities: [],
        ...extra,
      });
      Object.assign(state, prepared.state);
      await insights.record('seed', prepared);
    };
    now = c.startMs;
    await stores.stats.add(c.day, { conversations: 1 });
    for (let i = 0; i < c.missed; i++)
      await turn(c.startMs, {
        notUnderstood: { type: 'not-understood', state: 'askClient', client: null, symptom: null, text: '' },
      });
    if (c.answerAfterS !== null) {
      const reply = {
        type: 'message',
        id: 'a',
        timestamp: '',
        from: { id: 'postino', role: 'bot' },
        channelData: {
          postino: { kind: 'answer', client: c.client, symptom: c.symptom, verdict: c.verdict, locale: 'it' },
        },
      };
      await turn(c.startMs + c.answerAfterS * 1000, { activities: [reply] });
    }
    if (c.resolved) await stores.stats.add(c.day, { resolvedByBot: 1 });
    if (c.verified) {
      const proof = {
        type: 'message',
        id: 'v',
        timestamp: '',
        from: { id: 'postino', role: 'bot' },
        channelData: {
          postino: { kind: 'verified', client: c.client, symptom: c.symptom, verdict: null, locale: 'it' },
        },
      };
      // A second test message proves it again: still one verified conversation.
      for (const later of [1, 2])
        await turn(c.startMs + ((c.answerAfterS ?? 0) + later * 60) * 1000, { activities: [proof] });
    }
    if (c.handedOff) {
      await stores.stats.add(c.day, { handedOff: 1 });
      const queuedAt = new Date(c.startMs).toISOString();
      if (c.claimAfterS !== null) {
        const before = { ...state, handoff: { queuedAt } };
        const after = { ...state, handoff: { queuedAt, agent: { agentId: 'a1', name: 'Giulia' } } };
        now = c.startMs + c.claimAfterS * 1000;
        await insights.record(
          'seed',
          insights.prepare({ conversationId: 'seed', before, after, activities: [] }),
        );
      }
    }
    if (c.abandoned) await stores.stats.add(c.day, { abandoned: 1 });
    if (c.rating !== null) {
      await stores.stats.add(c.day, { csatSum: c.rating, csatCount: 1 });
      await turn(c.startMs, { rating: c.rating });
    }
  }
}
