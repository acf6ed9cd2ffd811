// `npm run eval:nlu`: runs understand() over the corpus and prints, per split, the accuracy
// per field and the misses. The last line is the held-out split's accuracy, `accuracy: NN.N%`
// (the share of held-out messages with every expected field right), and the exit code is
// non-zero under the bar. A file with no held-out entries is judged on all of it.
// Options (after `--`):
//   --misses tune|holdout|all|none  which misses to print (default all). While tuning the rules
//                                   use `tune`: the held-out misses are never looked at.
//   --corpus FILE                   score another file of the same shape (e.g. an export of
//                                   the agents' labelled examples) with the same code.
import { resolve } from 'node:path';
import * as z from 'zod';
import { LOCALES } from '../../core/knowledge/ids';
import {
  ACCURACY_BAR,
  CORPUS_PATH,
  FIELDS,
  loadCorpus,
  percent,
  type Score,
  type Split,
  scoreCorpus,
} from './score-corpus';

function describe(name: string, score: Score): string {
  const fields = FIELDS.filter((field) => score.fields[field].checked > 0).map((field) => {
    const { checked, correct } = score.fields[field];
    return `${field} ${percent(correct / checked)}`;
  });
  return `${name.padEnd(10)} ${String(score.total).padStart(4)} messages  all fields ${percent(score.accuracy)}  (${fields.join(', ')})`;
}

function printMisses(split: Split, score: Score): void {
  if (score.misses.length === 0) return;
  console.log(`\nmisses (${split}):`);
  for (const { entry, got } of score.misses) {
    const text = entry.text.length > 110 ? `${entry.text.slice(0, 107)}...` : entry.text;
    const wrong = Object.entries(got).map(([field, value]) => {
      const wanted = (entry as Record<string, unknown>)[field];
      return ` ${field} ${JSON.stringify(value)} (want ${JSON.stringify(wanted ?? null)})`;
    });
    const state = entry.state ? ` @${entry.state}` : '';
    console.log(`- [${entry.lang}${state}] ${JSON.stringify(text)}:${wrong.join(';')}`);
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function main(): void {
  const which = option('--misses') ?? 'all';
  const shown: Split[] =
    which === 'none'
      ? []
      : which === 'tune'
        ? ['tune']
        : which === 'holdout'
          ? ['holdout']
          : ['tune', 'holdout'];
  const file = option('--corpus');
  const path = file ? resolve(file) : CORPUS_PATH;
  let corpus: ReturnType<typeof loadCorpus>;
  try {
    corpus = loadCorpus(path);
  } catch (error) {
    const reason = error instanceof z.ZodError ? z.prettifyError(error) : String(error);
    console.error(`eval:nlu: ${path} is not a labelled corpus:\n${reason}`);
    process.exitCode = 2;
    return;
  }
  const scores = scoreCorpus(corpus);
  console.log(describe('tune', scores.tune));
  console.log(describe('all', scores.all));
  for (const lang of LOCALES) {
    console.log(describe(`all ${lang}`, scoreCorpus(corpus.filter((entry) => entry.lang === lang)).all));
  }
  console.log(describe('holdout', scores.holdout));
  for (const split of shown) printMisses(split, scores[split]);
  const judged = scores.holdout.total > 0 ? scores.holdout : scores.all;
  console.log(`accuracy: ${percent(judged.accuracy)}`);
  if (judged.accuracy < ACCURACY_BAR) process.exitCode = 1;
}

main();
