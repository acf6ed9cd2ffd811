// The site secret's reach, exactly as the README documents it: it mints conversation tokens
// through tokens/generate, server to server, and opens nothing else. Every conversation route
// takes a token only, so a leaked token is one conversation and the secret never has to sit
// where a browser could read it (the widget uses tokens/public and needs none).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type LocalServer, startLocalServer } from '../../local/server';
import { call } from '../channel/support/http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const SECRET = 'site-secret-for-this-test-0123456789';

describe("the site secret's reach", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0, directLineSecret: SECRET });
  }, 120_000);
  afterAll(() => server?.close());

  it('mints tokens with tokens/generate, and those tokens open the conversation', async () => {
    const dl = server.directLineUrl;
    const minted = await call(`${dl}/tokens/generate`, {
      token: SECRET,
      body: { user: { id: 'dl_server_user' } },
    });
    expect(minted.status).toBe(200);
    const { token, conversationId } = minted.json;
    expect((await call(`${dl}/conversations`, { token, body: {} })).status).toBe(201);
    const at = `${dl}/conversations/${conversationId}/activities`;
    expect((await call(at, { token, body: { type: 'message', text: 'ciao' } })).status).toBe(200);
    expect((await call(at, { token })).json.activities[0].from.id).toBe('dl_server_user');
  });

  it('is refused (403 Forbidden, documented error) on every conversation route', async () => {
    const dl = server.directLineUrl;
    const { token, conversationId } = (await call(`${dl}/tokens/generate`, { token: SECRET, body: {} })).json;
    await call(`${dl}/conversations`, { token, body: {} });
    for (const [method, path, body] of [
      ['POST', '/conversations', {}],
      ['GET', `/conversations/${conversationId}`, undefined],
      ['GET', `/conversations/${conversationId}/activities`, undefined],
      ['POST', `/conversations/${conversationId}/activities`, { type: 'message', text: 'ciao' }],
      ['POST', `/conversations/${conversationId}/upload`, {}],
      ['POST', '/tokens/refresh', {}],
    ] as const) {
      const answer = await call(`${dl}${path}`, { method, token: SECRET, ...(body ? { body } : {}) });
      expect([method, path, answer.status, answer.json.error.code]).toEqual([method, path, 403, 'Forbidden']);
      expect(answer.json.error.message).toMatch(/tokens\/generate/);
    }
    // Nothing was stored by the refused post.
    const page = await call(`${dl}/conversations/${conversationId}/activities`, { token });
    expect(page.json.activities).toEqual([]);
  });

  it('never reaches the browser: not in the page, the widget, the console or any served asset', async () => {
    const root = join(__dirname, '..', '..', 'web', 'dist');
    const files: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) await walk(join(dir, entry.name));
        else files.push(join(dir, entry.name));
      }
    };
    await walk(root);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(await readFile(file, 'utf8')).not.toContain(SECRET);
    for (const path of ['/', '/agent/', '/postino.js', '/config.json']) {
      const answer = await fetch(`${server.url}${path}`);
      expect(await answer.text()).not.toContain(SECRET);
    }
    const publicToken = await call(`${server.directLineUrl}/tokens/public`, {
      body: {},
      headers: { origin: server.url },
    });
    expect(JSON.stringify(publicToken.json)).not.toContain(SECRET);
  });
});
