// Scores understand() against the NLU corpus (test/nlu/corpus.json, or any file of the same
// shape, e.g. an export of the agents' labelled examples): per split (the part used while
// tuning the rules and the held-out part nobody looked at), per field, and the misses.
// Shared by `npm run eval:nlu` and the jest test so both apply the same bar.
//
// An entry always states the client and the symptom it expects. The newer fields are
// optional in the file: `question`, `wrongValue`, `clientCandidates` and `vague`, when left
// out, expect "none" (null, null, [], false), so a message that asks nothing is also checked
// for not being read as a question; `language` is checked only where it is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { clientIdSchema, localeSchema, symptomIdSchema } from '../../core/knowledge/ids';
import { STATE_NAMES } from '../../dialogs/dialog-types';
import { understand } from '../../dialogs/understanding';
import type { Understanding } from '../../dialogs/understanding/types';

/** A message counts as understood when every field it expects matches. */
export const ACCURACY_BAR = 0.95;
export const CORPUS_PATH = join(__dirname, 'corpus.json');

const quickQuestionSchema = z.enum([
  'port',
  'server',
  'encryption',
  'ssl-or-tls',
  'certificate',
  'credentials',
  'any-line',
  'spa',
]);
const wrongValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('host'), given: z.string().min(1) }),
  z.object({ kind: z.literal('port'), given: z.number().int().positive() }),
  z.object({ kind: z.literal('spa') }),
]);

export const corpusEntrySchema = z
  .object({
    text: z.string(),
    client: clientIdSchema.nullable(),
    symptom: symptomIdSchema.nullable(),
    /** The conversation's language when the message was written (the page's, or chosen). */
    lang: localeSchema,
    /** "holdout": written with the rest but never looked at while tuning the rules. */
    split: z.enum(['tune', 'holdout']).optional(),
    /** The dialog state the message answers ("askSolved": a restated problem at "did it work?"). */
    state: z.enum(STATE_NAMES).optional(),
    /** The language the text itself is written in (null: too short, names, codes, a mix). */
    language: localeSchema.nullable().optional(),
    question: quickQuestionSchema.nullable().optional(),
    wrongValue: wrongValueSchema.nullable().optional(),
    vague: z.boolean().optional(),
    clientCandidates: z.array(clientIdSchema).optional(),
  })
  .strict();
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;
export type Split = 'tune' | 'holdout';

/** The fields scored, in the order the report prints them. */
export const FIELDS = [
  'client',
  'symptom',
  'language',
  'question',
  'wrongValue',
  'vague',
  'clientCandidates',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Miss {
  entry: CorpusEntry;
  /** What understand() read, for the fields that did not match. */
  got: Partial<Pick<Understanding, Field>>;
}

export interface Score {
  total: number;
  /** Per field: how many entries it was checked on, and how many matched. */
  fields: Record<Field, { checked: number; correct: number }>;
  understood: number;
  /** Share of entries with every expected field right, 0..1 (1 for an empty set). */
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

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}

function sameWrongValue(a: Understanding['wrongValue'], b: Understanding['wrongValue']): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'host' && b.kind === 'host') return a.given.toLowerCase() === b.given.toLowerCase();
  if (a.kind === 'port' && b.kind === 'port') return a.given === b.given;
  return true;
}

/** Whether `got` matches what `entry` expects for `field`; undefined when the field is not checked. */
export function fieldMatches(entry: CorpusEntry, got: Understanding, field: Field): boolean | undefined {
  switch (field) {
    case 'client':
      return got.client === entry.client;
    case 'symptom':
      return got.symptom === entry.symptom;
    case 'language':
      return entry.language === undefined ? undefined : got.language === entry.language;
    case 'question':
      return got.question === (entry.question ?? null);
    case 'wrongValue':
      return sameWrongValue(got.wrongValue, entry.wrongValue ?? null);
    case 'vague':
      return got.vague === (entry.vague ?? false);
    case 'clientCandidates':
      return sameSet(got.clientCandidates, entry.clientCandidates ?? []);
  }
}

function emptyFields(): Score['fields'] {
  const fields = {} as Score['fields'];
  for (const field of FIELDS) fields[field] = { checked: 0, correct: 0 };
  return fields;
}

function score(entries: readonly CorpusEntry[], read: (text: string) => Understanding): Score {
  const result: Score = {
    total: entries.length,
    fields: emptyFields(),
    understood: 0,
    accuracy: 1,
    misses: [],
  };
  for (const entry of entries) {
    const got = read(entry.text);
    const wrong: Partial<Pick<Understanding, Field>> = {};
    for (const field of FIELDS) {
      const ok = fieldMatches(entry, got, field);
      if (ok === undefined) continue;
      result.fields[field].checked++;
      if (ok) result.fields[field].correct++;
      else Object.assign(wrong, { [field]: got[field] });
    }
    if (Object.keys(wrong).length === 0) result.understood++;
    else result.misses.push({ entry, got: wrong });
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
