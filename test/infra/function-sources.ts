// What esbuild bundles of ours for one entry: the entry file and every project file it reaches
// through relative imports, static or dynamic (`import('./dynamo-parts')`). The infra tests read
// these sources to check that the deployment and the code agree (environment, DynamoDB calls).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

const RELATIVE_IMPORT = /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Absolute paths of the entry (relative to the repository root) and what it imports. */
export function functionSources(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const base = join(dirname(file), match[1] as string);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(
        (path) => existsSync(path) && /\.tsx?$/.test(path),
      );
      if (target !== undefined) visit(target);
    }
  };
  visit(join(REPO_ROOT, entry));
  return [...seen];
}

/**
 * Environment variable names a configuration source reads: keys of its zod schemas
 * (`NAME: z.…`, `NAME: someSchema.…`) and direct reads (`env.NAME`). Lambda's own AWS_*
 * variables are left out.
 */
export function environmentNamesRead(files: readonly string[]): string[] {
  const names = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(REPO_ROOT, file), 'utf8');
    for (const match of text.matchAll(/^\s+([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*:\s*[a-z][A-Za-z]*\s*[.,]/gm)) {
      names.add(match[1] as string);
    }
    for (const match of text.matchAll(/\benv\.([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g)) {
      names.add(match[1] as string);
    }
  }
  return [...names].filter((name) => !name.startsWith('AWS_')).sort();
}
