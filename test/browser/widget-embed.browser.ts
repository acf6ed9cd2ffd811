// The widget embedded on a customer's site on another origin, as its one-line <script> tag
// promises: assets and API come from the Postino server named in data-api, the language
// from data-locale, and a reload resumes the conversation. An origin the server does not allow gets no token: the widget says it
// cannot connect and offers to try again.
import type { Page } from 'playwright-core';
import { startLocalServer } from '../../local/server';
import { type ChromiumSession, launchChromium } from './chromium';
import { type CustomerSite, startCustomerSite } from './customer-site';
import { WidgetDriver } from './widget-driver';

let allowed: CustomerSite;
let stranger: CustomerSite;
let server: Awaited<ReturnType<typeof startLocalServer>>;
let chromium: ChromiumSession;
let page: Page;

beforeAll(async () => {
  allowed = await startCustomerSite();
  stranger = await startCustomerSite();
  server = await startLocalServer({ port: 0, demoSmtp: true, extraOrigins: [allowed.origin] });
  allowed.embed(server.url, server.url);
  stranger.embed(server.url, server.url);
  // A German browser: neither Italian nor English, so the page's data-locale (en) decides.
  chromium = await launchChromium(undefined, 'de-DE');
  page = await chromium.context.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await allowed?.close();
  await stranger?.close();
});

describe('the widget embedded on another site', () => {
  it('loads its chat from data-api and talks to the API across origins', async () => {
    const widget = new WidgetDriver(page);
    await page.goto(allowed.origin);
    await widget.launcher('Chat with Halnet mail support').click();

    await widget.waitForBot('Which mail program do you use?');
    const chatScript = await page.locator('script[src*="/postino-chat."]').getAttribute('src');
    expect(chatScript).toMatch(new RegExp(`^${server.url}/postino-chat\\.[A-Z0-9]{8}\\.js$`));
    await widget.chooseSuggestedAction('Thunderbird');
    await widget.waitForBot('What goes wrong when you send mail?');

    // Resuming across origins too (refresh and reconnect carry the token in Authorization).
    await page.reload();
    await widget.waitForBot('What goes wrong when you send mail?');
    expect(await widget.userTexts()).toEqual(['Thunderbird']);
  });

  it('tells the customer it cannot connect when the site is not allowed, and offers a retry', async () => {
    const widget = new WidgetDriver(page);
    await page.goto(stranger.origin);
    await widget.launcher('Chat with Halnet mail support').click();

    await page.getByText('I cannot reach the support service right now.').waitFor();
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await widget.botTexts()).toEqual([]);
    expect((await widget.session()).conversation).toBeNull();
  });
});
