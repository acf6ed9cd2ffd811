// Keeps the layer arrows of ARCHITECTURE.md honest by reading import lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const AWS_PACKAGES =
  /^(@aws-sdk\/|aws-lambda$|aws-lambda\/|aws-cdk-lib|constructs$|@aws-lambda-powertools\/)/;

function sourceFiles(folder: string): string[] {
  const dir = join(ROOT, folder);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(ROOT, path));
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) {
    specifiers.push((match[1] ?? match[2] ?? match[3]) as string);
  }
  return specifiers;
}

function violations(folder: string, isForbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((specifier) => isForbidden(specifier, file))
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
}

function resolvesInto(specifier: string, file: string, folder: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = relative(ROOT, join(file, '..', specifier));
  return target === folder || target.startsWith(`${folder}/`);
}

describe('layer boundaries', () => {
  it('finds imports in the forms the code uses', () => {
    const sample =
      "import { a } from 'x';\nimport type { B } from \"../y\";\nexport { c } from './z';\nconst d = await import('w');";
    expect(importsOf(sample)).toEqual(['x', '../y', './z', 'w']);
  });

  it.each(['dialogs', 'core'])('%s/ imports no AWS SDK, aws-lambda or CDK', (folder) => {
    expect(violations(folder, (specifier) => AWS_PACKAGES.test(specifier))).toEqual([]);
  });

  it('core/ imports neither adapters/ nor functions/', () => {
    const bad = violations(
      'core',
      (specifier, file) =>
        resolvesInto(specifier, file, 'adapters') || resolvesInto(specifier, file, 'functions'),
    );
    expect(bad).toEqual([]);
  });

  // The dialog is pure: of the core it may use only the knowledge base and the shared error
  // hierarchy (core/errors.ts does no I/O), never ports, channel or probe.
  it('dialogs/ imports nothing of core/ but the knowledge base and the errors', () => {
    const allowed = (specifier: string, file: string) =>
      resolvesInto(specifier, file, 'core/knowledge') || resolvesInto(specifier, file, 'core/errors');
    const bad = violations(
      'dialogs',
      (specifier, file) => resolvesInto(specifier, file, 'core') && !allowed(specifier, file),
    );
    expect(bad).toEqual([]);
  });

  it('infra/ never imports runtime modules', () => {
    const runtime = ['core', 'dialogs', 'adapters', 'functions', 'local'];
    const bad = violations('infra', (specifier, file) =>
      runtime.some((f) => resolvesInto(specifier, file, f)),
    );
    expect(bad).toEqual([]);
  });
});
