// `npm start`'s server: the widget's page at `/`, static files kept inside web/dist, the
// Lambda Invoke route, and --data-dir keeping conversations (and the token key) across restarts.
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalServer } from '../../local/server';
import { call } from '../channel/support/http';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** A raw GET (fetch would normalise `..` away). */
function rawGet(url: string, path: string): Promise<number> {
  return rawGetFull(url, path).then((answer) => answer.status);
}

function rawGetFull(url: string, path: string): Promise<{ status: number; location?: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      const { location } = response.headers;
      resolve({ status: response.statusCode ?? 0, ...(location ? { location } : {}) });
    })
      .on('error', reject)
      .end();
  });
}

describe('local server', () => {
  it('serves the support page with the widget, and nothing outside web/dist', async () => {
    const server = await startLocalServer({ port: 0 });
    try {
      const page = await fetch(`${server.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('postino.js');
      const launcher = await fetch(`${server.url}/postino.js`);
      expect(launcher.status).toBe(200);
      expect(launcher.headers.get('content-type')).toContain('javascript');
      expect(await rawGet(server.url, '/../package.json')).toBe(404);
      expect(await rawGet(server.url, '/%2e%2e/package.json')).toBe(404);
      expect((await fetch(`${server.url}/nope.js`)).status).toBe(404);
      const unknownFunction = await fetch(`${server.url}/2015-03-31/functions/nope/invocations`, {
        method: 'POST',
        body: '{}',
      });
      expect(unknownFunction.status).toBe(404);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('redirects /agent to /agent/ (the console), keeping the query, never off the site', async () => {
    const server = await startLocalServer({ port: 0 });
    try {
      const bare = await fetch(`${server.url}/agent`, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/agent/');
      expect(await rawGetFull(server.url, '/agent?lang=en')).toEqual({
        status: 301,
        location: '/agent/?lang=en',
      });
      // A path that normalises to `//agent` must not become a protocol-relative redirect
      // (to the host `agent`).
      expect(await rawGetFull(server.url, '/.//agent')).toEqual({ status: 301, location: '/agent/' });
      const followed = await fetch(`${server.url}/agent`);
      expect(followed.url).toBe(`${server.url}/agent/`);
      expect(followed.status).toBe(200);
      expect(await followed.text()).toContain('/agent/agent.js');
    } finally {
      await server.close();
    }
  }, 120_000);

  it('keeps conversations and accepts their tokens after a restart with --data-dir', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'postino-data-'));
    try {
      const first = await startLocalServer({ port: 0, serveWeb: false, dataDir });
      const minted = await call(`${first.directLineUrl}/tokens/generate`, {
        token: first.directLineSecret,
        body: {},
      });
      const { conversationId, token } = minted.json;
      await call(`${first.directLineUrl}/conversations`, { token, body: {} });
      const at = (server: typeof first) =>
        `${server.directLineUrl}/conversations/${conversationId}/activities`;
      await call(at(first), { token, body: { type: 'message', text: 'Thunderbird' } });
      const before = (await call(at(first), { token })).json.activities;
      await first.close();

      const second = await startLocalServer({ port: 0, serveWeb: false, dataDir });
      try {
        const after = await call(at(second), { token });
        expect(after.status).toBe(200);
        expect(after.json.activities).toEqual(before);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
