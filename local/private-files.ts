// The local server's data folder holds every conversation and the token signing key: it is
// kept private to the user running `npm start`. Files are created 0600 (umask 077 while the
// server runs) and the folder tree is made 0700/0600 at start (a folder left by an older
// version, or made by hand, is fixed) and again at close.
import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const PRIVATE_UMASK = 0o077;

/** Makes `dir` (created if missing) and everything below it 0700 folders and 0600 files. */
export async function makePrivate(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await makePrivate(path);
    else if (entry.isFile()) await chmod(path, 0o600);
  }
}

/** Files created from now on are private; returns how to put the previous umask back. */
export function privateUmask(): () => void {
  const previous = process.umask(PRIVATE_UMASK);
  return () => {
    process.umask(previous);
  };
}
