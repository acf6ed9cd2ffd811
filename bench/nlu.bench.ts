// `nlu.*`: the cost of understand() on one chat message, in microseconds. Measured over the
// NLU corpus (test/nlu/corpus.json, short messages and pasted error dialogs alike), over the
// short typed messages alone, and over 100 kB pastes (capped at 2,000 scanned characters).
import { understand } from '../dialogs/understanding';
import { loadCorpus } from '../test/nlu/score-corpus';

function microsecondsPerCall(texts: readonly string[], ms: number): number {
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (const text of texts) understand(text);
    count += texts.length;
  }
  return ((performance.now() - started) * 1000) / count;
}

export async function run(): Promise<Record<string, number>> {
  const corpus = loadCorpus().map((entry) => entry.text);
  const typed = corpus.filter((text) => text.length <= 80);
  const huge = [
    'la posta non parte con outlook 2007, errore 0x800CCC0E. '.repeat(1800),
    'a'.repeat(100_000),
    'non '.repeat(25_000),
  ];
  microsecondsPerCall(corpus, 500);
  return {
    'nlu.understandMicros': microsecondsPerCall(corpus, 1500),
    'nlu.typedMessageMicros': microsecondsPerCall(typed, 1000),
    'nlu.hundredKbMicros': microsecondsPerCall(huge, 500),
  };
}
