// Builds the word-phrase patterns the recognisers use: alternatives matched on whole words of
// the normaliser's phrase (" word word "), so "spa" never matches inside "spazio".

/** One pattern matching any of `alternatives` (regex source, words separated by one space). */
export function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(` (?:${alternatives.join('|')}) `);
}

/** Alternatives for `anyOf`, written one per line in a template: blank lines and indentation are ignored. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
