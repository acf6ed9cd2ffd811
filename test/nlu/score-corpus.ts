// Scores understand() against the NLU corpus (test/nlu/corpus.json): per split (the part used
// while tuning the rules and the held-out part nobody looked at), per field, and the misses.
// Shared by `npm run eval:nlu` and the jest test so both apply the same bar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { clientIdSchema, localeSchema, symptomIdSchema } from '../../core/knowledge/ids';
import { understand } from '../../dialogs/understanding';
import type { Understanding } from '../../dialogs/understanding/types';

/** A message counts as understood when both its client and its symptom match. */
export const ACCURACY_BAR = 0.95;
export const CORPUS_PATH = join(__dirname, 'corpus.json');

export const corpusEntrySchema = z.object({
  text: z.string(),
  client: clientIdSchema.nullable(),
  symptom: symptomIdSchema.nullable(),
  lang: localeSchema,
  /** "holdout": written with the rest but never looked at while tuning the rules. */
  split: z.enum(['tune', 'holdout']).optional(),
});
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;
export type Split = 'tune' | 'holdout';

export interface Miss {
  entry: CorpusEntry;
  got: Pick<Understanding, 'client' | 'symptom'>;
}

export interface Score {
  total: number;
  clientCorrect: number;
  symptomCorrect: number;
  understood: number;
  /** Share of entries with both fields right, 0..1 (1 for an empty set). */
  accuracy: number;
  misses: Miss[];
}

export interface CorpusScore {
  all: Score;
  tune: Score;
  holdout: Score;
}

export function loadCorpus(path: string = CORPUS_PATH): CorpusEntry[] {
  return z
    .array(corpusEntrySchema)
    .min(1)
    .parse(JSON.parse(readFileSync(path, 'utf8')));
}

export function splitOf(entry: CorpusEntry): Split {
  return entry.split ?? 'tune';
}

function score(entries: readonly CorpusEntry[], read: (text: string) => Understanding): Score {
  const result: Score = {
    total: entries.length,
    clientCorrect: 0,
    symptomCorrect: 0,
    understood: 0,
    accuracy: 1,
    misses: [],
  };
  for (const entry of entries) {
    const { client, symptom } = read(entry.text);
    const clientOk = client === entry.client;
    const symptomOk = symptom === entry.symptom;
    if (clientOk) result.clientCorrect++;
    if (symptomOk) result.symptomCorrect++;
    if (clientOk && symptomOk) result.understood++;
    else result.misses.push({ entry, got: { client, symptom } });
  }
  if (entries.length > 0) result.accuracy = result.understood / entries.length;
  return result;
}

export function scoreCorpus(
  entries: readonly CorpusEntry[],
  read: (text: string) => Understanding = understand,
): CorpusScore {
  return {
    all: score(entries, read),
    tune: score(
      entries.filter((entry) => splitOf(entry) === 'tune'),
      read,
    ),
    holdout: score(
      entries.filter((entry) => splitOf(entry) === 'holdout'),
      read,
    ),
  };
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
