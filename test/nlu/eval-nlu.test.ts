// `npm run eval:nlu` as a command: it scores any corpus file given with --corpus, prints the
// held-out accuracy last as `accuracy: NN.N%`, and exits non-zero under the 95 % bar.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = join(__dirname, 'eval-nlu.ts');

function evalNlu(
  entries: unknown,
  ...args: string[]
): { status: number | null; lines: string[]; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'eval-nlu-'));
  try {
    const file = join(dir, 'labelled.json');
    writeFileSync(file, JSON.stringify(entries));
    const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--corpus', file, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { status: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const right = {
  text: 'uso thunderbird e chiede sempre la password',
  client: 'thunderbird',
  symptom: 'auth-failed',
  lang: 'it',
};
const wrong = { text: 'ciao', client: 'eudora-7', symptom: 'auth-failed', lang: 'it' };

describe('npm run eval:nlu', () => {
  it('judges the held-out split, printed last, and passes at or over the bar', () => {
    const { status, lines } = evalNlu([
      { ...right, split: 'holdout' },
      { ...wrong, split: 'tune' },
    ]);
    expect(lines.at(-1)).toBe('accuracy: 100.0%');
    expect(lines.find((line) => line.startsWith('holdout'))).toMatch(
      /holdout\s+1 messages\s+all fields 100\.0%/,
    );
    expect(lines.find((line) => line.startsWith('tune'))).toMatch(/all fields 0\.0%/);
    expect(status).toBe(0);
  });

  it('fails under the bar, and prints only the misses asked for', () => {
    const { status, lines } = evalNlu(
      [
        { ...right, split: 'holdout' },
        { ...wrong, split: 'holdout' },
        { ...wrong, text: 'salve', split: 'tune' },
      ],
      '--misses',
      'tune',
    );
    expect(lines.at(-1)).toBe('accuracy: 50.0%');
    expect(status).toBe(1);
    expect(lines.join('\n')).toContain('misses (tune)');
    expect(lines.join('\n')).not.toContain('misses (holdout)');
  });

  it('judges a file with no held-out split on all of it', () => {
    const { status, lines } = evalNlu([right]);
    expect(lines.at(-1)).toBe('accuracy: 100.0%');
    expect(status).toBe(0);
  });

  it('rejects a file that is not a labelled corpus with a clear error', () => {
    const { status, stderr } = evalNlu([{ text: 'x', client: 'not-a-client', symptom: null, lang: 'it' }]);
    expect(status).toBe(2);
    expect(stderr).toContain('is not a labelled corpus');
    expect(stderr).toContain('client');
  });
});
