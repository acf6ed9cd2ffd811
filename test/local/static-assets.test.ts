// The widget's assets as the local server sends them (issue 10): precompressed copies in the
// best encoding the browser accepts, the chat bundle under a content-hashed name cached for
// good, the launcher (whose content names the bundle) always revalidated and under 5 KB gzip.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type LocalServer, startLocalServer } from '../../local/server';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('static assets of the local server', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ port: 0 });
  }, 120_000);
  afterAll(() => server.close());

  // node:http, not fetch: fetch would decode the body and hide what was sent.
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{
      response: { status: number; headers: { get(name: string): string | null } };
      body: Buffer;
    }>((resolve, reject) => {
      const request = http.get(
        `${server.url}${path}`,
        { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({
              response: {
                status: answer.statusCode ?? 0,
                headers: { get: (name) => (answer.headers[name] as string | undefined) ?? null },
              },
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      request.on('error', reject);
    });

  it('sends the launcher precompressed (brotli first), revalidated, under 5 KB gzip', async () => {
    const plain = await get('/postino.js', 'identity');
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    expect(plain.response.headers.get('cache-control')).toBe('no-cache');
    expect(plain.response.headers.get('vary')).toBe('Accept-Encoding');

    const br = await get('/postino.js', 'gzip, deflate, br');
    expect(br.response.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gz = await get('/postino.js', 'gzip');
    expect(gz.response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(gz.body.length).toBeLessThanOrEqual(5 * 1024);
    // A refused encoding is not sent.
    const refused = await get('/postino.js', 'br;q=0, gzip');
    expect(refused.response.headers.get('content-encoding')).toBe('gzip');
  });

  it('names the chat bundle by its content and lets browsers keep it for good', async () => {
    const launcher = (await get('/postino.js', 'identity')).body.toString('utf8');
    const script = /postino-chat\.[A-Z0-9]{8}\.js/.exec(launcher)?.[0];
    const stylesheet = /postino-chat\.[A-Z0-9]{8}\.css/.exec(launcher)?.[0];
    expect(script).toBeDefined();
    expect(stylesheet).toBeDefined();
    const bundle = await get(`/${script}`, 'br');
    expect(bundle.response.status).toBe(200);
    expect(bundle.response.headers.get('content-encoding')).toBe('br');
    expect(bundle.response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const plain = await get(`/${script}`, 'identity');
    // Brotli sends a fraction of Web Chat's bundle.
    expect(bundle.body.length).toBeLessThan(plain.body.length / 3);
    expect((await get(`/${stylesheet}`)).response.status).toBe(200);
    // The page itself is always revalidated.
    expect((await get('/', 'gzip')).response.headers.get('cache-control')).toBe('no-cache');
  });
});
