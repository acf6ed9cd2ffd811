// Lambda bundle size and cold-start module load time, for every entry point in functions/:
// `bundle.<name>.bytes` and `bundle.<name>.initMs` measure the bundle as infra/ deploys it
// (esbuild, minified, platform node, target node22, @aws-sdk/* left to the Lambda runtime,
// which ships it): its size, and the median time a fresh `node` process takes to load it
// (the external SDK modules it requires at load are loaded from node_modules and counted).
// For reference, `bundle.<name>.bytesWithSdk` / `initMsWithSdk` bundle the SDK too.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';

const ROOT = join(__dirname, '..');
const RUNS = 7;

export async function run(): Promise<Record<string, number>> {
  // Under node_modules, so an external @aws-sdk/* resolves as the Lambda runtime's copy would.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'postino-bundles-'));
  const figures: Record<string, number> = {};
  try {
    const entries = readdirSync(join(ROOT, 'functions')).filter((name) => name.endsWith('.ts'));
    for (const entry of entries) {
      const name = basename(entry, '.ts');
      const outfile = join(outdir, `${name}.js`);
      const options: BuildOptions = {
        entryPoints: [join(ROOT, 'functions', entry)],
        bundle: true,
        minify: true,
        platform: 'node',
        target: 'node22',
        format: 'cjs',
        logLevel: 'error',
      };
      await build({ ...options, outfile });
      const external = join(outdir, `${name}.sdk-external.js`);
      await build({ ...options, outfile: external, external: ['@aws-sdk/*'] });
      figures[`bundle.${name}.bytes`] = statSync(external).size;
      figures[`bundle.${name}.bytesWithSdk`] = statSync(outfile).size;
      figures[`bundle.${name}.initMs`] = median(Array.from({ length: RUNS }, () => loadMs(external)));
      figures[`bundle.${name}.initMsWithSdk`] = median(Array.from({ length: RUNS }, () => loadMs(outfile)));
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
  return figures;
}

/** Milliseconds a fresh process takes to load (evaluate) the bundle, as Lambda's init does. */
function loadMs(file: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const output = execFileSync(process.execPath, ['-e', script], {
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_REGION: 'eu-south-1',
    },
    encoding: 'utf8',
  });
  return Number(output.trim().split('\n').at(-1));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
