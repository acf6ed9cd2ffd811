// Serves the built widget (web/dist) at `/`: index.html, the launcher and the lazily loaded
// chat assets. GET/HEAD only; paths are resolved inside the folder, never outside it. A folder
// asked for without its trailing slash (`/agent`) is redirected to it (`/agent/`). A path
// with a malformed percent-escape is a 400 in the API's error shape.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export async function serveStatic(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodedPath(request.url);
  if (pathname === undefined) {
    // A malformed percent-escape (`%ff`, `%zz`, a cut `%e0%a4%a`) names no file: the caller's error.
    response
      .writeHead(400, { 'content-type': 'application/json; charset=utf-8' })
      .end(
        JSON.stringify({ error: { code: 'BadArgument', message: 'Malformed percent-escape in the path' } }),
      );
    return;
  }
  const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(
    /^([/\\])+/,
    '',
  );
  const file = join(root, relative);
  if (!file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) {
    response.writeHead(404).end();
    return;
  }
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory() && !pathname.endsWith('/') && (await isFile(join(file, 'index.html')))) {
    // `/agent` -> `/agent/`, so the page's relative URLs resolve inside its folder. The target
    // is rebuilt from the checked relative path: `//host` can never become an off-site redirect.
    const search = new URL(request.url ?? '/', 'http://localhost').search;
    response.writeHead(301, { location: `/${relative.split(sep).join('/')}/${search}` }).end();
    return;
  }
  if (!info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': String(info.size),
    'cache-control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() === true;
}
