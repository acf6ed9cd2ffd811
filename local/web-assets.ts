// Makes sure web/dist is there and current before the local server serves it: builds it with
// the widget's own buildWeb() when it is missing or older than any file under web/.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const WEB_ROOT = join(__dirname, '..', 'web');
export const WEB_DIST_DIR = join(WEB_ROOT, 'dist');

export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<string> {
  const built = newestMtime(WEB_DIST_DIR);
  const sources = newestMtime(WEB_ROOT, ['dist']);
  if (built === 0 || built < sources) {
    log(
      built === 0
        ? 'building the widget (web/dist is missing)...'
        : 'rebuilding the widget (web/ changed)...',
    );
    const { buildWeb } = await import('../web/build');
    await buildWeb({ outdir: WEB_DIST_DIR });
  }
  return WEB_DIST_DIR;
}

/** The newest modification time of any file below `dir` (0 when there is none). */
function newestMtime(dir: string, skip: string[] = []): number {
  let newest = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (skip.includes(entry.name) || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
