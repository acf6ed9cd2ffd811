// The agents' review list (the unanswered-question loop): every customer message the bot
// could not place is filed, redacted, with its context; an agent marks what it should have
// been read as (a mail client, a symptom, a quick question, or nothing to understand); the
// marked examples export as entries of the understanding corpus (test/nlu/corpus.json's
// shape), so a later release learns them.
import * as z from 'zod';
import { clientIdSchema, localeSchema, symptomIdSchema } from '../knowledge/ids';

/** The direct questions the understanding answers in a few lines (dialogs/understanding). */
export const QUICK_QUESTIONS = [
  'port',
  'server',
  'encryption',
  'ssl-or-tls',
  'certificate',
  'credentials',
  'any-line',
  'spa',
] as const;
export const quickQuestionSchema = z.enum(QUICK_QUESTIONS);
export type QuickQuestion = z.infer<typeof quickQuestionSchema>;

export const reviewLabelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client'), client: clientIdSchema }),
  z.object({ kind: z.literal('symptom'), symptom: symptomIdSchema }),
  z.object({ kind: z.literal('quick-question'), question: quickQuestionSchema }),
  /** Nothing to understand (a greeting, a typo, off topic): the bot was right to ask again. */
  z.object({ kind: z.literal('nothing') }),
]);
export type ReviewLabel = z.infer<typeof reviewLabelSchema>;

export const dayStringSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as yyyy-mm-dd');

export const reviewEntrySchema = z.object({
  /** Unique within its day; with `day`, the entry's key. */
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  day: dayStringSchema,
  at: z.iso.datetime(),
  /** The customer's message, redacted (addresses, numbers, secrets replaced by markers). */
  text: z.string().max(600),
  locale: localeSchema,
  /** The dialog state that could not place it (e.g. askClient). */
  state: z.string().max(40),
  client: clientIdSchema.nullable(),
  symptom: symptomIdSchema.nullable(),
  label: reviewLabelSchema.nullable(),
  labelledBy: z.string().max(200).nullable(),
  labelledAt: z.iso.datetime().nullable(),
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

/** What the turn files; the store adds nothing but keeps it as given. */
export type NewReviewEntry = Omit<ReviewEntry, 'label' | 'labelledBy' | 'labelledAt'>;

export interface ReviewStore {
  file(entry: NewReviewEntry): Promise<void>;
  /** The entries of each day asked for, oldest first (one query per day). */
  list(days: string[]): Promise<ReviewEntry[]>;
  /** Sets the label; undefined when there is no such entry. */
  label(
    key: { day: string; id: string },
    label: ReviewLabel,
    by: string,
    at: string,
  ): Promise<ReviewEntry | undefined>;
}
