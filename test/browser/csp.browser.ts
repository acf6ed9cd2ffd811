// The pages under the Content-Security-Policy the CDK app deploys (infra/csp.ts, with the
// inline-script hashes infra computes): the demo page's hashed inline script opens the widget,
// Web Chat greets, the agents' console signs in, and Chromium reports no violation. The last
// test shows why style-src keeps 'unsafe-inline': without it Web Chat's injected styles are
// refused. The header is added to the local server's HTML answers (page.route), as CloudFront
// adds it to the bucket's. Run: npm run test:browser
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../infra/csp';
import { inlineScriptHashes } from '../../infra/web-assets';
import { startLocalServer } from '../../local/server';
import { type ChromiumSession, launchChromium } from './chromium';
import { ConsoleDriver } from './console-driver';
import { WidgetDriver } from './widget-driver';

const PROJECT_ROOT = join(__dirname, '..', '..');
const DEPLOYED_CSP = contentSecurityPolicy({
  // What the stack passes for eu-south-1; the local API is same-origin ('self').
  connectSources: [
    'https://*.execute-api.eu-south-1.amazonaws.com',
    'https://cognito-idp.eu-south-1.amazonaws.com',
  ],
  scriptHashes: inlineScriptHashes(PROJECT_ROOT),
});

let server: Awaited<ReturnType<typeof startLocalServer>>;
let chromium: ChromiumSession;

beforeAll(async () => {
  server = await startLocalServer({ port: 0, demoSmtp: true });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** A page whose HTML answers carry `csp`, and the violations Chromium reports on it. */
async function pageUnder(csp: string): Promise<{ page: Page; violations: string[] }> {
  const page = await chromium.context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.route(`${server.url}/**`, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    if ((headers['content-type'] ?? '').startsWith('text/html')) headers['content-security-policy'] = csp;
    await route.fulfill({ response, headers });
  });
  return { page, violations };
}

describe('the pages under the deployed Content-Security-Policy', () => {
  it('runs the widget: the hashed inline script opens it and Web Chat greets', async () => {
    const { page, violations } = await pageUnder(DEPLOYED_CSP);
    const widget = new WidgetDriver(page);
    await page.goto(server.url);
    // The demo page's own inline script (allowed by its hash) wires this button.
    await page.locator('#open-chat').click();
    await widget.waitForBot('Quale programma di posta usi?');
    await widget.chooseSuggestedAction('Thunderbird');
    await widget.waitForBot('Che problema hai');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('runs the agents’ console: sign-in and the queue', async () => {
    const { page, violations } = await pageUnder(DEPLOYED_CSP);
    const agent = server.agents[0];
    if (!agent) throw new Error('the local server has no demo agent');
    await page.goto(`${server.url}/agent/`);
    await new ConsoleDriver(page).signIn(agent.username, agent.password);
    await page.getByRole('navigation').waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });

  it("needs style-src 'unsafe-inline' for Web Chat", async () => {
    const strict = DEPLOYED_CSP.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'");
    expect(strict).not.toBe(DEPLOYED_CSP);
    const { page, violations } = await pageUnder(strict);
    await page.goto(server.url, { waitUntil: 'load' });
    // The demo page's own <style> is refused first; count only what opening the chat adds.
    const fromPage = violations.length;
    await page.locator('#open-chat').click();
    await page.locator('.webchat__bubble').first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(violations.slice(fromPage).filter((text) => /style/.test(text)).length).toBeGreaterThan(0);
    await page.close();
  });
});
