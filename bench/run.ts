// `npm run bench`: runs every benchmark module in this folder (`*.bench.ts`, each exporting
// `run(): Promise<Record<string, number>>`) one after another and writes the merged figures
// to bench/results.json as one flat object. `npm run bench -- probe` runs only matching files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type BenchModule = { run: () => Promise<Record<string, number>> };

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => !filter || name.includes(filter))
    .sort();
  const resultsPath = join(__dirname, 'results.json');
  // A filtered run updates its own figures and keeps the others.
  const results: Record<string, number> =
    filter && existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
  for (const file of files) {
    const started = Date.now();
    const bench = (await import(join(__dirname, file))) as BenchModule;
    const figures = await bench.run();
    for (const [name, value] of Object.entries(figures)) {
      results[name] = Math.round(value * 100) / 100;
      console.log(`${name}: ${results[name]}`);
    }
    console.log(`(${file} took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${resultsPath}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
