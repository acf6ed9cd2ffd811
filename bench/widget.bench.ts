// Browser figures of the widget on `npm start`'s server, in Debian's Chromium (playwright-core),
// each run in a fresh browser context (nothing cached, a first visit):
//   widget.openToGreetingMs   click on the launcher -> the bot's greeting in the DOM, for a
//                             customer who spent a few seconds on the page first (the widget
//                             preloads its chat bundle when the page is idle or on hover)
//   widget.openToGreetingColdMs  the same, clicked the moment the page has loaded
//   chat.replyVisibleP50Ms    click on a suggested action -> the bot's reply in the DOM
//   chat.replyVisibleP95Ms    (turns that run no probe)
// Times are taken inside the page (the click and a MutationObserver on one clock); medians of
// the runs. CHROMIUM_PATH overrides /usr/bin/chromium.
import { chromium } from 'playwright-core';
import { startLocalServer } from '../local/server';

const RUNS = 12;
const READING_MS = 6_000;
const GREETING = 'Quale programma di posta usi?';
// Each pair: the suggested action clicked and the reply it gets (no probe on this path).
const TURNS: Array<[string, string]> = [['Thunderbird', 'Che problema hai']];

export async function run(): Promise<Record<string, number>> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const server = await startLocalServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const greetings: number[] = [];
  const cold: number[] = [];
  const replies: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'load' });
      const launcher = page.locator('.postino-launcher');
      await launcher.waitFor();
      const coldRun = run % 2 === 1;
      // A reader spends a few seconds on the page; a customer's pointer reaches the button
      // before the click.
      if (!coldRun) await page.waitForTimeout(READING_MS);
      await launcher.hover();
      (coldRun ? cold : greetings).push(await clickUntil(page, '.postino-launcher', GREETING));
      for (const [action, reply] of TURNS) {
        await page.locator('.webchat__suggested-action').filter({ hasText: action }).first().waitFor();
        replies.push(await clickUntil(page, `.webchat__suggested-action`, reply, action));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    'widget.openToGreetingMs': percentile(greetings, 50),
    'widget.openToGreetingColdMs': percentile(cold, 50),
    'chat.replyVisibleP50Ms': percentile(replies, 50),
    'chat.replyVisibleP95Ms': percentile(replies, 95),
  };
}

/**
 * Clicks (in the page) the element matching `selector` (and `withText`), then waits for a bot
 * text. The page code is a string: tsx would otherwise wrap the function in helpers the page lacks.
 */
function clickUntil(
  page: import('playwright-core').Page,
  selector: string,
  text: string,
  withText?: string,
): Promise<number> {
  const args = JSON.stringify({ selector, text, withText: withText ?? null });
  return page.evaluate(`(() => {
    const { selector, text, withText } = ${args};
    return new Promise((resolve, reject) => {
      const botText = () =>
        [...document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)')].some(
          (bubble) => (bubble.textContent || '').includes(text),
        );
      const target = [...document.querySelectorAll(selector)].find(
        (element) => withText === null || (element.textContent || '').includes(withText),
      );
      if (!target) return reject(new Error('nothing to click for ' + selector));
      const started = performance.now();
      const observer = new MutationObserver(() => {
        if (!botText()) return;
        observer.disconnect();
        resolve(performance.now() - started);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      setTimeout(() => {
        observer.disconnect();
        reject(new Error(text + ' not shown within 20 s'));
      }, 20000);
      target.click();
    });
  })()`) as Promise<number>;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
