// The widget in a real browser (Debian's Chromium via playwright-core) on the page the local
// server serves, against the real Direct Line API, dialog and store: open the launcher, get
// the welcome, pick a client and a symptom, read the steps; reload and find the same
// conversation; switch to English; close with Escape; recover from a conversation that
// cannot be resumed; end it. One customer's visit, so the steps share one page, in order.
// Screenshots go to test/artifacts/ (git-ignored). Run: npm run test:browser
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalServer } from '../../local/server';
import { contrastRatio, unnamedButtons } from './a11y-checks';
import { type ChromiumSession, launchChromium } from './chromium';
import { WidgetDriver } from './widget-driver';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const IT_LAUNCHER = 'Chat con l’assistenza posta Halnet';
const EN_LAUNCHER = 'Chat with Halnet mail support';

let server: Awaited<ReturnType<typeof startLocalServer>>;
let chromium: ChromiumSession;
let page: Page;
let widget: WidgetDriver;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startLocalServer({ port: 0, demoSmtp: true });
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${error.message}\n${error.stack ?? ''}`));
  widget = new WidgetDriver(page);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The conversation as the Direct Line API returns it to the widget's own token. */
async function serverActivities(): Promise<Array<{ type: string; name?: string; value?: unknown }>> {
  const { conversationId, token } = (await widget.session()).conversation as {
    conversationId: string;
    token: string;
  };
  const response = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Array<{ type: string; name?: string }> }).activities;
}

describe('the Postino widget in Chromium', () => {
  it('offers a labelled launcher button that opens the chat dialog', async () => {
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Assistenza Halnet — Posta elettronica');
    const launcher = widget.launcher(IT_LAUNCHER);
    await launcher.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await widget.panel().isVisible()).toBe(false);
    // The heavy chat bundle is not loaded until the customer opens the chat.
    expect(await page.locator('script[src$="postino-chat.js"]').count()).toBe(0);

    // By keyboard: the launcher shows a visible focus ring (dark orange) and opens on Enter.
    await page.keyboard.press('Tab'); // the page's skip link
    await launcher.focus();
    expect(await launcher.evaluate((element) => getComputedStyle(element).boxShadow)).toContain(
      'rgb(194, 65, 12)',
    );
    await page.keyboard.press('Enter');

    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('dialog', { name: 'Assistenza posta Halnet' }).waitFor();
    expect((await widget.focused()).inPanel).toBe(true);
    expect(await unnamedButtons(page, '#postino-root')).toEqual([]);
  });

  it('greets in Italian, offers the mail clients and puts the focus in the send box', async () => {
    await widget.waitForBot('Quale programma di posta usi?');
    const choices = await widget.suggestedActions();
    expect(choices).toEqual(
      expect.arrayContaining(['Thunderbird', 'Outlook (versione classica)', 'Mail di macOS']),
    );
    // Web Chat's own strings are Italian too ("Adesso" under the newest message).
    await page.getByText('Adesso').first().waitFor();
    expect(await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')).toBe(
      'Scrivi la domanda o l’errore che vedi',
    );
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-id') === 'webchat-sendbox-input',
    );
    const { conversation } = await widget.session();
    expect(conversation).toMatchObject({
      joined: true,
      conversationId: expect.any(String),
      token: expect.any(String),
    });
  });

  it('walks from a client and a symptom to the settings steps', async () => {
    await widget.chooseSuggestedAction('Thunderbird');
    await widget.waitForBot('Che problema hai');
    await widget.chooseSuggestedAction('Non si collega al server / tempo scaduto');
    await widget.waitForBot('Su Thunderbird:', 30_000);

    const steps = (await widget.botTexts()).find((text) => text.includes('Su Thunderbird:')) ?? '';
    // The cause in one line first, then one walk through Thunderbird's screens.
    expect(steps).toMatch(/^Il server di Halnet funziona: /);
    expect(steps).toContain('smtp.hln.it');
    expect(steps).toMatch(/“Porta”: 587/);
    expect(steps).toContain('Sicurezza della connessione');
    expect(steps).toContain('STARTTLS');
    expect(await widget.userTexts()).toEqual(
      expect.arrayContaining(['Thunderbird', 'Non si collega al server / tempo scaduto']),
    );
    await widget.waitForSuggestedAction('Sì, risolto');
    await page.screenshot({ path: join(ARTIFACTS, 'widget-steps.png') });

    // Contrast (WCAG AA, 4.5:1) of the launcher, the header and both kinds of bubble.
    for (const selector of [
      '.postino-launcher',
      '.postino-title',
      '.webchat__bubble--from-user .webchat__bubble__content',
      '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content p',
      '.webchat__suggested-action',
    ]) {
      const ratio = await contrastRatio(page.locator(selector).last());
      expect({ selector, meetsAA: ratio >= 4.5 }).toEqual({ selector, meetsAA: true });
    }
    expect(await unnamedButtons(page, '#postino-panel')).toEqual([]);
  });

  it('after a reload reopens the panel on the same conversation, with its history', async () => {
    const before = (await widget.session()).conversation as { conversationId: string; token: string };

    await page.reload();

    await widget.waitForBot('Su Thunderbird:', 30_000);
    expect(await widget.launcher(IT_LAUNCHER).getAttribute('aria-expanded')).toBe('true');
    const bot = await widget.botTexts();
    // The history is the server's replay of this conversation: one welcome, not a second one.
    expect(bot.filter((text) => text.includes('Quale programma di posta usi?'))).toHaveLength(1);
    expect(await widget.userTexts()).toEqual(expect.arrayContaining(['Thunderbird']));
    const after = (await widget.session()).conversation as { conversationId: string; token: string };
    expect(after.conversationId).toBe(before.conversationId);
    expect(after.token).not.toBe(before.token); // refreshed on resume
    // Reopening after a reload does not pull the focus away from the page.
    expect((await widget.focused()).inPanel).toBe(false);
  });

  it('switches to English: the widget, Web Chat and the bot', async () => {
    await page.getByRole('button', { name: 'English' }).click();

    await widget.waitForBot('OK, let’s continue in English.');
    await widget.waitForBot('In Thunderbird:', 30_000);
    const steps = (await widget.botTexts()).findLast((text) => text.includes('In Thunderbird:')) ?? '';
    expect(steps).toContain('587');
    expect(steps).toContain('Connection security');
    expect(await widget.userTexts()).toContain('english please');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await widget.launcher(EN_LAUNCHER).waitFor();
    await page.getByRole('dialog', { name: 'Halnet mail support' }).waitFor();
    await page.getByText('Just now').first().waitFor();
    expect(await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')).toBe(
      'Type your question or the error you see',
    );
    await widget.waitForSuggestedAction('Yes, solved');
    expect((await widget.session()).widget).toEqual({ open: true, locale: 'en' });
    // The server saw one `webchat/join` in this conversation: the reload resumed, it did not re-join.
    const joins = (await serverActivities()).filter((activity) => activity.name === 'webchat/join');
    expect(joins).toEqual([
      expect.objectContaining({ type: 'event', value: { locale: 'it', languages: ['it-IT'] } }),
    ]);
    await page.screenshot({ path: join(ARTIFACTS, 'widget-english.png') });
  });

  it('closes on Escape and gives the focus back to the launcher', async () => {
    await page.locator('[data-id="webchat-sendbox-input"]').focus();
    await page.keyboard.press('Escape');

    expect(await widget.panel().isVisible()).toBe(false);
    const launcher = widget.launcher(EN_LAUNCHER);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await widget.session()).widget).toEqual({ open: false, locale: 'en' });
  });

  it('starts a new conversation, with a note, when the stored one cannot be resumed', async () => {
    const before = (await widget.session()).conversation as { conversationId: string };
    await page.evaluate(() => {
      const stored = JSON.parse(sessionStorage.getItem('postino.conversation.v1') ?? '{}');
      sessionStorage.setItem(
        'postino.conversation.v1',
        JSON.stringify({ ...stored, token: 'forged.token.value' }),
      );
    });
    await page.reload();
    await widget.launcher(EN_LAUNCHER).click();

    await page.getByText('Your previous conversation had expired, so a new one has started.').waitFor();
    await widget.waitForBot('Which mail program do you use?');
    expect(await widget.botTexts()).not.toEqual(
      expect.arrayContaining([expect.stringContaining('In Thunderbird:')]),
    );
    const after = (await widget.session()).conversation as { conversationId: string };
    expect(after.conversationId).not.toBe(before.conversationId);
  });

  it('also starts afresh when the stored token has expired while the tab was away', async () => {
    const before = (await widget.session()).conversation as { conversationId: string };
    await page.evaluate(() => {
      const stored = JSON.parse(sessionStorage.getItem('postino.conversation.v1') ?? '{}');
      sessionStorage.setItem(
        'postino.conversation.v1',
        JSON.stringify({ ...stored, expiresAt: Date.now() - 1000 }),
      );
    });
    await page.reload();

    await page.getByText('Your previous conversation had expired, so a new one has started.').waitFor();
    await widget.waitForBot('Which mail program do you use?');
    const after = (await widget.session()).conversation as { conversationId: string };
    expect(after.conversationId).not.toBe(before.conversationId);
  });

  it('and when the server refuses to reconnect to the stored conversation', async () => {
    await page.evaluate(() => {
      const stored = JSON.parse(sessionStorage.getItem('postino.conversation.v1') ?? '{}');
      sessionStorage.setItem(
        'postino.conversation.v1',
        JSON.stringify({ ...stored, conversationId: 'gone' }),
      );
    });
    await page.reload();

    await page.getByText('Your previous conversation had expired, so a new one has started.').waitFor();
    await widget.waitForBot('Which mail program do you use?');
    const after = (await widget.session()).conversation as { conversationId: string; joined: boolean };
    expect(after).toMatchObject({ joined: true });
    expect(after.conversationId).not.toBe('gone');
  });

  it('ends the conversation from the header, after a confirmation', async () => {
    await page.getByRole('button', { name: 'End the conversation' }).click();
    await page.getByRole('button', { name: 'End', exact: true }).click();

    expect(await widget.panel().isVisible()).toBe(false);
    expect((await widget.session()).conversation).toBeNull();
    expect(await page.locator('#postino-panel .webchat__basic-transcript').count()).toBe(0);
  });

  it('raised no script error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
