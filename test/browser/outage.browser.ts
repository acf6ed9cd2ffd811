// Outage mode (issue 12) in Chromium against the local server's real outage service
// (`server.outage`): with an outage set, the widget reads the public status while the page is
// idle and shows its banner (role=status, readable on a phone, Italian and English) before the
// chat starts; a customer gets the known-problem answer and leaves an e-mail; the agents'
// console shows one outage card with the group's count, an agent writes to the whole group and
// marks the outage resolved (confirmed first), the customer hears it is over and the card
// lists the call-back; an agent reports a new outage from the console. Screenshots go to
// test/artifacts/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { OutageControl } from '../../core/outage/ports';
import { type LocalServer, startLocalServer } from '../../local/server';
import { botSays, eventually, textOf } from '../handoff/support/harness';
import { connectDirectLine, type DirectLineSession } from '../local/support/directline-client';
import { contrastRatio } from './a11y-checks';
import { type ChromiumSession, launchChromium } from './chromium';
import { ConsoleDriver } from './console-driver';
import { WidgetDriver } from './widget-driver';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const IT_BANNER = 'Problema in corso sul server di posta in uscita: ci stiamo lavorando.';
const EN_BANNER = 'There is a problem with the outgoing mail server: we are working on it.';
const OPS = { id: 'ops-halnet', name: 'Ops Halnet' };

let server: LocalServer;
let outage: OutageControl;
let chromium: ChromiumSession;

/** Outage mode's service on the local server's handle. */
function outageOf(local: LocalServer): OutageControl {
  const control = (local as LocalServer & { outage?: OutageControl }).outage;
  if (!control) throw new Error('the local server exposes no outage service (server.outage)');
  return control;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // The demo SMTP server answers the scheduled health checks: they stay healthy, and an outage
  // set by hand is cleared by hand only.
  server = await startLocalServer({ port: 0, demoSmtp: true });
  outage = outageOf(server);
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** A customer on the official Direct Line client whose chat starts during the outage. */
async function customerInOutage(local: LocalServer) {
  const answer = await fetch(`${local.directLineUrl}/tokens/public`, {
    method: 'POST',
    headers: { origin: local.url, 'content-type': 'application/json' },
    body: JSON.stringify({ locale: 'it-IT' }),
  });
  const { token } = (await answer.json()) as { token: string };
  const user = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()).user as string;
  const session: DirectLineSession = connectDirectLine({ domain: local.directLineUrl, token });
  let sent = 0;
  const post = (activity: Record<string, unknown>) =>
    session.post({
      from: { id: user, role: 'user' },
      ...activity,
      channelData: { clientActivityID: `c${sent++}` },
    });
  await post({ type: 'event', name: 'webchat/join', value: { language: 'it-IT' } });
  return { session, say: (text: string) => post({ type: 'message', text }) };
}

describe('the widget in an outage', () => {
  beforeAll(async () => {
    await outage.setByHand(true, OPS);
  });

  it('reads the status while the page is idle and shows the banner as the chat opens', async () => {
    const page = await chromium.context.newPage();
    const statusReads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/v3/directline/status')) statusReads.push(request.url());
    });
    await page.goto(server.url);
    // Read once the page is idle, before anyone opens the chat: the banner is on in the
    // (still closed) panel.
    await page.locator('.postino-outage:not([hidden])').waitFor({ state: 'attached', timeout: 10_000 });
    expect(statusReads).toHaveLength(1);
    expect(await new WidgetDriver(page).panel().isVisible()).toBe(false);
    await new WidgetDriver(page).launcher('Chat con l’assistenza posta Halnet').click();
    const banner = page.getByRole('status').filter({ hasText: IT_BANNER });
    await banner.waitFor({ state: 'visible' });
    // It sits above the chat, in the panel, and reads clearly.
    const [bannerBox, chatBox] = await Promise.all([
      banner.boundingBox(),
      page.locator('.postino-chat').boundingBox(),
    ]);
    expect((bannerBox?.y ?? 0) + (bannerBox?.height ?? 0)).toBeLessThanOrEqual((chatBox?.y ?? 0) + 1);
    expect(await contrastRatio(page.locator('.postino-outage'))).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: join(ARTIFACTS, 'outage-widget.png') });
    await page.close();
  });

  it('is readable on a phone, in English for an English browser', async () => {
    const phone = await launchChromium({ width: 390, height: 844 }, 'en-US');
    const page = await phone.context.newPage();
    await page.goto(server.url);
    await new WidgetDriver(page).launcher('Chat with Halnet mail support').click();
    const banner = page.getByRole('status').filter({ hasText: EN_BANNER });
    await banner.waitFor({ state: 'visible', timeout: 10_000 });
    const box = await banner.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    const fontSize = await page
      .locator('.postino-outage')
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
    await page.screenshot({ path: join(ARTIFACTS, 'outage-widget-phone.png') });
    await phone.close();
  });
});

describe('the agents’ console in an outage', () => {
  let page: Page;
  let console_: ConsoleDriver;
  let person: Awaited<ReturnType<typeof customerInOutage>>;
  let affected = 0;

  beforeAll(async () => {
    if (!(await outage.overview()).active) await outage.setByHand(true, OPS);
    // A customer writes during the outage: the known-problem answer puts them in its group,
    // and they leave an e-mail for the call back.
    person = await customerInOutage(server);
    await person.say('non riesco a inviare la posta');
    await person.session.waitFor(botSays('ha un problema'), 15_000);
    await person.say('Lascio un’e-mail');
    await person.say('mario.rossi@example.it');
    await person.session.waitFor(botSays('mario.rossi@example.it'), 15_000);
    // The widget's chats above joined the group too.
    affected = await eventually(async () => {
      const now = await outage.overview();
      return now.callbacks.length === 1 ? now.affected : undefined;
    }, 15_000);
    expect(affected).toBeGreaterThanOrEqual(1);
    page = await chromium.context.newPage();
    console_ = new ConsoleDriver(page);
    await page.goto(`${server.url}/agent/`);
    const demo = server.agents[0];
    if (!demo) throw new Error('no demo agent');
    await console_.signIn(demo.username, demo.password);
  });
  afterAll(async () => {
    person?.session.end();
    await page?.close();
  });

  it('shows one outage card with since when, who reported it and the group’s count', async () => {
    const card = page.locator('.pc-outage');
    await card.getByRole('heading', { name: /^Guasto in corso dalle \d{2}:\d{2}$/ }).waitFor();
    expect(await card.count()).toBe(1);
    expect(await page.getByRole('region', { name: /^Guasto in corso/ }).count()).toBe(1);
    await card.getByText('Segnalato da Ops Halnet').waitFor();
    const counts = await card
      .locator('.pc-outage-counts > div')
      .evaluateAll((facts) => facts.map((fact) => fact.textContent));
    expect(counts).toEqual([`Chat coinvolte${affected}`, 'Aspettano una persona0', 'Da richiamare1']);
    await page.screenshot({ path: join(ARTIFACTS, 'outage-console.png') });
  });

  it('writes to the whole group with "Rispondi a tutti"', async () => {
    const from = person.session.received.length;
    await page.getByLabel('Messaggio a tutte le chat coinvolte').fill('Stiamo lavorando al ripristino.');
    await console_.button('Rispondi a tutti').click();
    const sent = page.getByRole('status').filter({ hasText: /^Messaggio inviato a \d+ chat\.$/ });
    await sent.waitFor();
    expect(await sent.textContent()).toBe(
      affected === 1 ? 'Messaggio inviato a 1 chat.' : `Messaggio inviato a ${affected} chat.`,
    );
    const message = await person.session.waitFor(
      (activity) => activity.type === 'message' && textOf(activity) === 'Stiamo lavorando al ripristino.',
      10_000,
      from,
    );
    expect(message.from.role).not.toBe('user');
    expect(await page.getByLabel('Messaggio a tutte le chat coinvolte').inputValue()).toBe('');
  });

  it('marks the outage resolved after a confirm: the customer hears it is over, the card lists the call-back', async () => {
    const from = person.session.received.length;
    await console_.button('Segna come risolto').click();
    await page.getByRole('group', { name: /^Segnare il guasto come risolto\?/ }).waitFor();
    expect((await outage.overview()).active).toBe(true);
    await page.locator('.pc-outage-confirm').getByRole('button', { name: 'Segna come risolto' }).click();
    await page
      .getByRole('heading', { name: /^Guasto terminato alle \d{2}:\d{2}: 1 richiamata da fare$/ })
      .waitFor();
    expect((await outage.overview()).active).toBe(false);
    const callbacks = page.getByRole('list', { name: 'Clienti da richiamare' }).getByRole('listitem');
    expect(await callbacks.allTextContents()).toEqual(['mario.rossi@example.it (e-mail) IT']);
    expect(await callbacks.getByRole('link').getAttribute('href')).toBe('mailto:mario.rossi@example.it');
    // The all-clear reaches the customer's open chat, once.
    await person.session.waitFor(botSays('funziona di nuovo'), 15_000, from);
    await eventually(async () =>
      (await outage.overview()).allClearsDelivered === affected ? true : undefined,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'outage-console-ended.png') });
  });

  it('reports a new outage from the console after a confirm, and the widget’s status says so', async () => {
    await console_.button('Segnala un guasto').click();
    await page.locator('.pc-outage-confirm').getByRole('button', { name: 'Segnala il guasto' }).click();
    await page
      .locator('.pc-outage')
      .getByText(/^Segnalato da Giulia/)
      .waitFor();
    const now = await outage.overview();
    expect([now.active, now.cause, now.setBy]).toEqual([true, 'manual', server.agents[0]?.name]);
    const status = await fetch(`${server.url}/v3/directline/status`);
    expect(await status.json()).toEqual({ outage: true, since: now.since });
    await outage.setByHand(false, OPS);
    await console_.button('Segnala un guasto').waitFor();
  });
});
