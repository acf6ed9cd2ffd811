// `npm run eval:nlu`: runs understand() over the corpus and prints, per split, the accuracy
// per field and the misses; the last line is `accuracy: NN.N%` over the whole corpus, and the
// exit code is non-zero under the bar. `-- --misses tune` prints only the tuning split's
// misses (what the rules' author may look at); `-- --misses none` prints none.
import { LOCALES } from '../../core/knowledge/ids';
import { ACCURACY_BAR, loadCorpus, percent, type Score, type Split, scoreCorpus } from './score-corpus';

function describe(name: string, score: Score): string {
  const share = (n: number) => percent(score.total === 0 ? 1 : n / score.total);
  return `${name.padEnd(8)} ${String(score.total).padStart(4)} messages  client ${share(score.clientCorrect)}  symptom ${share(score.symptomCorrect)}  both ${percent(score.accuracy)}`;
}

function printMisses(split: Split, score: Score): void {
  if (score.misses.length === 0) return;
  console.log(`\nmisses (${split}):`);
  for (const { entry, got } of score.misses) {
    const text = entry.text.length > 110 ? `${entry.text.slice(0, 107)}...` : entry.text;
    const client = got.client === entry.client ? '' : ` client ${got.client} (want ${entry.client})`;
    const symptom = got.symptom === entry.symptom ? '' : ` symptom ${got.symptom} (want ${entry.symptom})`;
    console.log(`- [${entry.lang}] ${JSON.stringify(text)}:${client}${symptom}`);
  }
}

function main(): void {
  const which = process.argv[process.argv.indexOf('--misses') + 1];
  const shown: Split[] = which === 'none' ? [] : which === 'tune' ? ['tune'] : ['tune', 'holdout'];
  const corpus = loadCorpus();
  const scores = scoreCorpus(corpus);
  console.log(describe('tune', scores.tune));
  console.log(describe('holdout', scores.holdout));
  console.log(describe('all', scores.all));
  for (const lang of LOCALES) {
    console.log(describe(`all ${lang}`, scoreCorpus(corpus.filter((entry) => entry.lang === lang)).all));
  }
  for (const split of shown) printMisses(split, scores[split]);
  console.log(`accuracy: ${percent(scores.all.accuracy)}`);
  if (scores.all.accuracy < ACCURACY_BAR) process.exitCode = 1;
}

main();
