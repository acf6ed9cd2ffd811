// Looks up the dialog's texts by locale and fills their {placeholders}. Logic never holds a
// user-facing string: it names a key here.
import type { Locale } from '../../core/knowledge/ids';
import { EN_TEXTS } from './en';
import { IT_TEXTS, type TextKey } from './it';

export type { TextKey } from './it';

export const TEXTS: Readonly<Record<Locale, Readonly<Record<TextKey, string>>>> = {
  it: IT_TEXTS,
  en: EN_TEXTS,
};

// Each template split once into literal text (even indexes) and placeholder names (odd
// indexes): filling it is then a join, which matters at one turn every few microseconds.
const compiled = new Map<string, string[]>();

function partsOf(locale: Locale, key: TextKey): string[] {
  const id = `${locale}:${key}`;
  let parts = compiled.get(id);
  if (parts === undefined) {
    parts = TEXTS[locale][key].split(/\{(\w+)\}/);
    compiled.set(id, parts);
  }
  return parts;
}

/** The text `key` in `locale`, with each `{name}` replaced by `vars[name]` (left as is when missing). */
export function say(locale: Locale, key: TextKey, vars?: Readonly<Record<string, string | number>>): string {
  if (vars === undefined) return TEXTS[locale][key];
  const parts = partsOf(locale, key);
  let text = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index] as string;
    const value = vars[name];
    text += (value === undefined ? `{${name}}` : String(value)) + (parts[index + 1] ?? '');
  }
  return text;
}
