// The local server's token signing key: random for an in-memory run (tokens die with the
// process, as the conversations do), kept in the data folder when there is one, so a
// restarted server still accepts the tokens of the conversations it kept.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const KEY_FILE = 'token-signing-key';

export async function loadSigningKey(dataDir: string | undefined): Promise<string> {
  if (!dataDir) return randomBytes(32).toString('base64url');
  const path = join(dataDir, KEY_FILE);
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing && existing.trim().length >= 32) return existing.trim();
  const key = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(path, `${key}\n`, { mode: 0o600 });
  return key;
}
