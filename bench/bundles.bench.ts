// Lambda bundle size and cold-start module load time, for every entry point in functions/:
// `bundle.<name>.bytes` (esbuild, minified, platform node, target node22, everything bundled,
// the AWS SDK included, so the figure is honest), `bundle.<name>.initMs` (median time to load
// the bundle in a fresh `node` process, over several processes) and, for reference,
// `bundle.<name>.bytesSdkExternal` / `initMsSdkExternal`: the same bundle with @aws-sdk/* left
// to the Lambda runtime, as infra/ deploys it.
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
      figures[`bundle.${name}.bytes`] = statSync(outfile).size;
      figures[`bundle.${name}.bytesSdkExternal`] = statSync(external).size;
      figures[`bundle.${name}.initMs`] = median(Array.from({ length: RUNS }, () => loadMs(outfile)));
      figures[`bundle.${name}.initMsSdkExternal`] = median(
        Array.from({ length: RUNS }, () => loadMs(external)),
      );
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
