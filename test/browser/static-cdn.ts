// A stand-in for the CDN the AWS deployment serves the widget from: the built web/dist files
// plus the `config.json` the deployment writes next to them, on an origin of its own (the API
// lives elsewhere), with a customer page that embeds postino.js WITHOUT data-api.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../local/static-files';

export interface StaticCdn {
  origin: string;
  /** Sets what /config.json answers. */
  setConfig(config: Record<string, unknown>): void;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Halnet (CDN)</title></head>
<body><h1>Halnet</h1><script src="/postino.js" data-locale="en" async></script></body></html>`;

export async function startStaticCdn(root: string): Promise<StaticCdn> {
  let config = '{}';
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(config);
    } else if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else {
      void serveStatic(root, request, response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    setConfig(next) {
      config = JSON.stringify(next);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
