// Small helpers the knowledge tests share: the text of a topic, every string in a value.
import { type ClientId, getClientGuide, type Locale, type TopicId } from '../../core/knowledge';

/** All steps of one client's walk that serve a topic, in walk order, joined into one text. */
export function topicText(client: ClientId, topic: TopicId, locale: Locale): string {
  return getClientGuide(client).topics[topic][locale].join('\n');
}

/** Every string found anywhere inside a value (objects, arrays), for whole-base scans. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/**
 * The sentences of a text, for repetition checks. A step may open with the tab it is on
 * ('Scheda "Server": ...'); that prefix is part of its sentence, so colons do not split.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/).filter((sentence) => sentence.trim() !== '');
}
