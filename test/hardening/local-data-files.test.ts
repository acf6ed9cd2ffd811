// The local server's data stay private to the user running it: with --data-dir every file is
// 0600 and every folder 0700 (also a folder an older version left 0755/0644), and the embedded
// store listens on no TCP port at all (another local user could otherwise read every
// conversation through dynalite, which checks no credentials): its only listener is a unix
// socket, 0600 inside a 0700 folder.
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalDynamo } from '../../adapters/dynamo/local-dynalite';
import { startLocalServer } from '../../local/server';
import { call } from '../channel/support/http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

async function modes(root: string): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [[root, ((await stat(root)).mode & 0o777).toString(8)]];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...(await modes(path)));
    else out.push([path, ((await stat(path)).mode & 0o777).toString(8)]);
  }
  return out;
}

/** TCP ports this process listens on (Linux: /proc/net/tcp{,6} inodes owned by our fds). */
async function listeningPorts(): Promise<number[]> {
  const inodes = new Set<string>();
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    const match = /^socket:\[(\d+)\]$/.exec(target);
    if (match?.[1]) inodes.add(match[1]);
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      if (fields[3] === '0A' && fields[9] && inodes.has(fields[9])) {
        ports.push(Number.parseInt((fields[1] as string).split(':')[1] as string, 16));
      }
    }
  }
  return ports.sort();
}

describe('local data and store access', () => {
  it('keeps the data folder 0700 and its files 0600, also an old 0755/0644 one', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'postino-perms-'));
    const dataDir = join(parent, 'data');
    try {
      await mkdir(join(dataDir, 'dynamo'), { recursive: true, mode: 0o755 });
      await chmod(dataDir, 0o755);
      await writeFile(join(dataDir, 'leftover.txt'), 'x', { mode: 0o644 });
      const server = await startLocalServer({ port: 0, serveWeb: false, dataDir });
      try {
        const minted = await call(`${server.directLineUrl}/tokens/generate`, {
          token: server.directLineSecret,
          body: {},
        });
        const { token, conversationId } = minted.json;
        await call(`${server.directLineUrl}/conversations`, { token, body: {} });
        await call(`${server.directLineUrl}/conversations/${conversationId}/activities`, {
          token,
          body: { type: 'message', text: 'ciao' },
        });
      } finally {
        await server.close();
      }
      const all = await modes(dataDir);
      expect(all.length).toBeGreaterThan(4);
      const expected = await Promise.all(
        all.map(async ([path]) => [path, (await stat(path)).isDirectory() ? '700' : '600']),
      );
      expect(all).toEqual(expected);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  }, 60_000);

  it('runs the store behind no TCP port: a 0600 unix socket in a 0700 folder', async () => {
    const before = await listeningPorts();
    const dynamo = await startLocalDynamo({ thread: true });
    try {
      expect(await listeningPorts()).toEqual(before);
      expect(dynamo.socketPath).toBeDefined();
      const socket = await stat(dynamo.socketPath as string);
      expect(socket.isSocket()).toBe(true);
      expect((socket.mode & 0o777).toString(8)).toBe('600');
      const folder = await stat(join(dynamo.socketPath as string, '..'));
      expect((folder.mode & 0o777).toString(8)).toBe('700');
    } finally {
      await dynamo.close();
    }
    const server = await startLocalServer({ port: 0, serveWeb: false });
    try {
      // The HTTP server, and the verify inbox's SMTP port on loopback (issue 12: test messages
      // must arrive somewhere); never the store.
      expect(await listeningPorts()).toEqual(
        [...before, Number(new URL(server.url).port), server.verifyInbox.port].sort(),
      );
    } finally {
      await server.close();
    }
  }, 60_000);
});
