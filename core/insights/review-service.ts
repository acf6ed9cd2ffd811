// The review list as agents use it: the week's missed messages (newest first) with the top
// phrasings, labelling, and the export of the labelled ones as understanding-corpus entries
// (test/nlu/corpus.json's shape: text, client, symptom, lang, and the state and quick
// question where known), which `npm run eval:nlu -- --corpus FILE` scores.
import { STATE_NAMES } from '../../dialogs/dialog-types';
import { PostinoError } from '../errors';
import { dayOf } from '../handoff/ports';
import type { Clock } from '../ports/clock';
import type { ReviewEntry, ReviewLabel, ReviewStore } from './review-entry';

export interface CorpusExportEntry {
  text: string;
  client: string | null;
  symptom: string | null;
  lang: 'it' | 'en';
  state?: string;
  question?: string;
}

export interface TopPhrasing {
  phrasing: string;
  count: number;
  /** The newest message with this phrasing, as filed (redacted). */
  example: string;
}

/** The last `count` UTC days, today included, newest first. */
export function lastDays(now: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => dayOf(now - i * 86_400_000));
}

/** Case, accents, punctuation and markers aside, what two messages say alike. */
export function phrasingOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\[[a-z]+\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function topPhrasings(entries: ReviewEntry[], limit = 10): TopPhrasing[] {
  const groups = new Map<string, { count: number; example: string; at: string }>();
  for (const entry of entries) {
    const key = phrasingOf(entry.text);
    if (key === '') continue;
    const group = groups.get(key);
    if (!group) groups.set(key, { count: 1, example: entry.text, at: entry.at });
    else {
      group.count++;
      if (entry.at > group.at) Object.assign(group, { example: entry.text, at: entry.at });
    }
  }
  return [...groups.entries()]
    .map(([phrasing, group]) => ({ phrasing, count: group.count, example: group.example }))
    .sort((a, b) => b.count - a.count || a.phrasing.localeCompare(b.phrasing))
    .slice(0, limit);
}

/** A labelled entry as the corpus states it: what understand() should have found in the text. */
export function corpusEntryOf(entry: ReviewEntry & { label: ReviewLabel }): CorpusExportEntry {
  const { label } = entry;
  return {
    text: entry.text,
    client: label.kind === 'client' ? label.client : null,
    symptom: label.kind === 'symptom' ? label.symptom : null,
    lang: entry.locale,
    ...((STATE_NAMES as readonly string[]).includes(entry.state) ? { state: entry.state } : {}),
    ...(label.kind === 'quick-question' ? { question: label.question } : {}),
  };
}

export class ReviewService {
  constructor(private readonly deps: { store: ReviewStore; clock: Clock }) {}

  async week(days = 7): Promise<{ items: ReviewEntry[]; top: TopPhrasing[] }> {
    const entries = await this.deps.store.list(lastDays(this.deps.clock.now(), days).reverse());
    return { items: entries.reverse(), top: topPhrasings(entries) };
  }

  async label(key: { day: string; id: string }, label: ReviewLabel, by: string): Promise<ReviewEntry> {
    const at = new Date(this.deps.clock.now()).toISOString();
    const entry = await this.deps.store.label(key, label, by, at);
    if (!entry) throw new PostinoError('NotFound', 'no such review entry');
    return entry;
  }

  async export(days = 30): Promise<CorpusExportEntry[]> {
    const entries = await this.deps.store.list(lastDays(this.deps.clock.now(), days).reverse());
    return entries
      .filter((entry): entry is ReviewEntry & { label: ReviewLabel } => entry.label !== null)
      .map(corpusEntryOf);
  }
}
