// The dialog's persisted snapshot: plain JSON `{ version, state, context }`, validated with
// zod when loaded. Only the state name and the context are kept (not XState's internal
// snapshot), so it stays small and survives library upgrades. A snapshot of an older version
// is migrated when a migration exists, otherwise the conversation restarts with an apology;
// anything else that does not validate (tampered, truncated) restarts too, and says so.
import * as z from 'zod';
import {
  clientIdSchema,
  type Locale,
  localeSchema,
  symptomIdSchema,
  TOPIC_IDS,
  topicIdSchema,
} from '../core/knowledge/ids';
import { outageNoticeSchema, probeSummarySchema } from './contract';
import { type DialogContext, RESTING_STATES, type RestingState, STATE_KNOWS } from './dialog-types';
import { MAX_PASTED_ERROR_LENGTH, MAX_PASTED_ERRORS } from './slots';

export const SNAPSHOT_VERSION = 1;

export const dialogContextSchema = z.object({
  locale: localeSchema,
  client: clientIdSchema.nullable(),
  symptom: symptomIdSchema.nullable(),
  pastedErrors: z.array(z.string().max(MAX_PASTED_ERROR_LENGTH)).max(MAX_PASTED_ERRORS),
  stepsGiven: z.array(topicIdSchema).max(TOPIC_IDS.length),
  probe: probeSummarySchema.nullable(),
  probed: z.boolean(),
  answered: z.boolean(),
  agentName: z.string().min(1).max(200).nullable(),
  // Added later in version 1: defaults keep older snapshots loading.
  localeChosen: z.boolean().default(false),
  localeFollowed: z.boolean().default(false),
  narrowSymptoms: z.boolean().default(false),
  clientCandidates: z.array(clientIdSchema).max(12).default([]),
  showWhere: symptomIdSchema.nullable().default(null),
  outage: outageNoticeSchema.nullable().default(null),
  outageCleared: z.boolean().default(false),
});

export const dialogSnapshotSchema = z
  .object({
    version: z.literal(SNAPSHOT_VERSION),
    state: z.enum(RESTING_STATES),
    context: dialogContextSchema,
  })
  .refine(
    ({ state, context }) => {
      const knows = STATE_KNOWS[state] ?? {};
      return (
        (!knows.client || context.client !== null) &&
        (!knows.symptom || context.symptom !== null) &&
        (!knows.probed || context.probed) &&
        (!knows.outage || context.outage !== null)
      );
    },
    { message: 'the state needs a client, symptom, probe or outage the context lacks' },
  );
export type DialogSnapshot = z.infer<typeof dialogSnapshotSchema>;

/**
 * Migrations from older versions, keyed by the version they read. None exists yet: version 1
 * is the first persisted shape. A future version 2 adds `1: (old) => ({ ...v2 shape })` here.
 */
const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => unknown>> = {};

export type LoadedSnapshot =
  | { kind: 'fresh' }
  | { kind: 'ok'; state: RestingState; context: DialogContext }
  | { kind: 'restart'; reason: 'outdated' | 'invalid'; locale: Locale | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The locale a broken snapshot still tells, so the apology is in the customer's language. */
function salvageLocale(value: unknown): Locale | null {
  if (!isRecord(value) || !isRecord(value.context)) return null;
  const parsed = localeSchema.safeParse(value.context.locale);
  return parsed.success ? parsed.data : null;
}

function migrate(value: Record<string, unknown>): unknown {
  let current: Record<string, unknown> = value;
  while (typeof current.version === 'number' && current.version < SNAPSHOT_VERSION) {
    const step = MIGRATIONS[current.version];
    if (step === undefined) return undefined;
    const next = step(current);
    if (!isRecord(next)) return undefined;
    current = next;
  }
  return current;
}

export function loadSnapshot(value: unknown): LoadedSnapshot {
  if (value === undefined || value === null) return { kind: 'fresh' };
  const locale = salvageLocale(value);
  let candidate: unknown = value;
  if (isRecord(value) && typeof value.version === 'number' && value.version < SNAPSHOT_VERSION) {
    candidate = migrate(value);
    if (candidate === undefined) return { kind: 'restart', reason: 'outdated', locale };
  }
  const parsed = dialogSnapshotSchema.safeParse(candidate);
  if (!parsed.success) return { kind: 'restart', reason: 'invalid', locale };
  return { kind: 'ok', state: parsed.data.state, context: parsed.data.context };
}

export function toPersisted(state: RestingState, context: DialogContext): DialogSnapshot {
  return { version: SNAPSHOT_VERSION, state, context };
}
