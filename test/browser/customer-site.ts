// A stand-in for a customer's own website on another origin: one page that embeds the widget
// with the one-line <script> tag, pointing data-api at the Postino server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CustomerSite {
  origin: string;
  /** Serves the page embedding `<script src="{widgetBase}/postino.js" data-api="{apiBase}">`. */
  embed(widgetBase: string, apiBase: string): void;
  close(): Promise<void>;
}

export async function startCustomerSite(): Promise<CustomerSite> {
  let html = '<!doctype html><title>empty</title>';
  const server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    embed(widgetBase, apiBase) {
      html = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Studio Rossi</title></head>
<body><h1>Studio Rossi — Commercialisti</h1><p>Contatti e orari.</p>
<script src="${widgetBase}/postino.js" data-api="${apiBase}" data-locale="en" async></script></body></html>`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
