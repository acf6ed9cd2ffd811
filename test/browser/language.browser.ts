// The customer's language without choosing it, in Chromium on the page `npm start` serves
// (Italian by default): an English message typed on the Italian widget gets an English answer
// and Web Chat's own strings follow; a browser set to English is greeted in English.
import { startLocalServer } from '../../local/server';
import { type ChromiumSession, launchChromium } from './chromium';
import { WidgetDriver } from './widget-driver';

const IT_LAUNCHER = 'Chat con l’assistenza posta Halnet';
const EN_LAUNCHER = 'Chat with Halnet mail support';

let server: Awaited<ReturnType<typeof startLocalServer>>;
const browsers: ChromiumSession[] = [];

beforeAll(async () => {
  server = await startLocalServer({ port: 0, demoSmtp: true });
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await server?.close();
});

async function open(locale: string, launcher: string): Promise<WidgetDriver> {
  const browser = await launchChromium(undefined, locale);
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(server.url);
  const widget = new WidgetDriver(page);
  await widget.launcher(launcher).click();
  return widget;
}

describe('the customer’s language in the widget', () => {
  it('an English message on the Italian widget gets an English answer, and Web Chat follows', async () => {
    const widget = await open('it-IT', IT_LAUNCHER);
    await widget.waitForBot('Ciao, sono Postino');
    await widget.type('hi, Thunderbird keeps asking for my password when I send');
    await widget.waitForBot('I’ll continue in English.');
    await widget.waitForBot(/Halnet’s server is working: your program is not signing in/, 30_000);
    expect(await widget.suggestedActions()).toContain('Continua in italiano');
    const input = widget.page.locator('[data-id="webchat-sendbox-input"]');
    await expect(input.getAttribute('placeholder')).resolves.toBe('Type your question or the error you see');
    // The launcher's own texts follow too.
    await widget.launcher(EN_LAUNCHER).waitFor({ timeout: 5_000 });
  });

  it('a browser set to English is greeted in English on the Italian page', async () => {
    const widget = await open('en-GB', EN_LAUNCHER);
    await widget.waitForBot('Hi, I am Postino');
    expect(await widget.botTexts()).not.toContainEqual(expect.stringContaining('Ciao, sono Postino'));
  });
});
