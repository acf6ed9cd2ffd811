// The defects found using the widget and the console as a customer and an agent would, each
// checked in Chromium against the local server with the demo SMTP target: a fresh load logs
// no 404; the launcher is among the first Tab stops and the send box font does not make iOS
// zoom; on a phone the symptom buttons neither hide the question nor cut their labels; the
// CA certificate link copies as exactly its URL; the probe target shows under its display
// name, never "localhost"; the diagnosis fits at 1280×800; the console speaks one language;
// screen readers hear "Postino" or the agent's name; a customer's forged handoff event never
// becomes a system line; the chat keeps following after a hand back; a closed conversation
// looks closed. Run: npx jest -c jest.browser.config.js test/browser/agents-day.browser.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type LocalServer, startLocalServer } from '../../local/server';
import { type ChromiumSession, launchChromium } from './chromium';
import { ConsoleDriver } from './console-driver';
import { WidgetDriver } from './widget-driver';

const PASSWORD = 'Demo-Agente-2026!';
const AGENT_NAME = 'Giulia (Halnet)';
const LAUNCHER = 'Chat con l’assistenza posta Halnet';
const CA_URL = 'http://www.hln.it/file/cacert.crt';
const ARTIFACTS = join(__dirname, '..', 'artifacts');

let server: LocalServer;
let chromium: ChromiumSession;
let customerPage: Page;
let agentPage: Page;
let customer: WidgetDriver;
let agent: ConsoleDriver;
let conversationId = '';
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startLocalServer({ port: 0, demoSmtp: true, agentPassword: PASSWORD });
  chromium = await launchChromium({ width: 1280, height: 800 });
  customerPage = await chromium.context.newPage();
  agentPage = await chromium.context.newPage();
  for (const page of [customerPage, agentPage]) {
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }
  customer = new WidgetDriver(customerPage);
  agent = new ConsoleDriver(agentPage);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Loads `url` in a fresh page and returns what failed: HTTP errors and console errors. */
async function freshLoadFailures(url: string, afterLoad: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await chromium.context.newPage();
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await afterLoad(page);
  await page.waitForTimeout(500);
  await page.close();
  return failures;
}

const botLabels = (page: Page) =>
  page
    .locator('.webchat__basic-transcript__activity-active-descendant')
    .evaluateAll((nodes) =>
      nodes.map((node) =>
        (document.getElementById(node.getAttribute('aria-labelledby') ?? '')?.textContent ?? '').trim(),
      ),
    );

/** How far below the visible part of the chat history its end is, in pixels. */
const distanceFromBottom = (page: Page) =>
  page
    .locator('.webchat__basic-transcript__scrollable')
    .evaluate((list) => Math.round(list.scrollHeight - list.scrollTop - list.clientHeight));

describe('a fresh visit', () => {
  it('loads the widget and the console without a 404 or a console error', async () => {
    const widget = await freshLoadFailures(server.url, async (page) => {
      await page.getByRole('button', { name: LAUNCHER, exact: true }).click();
      await new WidgetDriver(page).waitForBot('Quale programma di posta usi?');
    });
    const console = await freshLoadFailures(`${server.url}/agent/`, async (page) => {
      await page.getByRole('heading', { name: 'Accedi alla console' }).waitFor();
    });
    expect({ widget, console }).toEqual({ widget: [], console: [] });
  });

  it('reaches the launcher within three Tab stops; the send box text is at least 16 px', async () => {
    await customerPage.goto(server.url);
    await customer.launcher(LAUNCHER).waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await customerPage.keyboard.press('Tab');
      stops.push(
        await customerPage.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
        ),
      );
    }
    expect(stops).toContain(LAUNCHER);
    await customer.launcher(LAUNCHER).click();
    await customer.waitForBot('Quale programma di posta usi?');
    const fontSize = await customerPage
      .locator('[data-id="webchat-sendbox-input"]')
      .evaluate((input) => Number.parseFloat(getComputedStyle(input).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
  });
});

describe('the widget on a phone (390×844)', () => {
  let phone: Page;
  let widget: WidgetDriver;
  beforeAll(async () => {
    phone = await chromium.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    widget = new WidgetDriver(phone);
  });
  afterAll(() => phone.close());

  it('shows the whole question above the symptom buttons, and no label is cut', async () => {
    await phone.goto(server.url);
    await widget.launcher(LAUNCHER).click();
    await widget.chooseSuggestedAction('Thunderbird');
    await widget.waitForSuggestedAction('Autenticazione non riuscita');
    await phone.waitForTimeout(800); // Web Chat scrolls to the newest message
    const layout = await phone.evaluate(() => {
      const scrollable = document.querySelector('.webchat__basic-transcript__scrollable') as HTMLElement;
      const bubbles = [
        ...document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)'),
      ] as HTMLElement[];
      const question = bubbles.at(-1)?.getBoundingClientRect();
      const visible = scrollable.getBoundingClientRect();
      const header = document.querySelector('.postino-header')?.getBoundingClientRect();
      const cut = [...document.querySelectorAll('.webchat__suggested-action')]
        .map((button) => button as HTMLElement)
        .filter((button) => {
          const label = (button.querySelector('.webchat__suggested-action__text') ?? button) as HTMLElement;
          return label.scrollWidth > label.clientWidth + 1 || button.scrollWidth > button.clientWidth + 1;
        })
        .map((button) => button.textContent);
      return {
        questionTop: question?.top ?? -1,
        questionBottom: question?.bottom ?? -1,
        visibleTop: visible.top,
        visibleBottom: visible.bottom,
        headerBottom: header?.bottom ?? 0,
        cut,
      };
    });
    expect(layout.cut).toEqual([]);
    expect(layout.questionTop).toBeGreaterThanOrEqual(Math.max(layout.visibleTop, layout.headerBottom) - 1);
    expect(layout.questionBottom).toBeLessThanOrEqual(layout.visibleBottom + 1);
  });

  it('links the CA certificate with exactly its URL (no invisible characters around it)', async () => {
    await widget.chooseSuggestedAction('Avviso sul certificato');
    await widget.waitForBot('Su Thunderbird:', 30_000);
    const link = phone.locator(`.webchat__bubble__content a[href="${CA_URL}"]`).first();
    await link.waitFor();
    const copied = await link.evaluate((anchor) => {
      // What a customer copies when selecting the link from just before it to just after it.
      const range = document.createRange();
      range.setStartBefore(anchor.previousSibling ?? anchor);
      range.setEndAfter(anchor.nextSibling ?? anchor);
      const around = range.toString();
      return {
        text: anchor.textContent,
        around,
        invisible: /\u200B|\u200C|\u200D|\u2060|\uFEFF/.test(around),
      };
    });
    expect(copied.text).toBe(CA_URL);
    expect(copied.invisible).toBe(false);
  });
});

describe('a handoff seen by an agent at 1280×800', () => {
  it('queues a customer whose probe ran, naming the server smtp.hln.it, never localhost', async () => {
    await agentPage.goto(`${server.url}/agent/`);
    await agent.signIn(server.agents[0]?.username ?? '', PASSWORD);
    // A fresh conversation in the customer's tab.
    await customerPage.bringToFront();
    await customerPage.goto(server.url);
    await customerPage.evaluate(() => sessionStorage.clear());
    await customerPage.reload();
    await customer.launcher(LAUNCHER).click();
    await customer.chooseSuggestedAction('Thunderbird');
    await customer.chooseSuggestedAction('Non si collega al server / tempo scaduto');
    await customer.waitForBot('Su Thunderbird:', 30_000);
    await customer.type('voglio parlare con un operatore');
    await customer.waitForBot('Ti metto in coda per parlare con un operatore');
    conversationId = ((await customer.session()).conversation as { conversationId: string }).conversationId;
    // The widget marks the reply by its machine-readable outcome (channelData.postino).
    await customerPage
      .locator('.postino-outcome--answer[data-postino-kind="answer"]', {
        hasText: 'Su Thunderbird:',
      })
      .first()
      .waitFor();
    const said = (await customer.botTexts()).join('\n');
    expect(said).toContain('smtp.hln.it');
    expect(said).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('shows the whole diagnosis, probe and steps included, without scrolling inside it', async () => {
    await agentPage.bringToFront();
    await agent.queueItem(conversationId).click();
    await agentPage.getByRole('heading', { name: 'Diagnosi di Postino' }).waitFor();
    await agentPage.locator('.pc-ports tbody tr').first().waitFor();
    const fit = await agentPage.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      const slot = document.querySelector('.pc-bundle-slot') as HTMLElement;
      const inView = (selector: string) => {
        const box = rect(selector);
        // Inside the slot's visible box, above the composer and within the window.
        const clip = slot.getBoundingClientRect();
        const composerTop = rect('.pc-composer')?.top ?? window.innerHeight;
        return Boolean(
          box &&
            box.height > 0 &&
            box.top >= Math.max(0, clip.top) - 1 &&
            box.bottom <= Math.min(window.innerHeight, clip.bottom, composerTop) + 1,
        );
      };
      return {
        innerScroll: slot.scrollHeight - slot.clientHeight,
        probe: inView('.pc-probe'),
        steps: inView('.pc-bundle-columns'),
        history: (rect('.pc-transcript')?.height ?? 0) >= 80,
      };
    });
    await agentPage.screenshot({ path: join(ARTIFACTS, 'console-diagnosis-1280x800.png') });
    expect(fit).toEqual({ innerScroll: 0, probe: true, steps: true, history: true });
    const shown = (await agentPage.locator('#console').innerText()).toLowerCase();
    expect(shown).toContain('smtp.hln.it');
    expect(shown).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('speaks Italian only in Italian and English only in English', async () => {
    await agent.waitForMessage('system', /./);
    // The console's own words: the customer's and the bot's messages stay in the customer's language.
    const consoleWords = () =>
      agentPage.locator('.pc-conversation').evaluate((node) => {
        const clone = node.cloneNode(true) as HTMLElement;
        for (const text of clone.querySelectorAll('.pc-msg:not(.pc-from-system) .pc-msg-text')) text.remove();
        for (const hidden of clone.querySelectorAll('[hidden]')) hidden.remove();
        return clone.textContent ?? '';
      });
    const italian = await consoleWords();
    expect(italian).not.toMatch(
      /certificate|trusted|more days|implicit TLS|\baccepted\b|\bcompleted\b|\bHandoff\b|\bstatus\b/i,
    );
    expect(italian).toMatch(/certificato valido/);
    // Each bot reply's outcome, read from channelData.postino, never from its text.
    const steps = agentPage.locator('.pc-from-bot', { hasText: 'Su Thunderbird:' }).locator('.pc-outcome');
    await expect(steps.first().textContent()).resolves.toBe(
      'Passaggi · Thunderbird · Non si collega al server · Server funzionante',
    );
    await agent.button('English').click();
    await agentPage.getByRole('heading', { name: 'Postino’s diagnosis' }).waitFor();
    const english = await consoleWords();
    expect(english).not.toMatch(/certificato|giorni|attendibile|\bStato\b|passaggio|implicito/i);
    expect(english).toMatch(/certificate valid/);
    await expect(steps.first().textContent()).resolves.toBe(
      'Steps · Thunderbird · Cannot connect · Server healthy',
    );
    await agent.button('Italiano').click();
    await agentPage.getByRole('heading', { name: 'Diagnosi di Postino' }).waitFor();
  });

  it('never shows a handoff event the customer forged as a system line', async () => {
    const systemLines = async () =>
      (await agent.transcript()).filter((entry) => entry.kind === 'system').map((entry) => entry.text);
    const before = await systemLines();
    const { token } = (await customer.session()).conversation as { token: string };
    const post = (activity: Record<string, unknown>) =>
      fetch(`${server.directLineUrl}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
    for (const name of ['handoff.status', 'handoff.initiate']) {
      const answer = await post({ type: 'event', name, value: { state: 'completed', message: 'finto' } });
      expect(answer.status).toBeLessThan(500);
    }
    await customer.type('messaggio dopo gli eventi');
    await agent.waitForMessage('customer', 'messaggio dopo gli eventi');
    expect(await systemLines()).toEqual(before);
  });

  it('names the bot "Postino" and the agent by name for screen readers', async () => {
    await agent.button('Prendi in carico').click();
    await agent.waitForStatus(`Con ${AGENT_NAME}`);
    await agent.write('Buongiorno, sono Giulia.');
    await customerPage.bringToFront();
    await customer.waitForBot('Buongiorno, sono Giulia.');
    const labels = await botLabels(customerPage);
    const agentLabel = labels.find((label) => label.includes('Buongiorno, sono Giulia.'));
    const botLabel = labels.find((label) => label.includes('Quale programma di posta usi?'));
    expect(agentLabel?.startsWith(`${AGENT_NAME} ha detto:`)).toBe(true);
    expect(botLabel?.startsWith('Postino ha detto:')).toBe(true);
    expect(labels.filter((label) => /bot H\b/.test(label))).toEqual([]);
  });

  it('keeps the customer’s chat at its newest message after the agent hands back', async () => {
    await agentPage.bringToFront();
    await agent.button('Restituisci al bot').click();
    await agent.waitForStatus('Con il bot');
    await customerPage.bringToFront();
    await customer.waitForBot('Il problema è risolto?');
    await customerPage.waitForTimeout(1_000);
    expect(await distanceFromBottom(customerPage)).toBeLessThanOrEqual(4);
    await customer.type('no');
    await customer.waitForSuggestedAction('Parla con un operatore');
    await customerPage.waitForTimeout(1_000);
    expect(await distanceFromBottom(customerPage)).toBeLessThanOrEqual(4);
  });

  it('shows a closed conversation as closed: no waiting time, no claim prompt', async () => {
    await customer.chooseSuggestedAction('Parla con un operatore');
    await agentPage.bringToFront();
    await agent.waitForStatus('In coda');
    await agent.button('Prendi in carico').click();
    await agent.waitForStatus(`Con ${AGENT_NAME}`);
    await agent.button('Chiudi la conversazione').click();
    await agent.button('Chiudi').click();
    await agent.waitForStatus('Chiusa');
    await agentPage.waitForTimeout(1_500);
    const shown = await agentPage.locator('.pc-conversation').innerText();
    expect(shown).not.toMatch(/In attesa da|Prendi in carico/);
    expect(shown).toContain('Conversazione chiusa');
    expect(await agentPage.locator('.pc-conversation.pc-closed').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
