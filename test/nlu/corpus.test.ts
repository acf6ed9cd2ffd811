// The realistic customer corpus: understand() must get both client and symptom right for at
// least 95 % of the messages (the same bar `npm run eval:nlu` applies).
import { NOTHING_HEARD } from '../../dialogs/dialog-types';
import { ACCURACY_BAR, loadCorpus, scoreCorpus, splitOf } from './score-corpus';

describe('NLU corpus', () => {
  const corpus = loadCorpus();

  it('has at least 180 messages, about two thirds Italian, a fifth held out', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(180);
    const italian = corpus.filter((entry) => entry.lang === 'it').length / corpus.length;
    expect(italian).toBeGreaterThan(0.6);
    expect(italian).toBeLessThan(0.75);
    const holdout = corpus.filter((entry) => splitOf(entry) === 'holdout').length / corpus.length;
    expect(holdout).toBeGreaterThanOrEqual(0.18);
    expect(new Set(corpus.map((entry) => entry.text)).size).toBe(corpus.length);
  });

  it(`understands at least ${ACCURACY_BAR * 100} % of it (client and symptom both right)`, () => {
    const { all } = scoreCorpus(corpus);
    const misses = all.misses.map(({ entry, got }) => `${entry.text} -> ${JSON.stringify(got)}`);
    expect({
      accuracy: all.accuracy >= ACCURACY_BAR,
      misses: all.accuracy >= ACCURACY_BAR ? [] : misses,
    }).toEqual({
      accuracy: true,
      misses: [],
    });
  });

  it('scores a wrong reader as wrong', () => {
    const { all } = scoreCorpus(corpus, () => ({
      ...NOTHING_HEARD,
      client: 'eudora-7',
      symptom: 'slow-sending',
    }));
    expect(all.accuracy).toBeLessThan(0.1);
    expect(all.misses.length).toBe(all.total - all.understood);
  });
});
