import { chromium } from 'playwright-core';
import { startLocalServer } from './local/server';
(async () => {
  const server = await startLocalServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(`(() => { window.__marks = {}; let d; Object.defineProperty(window, 'PostinoChat', { configurable: true, get() { return d; }, set(v) { window.__marks.registered = performance.now(); d = v; } });
      new MutationObserver(() => { if (!window.__marks.webchat && document.querySelector('.webchat__basic-transcript')) window.__marks.webchat = performance.now(); if (!window.__marks.sendbox && document.querySelector('[data-id="webchat-sendbox-input"]')) window.__marks.sendbox = performance.now(); }).observe(document, { childList: true, subtree: true }); })()`);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('.postino-launcher').waitFor();
    const t0 = await page.evaluate('performance.now()') as number;
    await page.locator('.postino-launcher').click();
    await page.locator('.webchat__bubble').filter({ hasText: 'Quale programma' }).first().waitFor({ timeout: 20000 });
    const t1 = await page.evaluate('performance.now()') as number;
    const marks = await page.evaluate('window.__marks') as Record<string, number>;
    const res = await page.evaluate(`Object.fromEntries(performance.getEntriesByType('resource').map(e => [e.name.replace(/^.*\\/\\/[^/]+/, '').slice(0,40), [Math.round(e.startTime), Math.round(e.responseEnd)]]))`);
    console.log(JSON.stringify({ click: Math.round(t0), greeting: Math.round(t1), total: Math.round(t1 - t0), ...Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v)])), res }));
    await context.close();
  }
  await browser.close(); await server.close();
})();
