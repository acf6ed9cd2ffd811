// The analytics' daily aggregates: what one turn adds to its day's counters, so any period's
// figures are read from one item per day (never a scan of conversations, which would not stay
// cheap at a million of them). The conversation-level counters (conversations, resolved by
// the bot, handed off, abandoned, CSAT sum) are the console's existing `STATS#<day>` ones; this
// file names the rest, kept in `ANALYTICS#<day>`:
//   csat#<1-5>          ratings given
//   tta#<bucket>        time from a conversation's start to its first answer (steps, a quick
//                       answer or "the fault is Halnet's"), once per conversation
//   ttg#<bucket>        time from entering the queue to an agent's claim
//   cs#<client>#<sym>   concluding answers by mail client and symptom ("none" when unknown)
//   v#<verdict>         answers built on a probe verdict
//   missed              messages the bot could not place (the review list)
//   verified            conversations whose fix a test message proved (issue 12), once each
// Times are counted in buckets; a median is the upper bound of the bucket holding the middle
// value, which the view states as "≤ 30 s".
import { postinoOutcomeSchema } from '../../dialogs/contract';

/** Upper bounds in seconds; the last bucket is everything longer. */
export const TIME_BUCKETS_S = [
  1, 2, 3, 5, 8, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1800, 3600, 7200,
] as const;
const OVER = 'over';

export type Counters = Record<string, number>;

/** The bucket a duration falls in: the first bound it does not exceed, or "over". */
export function timeBucket(seconds: number): string {
  const bound = TIME_BUCKETS_S.find((limit) => seconds <= limit);
  return bound === undefined ? OVER : String(bound);
}

/** The median of a bucketed distribution: the bucket's upper bound (null: none counted). */
export function bucketMedian(histogram: Map<string, number>): number | null {
  const total = [...histogram.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const order = [...TIME_BUCKETS_S.map(String), OVER];
  let seen = 0;
  for (const bucket of order) {
    seen += histogram.get(bucket) ?? 0;
    if (seen * 2 >= total) return bucket === OVER ? Number.POSITIVE_INFINITY : Number(bucket);
  }
  return null;
}

const CONCLUDING = new Set(['answer', 'quick-answer', 'server-problem']);

/** A reply's machine-readable outcome (`channelData.postino`), when it carries a valid one. */
export function outcomeOf(activity: { channelData?: unknown }) {
  const data = activity.channelData as { postino?: unknown } | undefined;
  const parsed = postinoOutcomeSchema.safeParse(data?.postino);
  return parsed.success ? parsed.data : null;
}

export interface TurnFacts {
  /** The bot's activities of this turn (their `channelData.postino` is read, never the text). */
  replies: Array<{ type: string; channelData?: unknown }>;
  /** Seconds since the conversation started, when this turn gives its first answer. */
  firstAnswerAfterS?: number;
  /** Seconds the customer waited in the queue, when an agent claimed it in this turn. */
  claimedAfterS?: number;
  rating?: number;
  notUnderstood?: boolean;
  /** The conversation's fix was first proved by a test message in this turn (issue 12). */
  verified?: boolean;
}

/** True when one of the replies concludes with an answer (for "time to answer"). */
export function answersIn(replies: TurnFacts['replies']): boolean {
  return replies.some((reply) => {
    const outcome = outcomeOf(reply);
    return outcome !== null && CONCLUDING.has(outcome.kind);
  });
}

/** True when one of the replies says a test message proved the fix (`kind: verified`). */
export function verifiedIn(replies: TurnFacts['replies']): boolean {
  return replies.some((reply) => outcomeOf(reply)?.kind === 'verified');
}

/** What one turn adds to its day's analytics counters. */
export function countersOf(facts: TurnFacts): Counters {
  const counters: Counters = {};
  const add = (name: string, value = 1) => {
    counters[name] = (counters[name] ?? 0) + value;
  };
  for (const reply of facts.replies) {
    const outcome = outcomeOf(reply);
    if (!outcome || !CONCLUDING.has(outcome.kind)) continue;
    add(`cs#${outcome.client ?? 'none'}#${outcome.symptom ?? 'none'}`);
    if (outcome.verdict) add(`v#${outcome.verdict}`);
  }
  if (facts.firstAnswerAfterS !== undefined) add(`tta#${timeBucket(facts.firstAnswerAfterS)}`);
  if (facts.claimedAfterS !== undefined) add(`ttg#${timeBucket(facts.claimedAfterS)}`);
  if (facts.rating !== undefined && facts.rating >= 1 && facts.rating <= 5) add(`csat#${facts.rating}`);
  if (facts.notUnderstood) add('missed');
  if (facts.verified) add('verified');
  return counters;
}

/** Counter names are built from validated ids only; this keeps a stored item honest. */
export const COUNTER_NAME =
  /^(csat#[1-5]|tt[ag]#(\d+|over)|cs#[a-z0-9-]+#[a-z0-9-]+|v#[a-z0-9_]+|missed|verified)$/;
