// A human handoff end to end, in two pages of one Chromium against the local server (real
// Direct Line API, dialog, agent API, dynalite, demo SMTP probe target): an agent signs in at
// /agent/; a customer in Web Chat asks for a human; the console's queue shows it live (title
// count, beep); the agent reads the diagnosis, claims, writes; the customer sees the agent's
// name and message and answers; the agent sees it; markup typed by the customer stays text;
// the agent hands back and the bot resumes; a second handoff is closed and the customer rates.
// Screenshots go to test/artifacts/console-*.png. Run: npm run test:browser
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type LocalServer, startLocalServer } from '../../local/server';
import { contrastRatio, unnamedButtons } from './a11y-checks';
import { type ChromiumSession, launchChromium } from './chromium';
import { ConsoleDriver } from './console-driver';
import { WidgetDriver } from './widget-driver';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const PASSWORD = 'Demo-Agente-2026!';
const AGENT_NAME = 'Giulia (Halnet)';
const XSS_IMG = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=2</script>';

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
  chromium = await launchChromium();
  customerPage = await chromium.context.newPage();
  agentPage = await chromium.context.newPage();
  // Count the console's beeps: every tone it plays starts an oscillator.
  await agentPage.addInitScript(() => {
    const counter = window as unknown as { __tones: number };
    counter.__tones = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: [number?]) {
      counter.__tones += 1;
      return start.apply(this, args);
    };
  });
  for (const page of [customerPage, agentPage]) {
    page.on('pageerror', (error) => pageErrors.push(`${error.message}\n${error.stack ?? ''}`));
  }
  customer = new WidgetDriver(customerPage);
  agent = new ConsoleDriver(agentPage);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const demo = () => {
  const first = server.agents.find((candidate) => candidate.name === AGENT_NAME);
  if (!first) throw new Error(`no demo agent named ${AGENT_NAME}: ${server.agents.map((a) => a.name)}`);
  return first;
};

const tones = () => agentPage.evaluate(() => (window as unknown as { __tones: number }).__tones);

describe('handing a customer to a human agent', () => {
  it('signs the demo agent in at /agent/ (and refuses a wrong password)', async () => {
    await agentPage.goto(`${server.url}/agent/`);
    await expect(agentPage.title()).resolves.toBe('Postino — agenti');
    await agentPage.getByRole('heading', { name: 'Accedi alla console' }).waitFor();
    expect(await unnamedButtons(agentPage, '#console')).toEqual([]);
    await agentPage.screenshot({ path: join(ARTIFACTS, 'console-signin.png') });

    await agentPage.getByLabel('Nome utente').fill(demo().username);
    await agentPage.getByLabel('Password', { exact: true }).fill('not-the-password');
    await agent.button('Accedi').click();
    await agentPage.getByRole('alert').filter({ hasText: 'Nome utente o password non corretti.' }).waitFor();

    await agent.signIn(demo().username, PASSWORD);
    await agentPage.getByText(`Connesso come ${AGENT_NAME}`).waitFor();
    await agentPage.getByText('Nessuna conversazione in coda.').waitFor();
    await expect(agentPage.title()).resolves.toBe('Postino — agenti');
  });

  it('shows a new handoff in the queue live, with a beep and a count in the title', async () => {
    await customerPage.goto(server.url);
    await customer.launcher('Chat con l’assistenza posta Halnet').click();
    await customer.waitForBot('Quale programma di posta usi?');
    await customer.chooseSuggestedAction('Thunderbird');
    await customer.chooseSuggestedAction('Non si collega al server / tempo scaduto');
    await customer.waitForBot('Su Thunderbird:', 30_000);
    const tonesBefore = await tones();
    await customer.type('voglio parlare con un operatore');
    await customer.waitForBot('Ti metto in coda per parlare con un operatore');
    conversationId = ((await customer.session()).conversation as { conversationId: string }).conversationId;

    const row = agent.queueItem(conversationId);
    await row.waitFor({ timeout: 8_000 });
    expect(await row.getAttribute('aria-label')).toMatch(
      /^Thunderbird — Non si collega al server, in attesa da \d+ s$/,
    );
    await agentPage.waitForFunction(() => document.title === '(1) Postino — agenti');
    expect(await tones()).toBeGreaterThan(tonesBefore);
    await agentPage.screenshot({ path: join(ARTIFACTS, 'console-queue.png') });
  });

  it('opens it from the keyboard and shows the diagnosis, the history and canned replies', async () => {
    await agent.queueItem(conversationId).focus();
    await agentPage.keyboard.press('Enter');
    await agentPage.getByRole('heading', { name: 'Diagnosi di Postino' }).waitFor();
    await agent.waitForStatus('In coda');
    expect(await agent.facts()).toMatchObject({
      'Programma di posta': 'Thunderbird',
      Problema: 'Non si collega al server',
      'Lingua del cliente': 'Italiano',
      Richiesta: 'voglio parlare con un operatore',
      'Da richiamare': 'Nessun recapito lasciato',
    });
    expect(await agentPage.locator('.pc-steps li').count()).toBeGreaterThan(0);
    // The probe of the demo SMTP server: one row per port with its outcome.
    const ports = await agentPage.locator('.pc-ports tbody th').allInnerTexts();
    expect(ports).toEqual(expect.arrayContaining(['587']));
    await agent.waitForMessage('customer', 'voglio parlare con un operatore');
    await agent.waitForMessage('customer', 'Thunderbird');
    await agent.waitForMessage('bot', 'Il server di Halnet funziona');
    // Canned replies for Thunderbird, but no sending before claiming.
    const canned = agentPage.locator('.pc-canned');
    await canned.first().waitFor();
    expect(await canned.count()).toBeGreaterThan(0);
    expect(await agentPage.locator('.pc-canned button', { hasText: 'Invia' }).first().isDisabled()).toBe(
      true,
    );
    expect(await agentPage.getByLabel('Messaggio al cliente').isDisabled()).toBe(true);
    expect(await unnamedButtons(agentPage, '#console')).toEqual([]);
    for (const selector of ['.pc-queue-wait', '.pc-fact dt', '.pc-msg-sender', '.pc-status']) {
      expect(await contrastRatio(agentPage.locator(selector).first())).toBeGreaterThanOrEqual(4.5);
    }
    await agentPage.screenshot({ path: join(ARTIFACTS, 'console-bundle.png') });
  });

  it('claims and writes; the customer sees the agent’s name and message and answers', async () => {
    await agent.button('Prendi in carico').click();
    await agent.waitForStatus(`Con ${AGENT_NAME}`);
    await agentPage
      .getByRole('status')
      .filter({ hasText: 'Hai preso in carico la conversazione.' })
      .waitFor();
    await customer.waitForBot(`${AGENT_NAME} ti risponderà a breve.`);
    await agentPage.waitForFunction(() => document.title === 'Postino — agenti');

    const hello = 'Buongiorno, sono Giulia di Halnet: ho davanti la diagnosi, controlliamo insieme.';
    await agent.write(hello);
    await agent.waitForMessage('agent', hello);
    expect(await agentPage.getByLabel('Messaggio al cliente').inputValue()).toBe('');
    await customer.waitForBot(hello);
    const header = customerPage
      .locator('.postino-agent-activity', { hasText: hello })
      .locator('.postino-agent-name');
    await expect(header.textContent()).resolves.toBe(AGENT_NAME);
    // The agent's initial replaces the bot's "H" on the agent's own group of messages.
    await expect(customerPage.locator('.postino-agent-avatar').first().textContent()).resolves.toBe('G');

    await customer.type('Grazie Giulia, sono davanti al computer.');
    await agent.waitForMessage('customer', 'Grazie Giulia, sono davanti al computer.');
    await namesakeWrites(hello);
    // A background tab does not animate Web Chat's scroll: bring it forward for the picture.
    await customerPage.bringToFront();
    await customerPage.locator('.webchat__basic-transcript__scrollable').evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    await customerPage.waitForTimeout(300);
    await customerPage.screenshot({ path: join(ARTIFACTS, 'console-customer-view.png') });
    await agentPage.bringToFront();
  });

  /**
   * A colleague with the same display name (another `sub`) takes the conversation, writes and
   * gives it back: only the agent's own messages say "(tu)", matched by the agent id in
   * channelData.postino.agentId, never by name.
   */
  async function namesakeWrites(ownText: string) {
    const giulia = server.agents[0] as (typeof server.agents)[number];
    const namesake = {
      ...giulia,
      username: 'giulia.bis',
      agentId: 'namesake-0001',
      email: 'g2@halnet.example',
    };
    const call = async (who: typeof giulia, method: string, path: string, body?: unknown) => {
      const { token } = await server.agentAuth.issue(who);
      const answer = await fetch(`${server.agentApiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(answer.status).toBeLessThan(300);
    };
    await call(namesake, 'GET', '/queue'); // listed among the agents for the transfer
    const at = `/conversations/${conversationId}`;
    await call(giulia, 'POST', `${at}/transfer`, { toAgentId: namesake.agentId });
    const theirs = 'Sono l’altra Giulia: do un’occhiata anch’io.';
    await call(namesake, 'POST', `${at}/messages`, { text: theirs });
    await agent.waitForMessage('agent', theirs);
    await call(namesake, 'POST', `${at}/transfer`, { toAgentId: giulia.agentId });
    const sender = (text: string) =>
      agentPage
        .locator('.pc-transcript > li.pc-from-agent', { hasText: text })
        .locator('.pc-msg-sender')
        .textContent();
    await expect(sender(theirs)).resolves.toBe(AGENT_NAME);
    await expect(sender(ownText)).resolves.toBe(`${AGENT_NAME} (tu)`);
    await agentPage.getByLabel('Messaggio al cliente').waitFor({ state: 'visible' });
    await agentPage.waitForFunction(
      () => !(document.getElementById('pc-composer-input') as HTMLTextAreaElement | null)?.disabled,
    );
  }

  it('shows markup the customer types as literal text, never as HTML', async () => {
    await customer.type(XSS_IMG);
    await customer.type(XSS_SCRIPT);
    await agent.waitForMessage('customer', XSS_SCRIPT);
    const texts = (await agent.transcript()).filter((entry) => entry.kind === 'customer').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining([XSS_IMG, XSS_SCRIPT]));
    await agentPage.waitForTimeout(500); // an onerror would have fired by now
    for (const page of [agentPage, customerPage]) {
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    }
    expect(await agentPage.locator('img').count()).toBe(0);
    expect(await agentPage.locator('#console script').count()).toBe(0);
    await agentPage.screenshot({ path: join(ARTIFACTS, 'console-xss.png') });
  });

  it('fills the composer with a canned reply and re-runs the probe', async () => {
    const first = agentPage.locator('.pc-canned').first();
    const preview = (await first.locator('.pc-canned-preview').textContent()) ?? '';
    await first.getByRole('button', { name: /^Inserisci/ }).click();
    const composer = agentPage.getByLabel('Messaggio al cliente');
    expect(await composer.inputValue()).toBe(preview);
    expect(await agentPage.evaluate(() => document.activeElement?.id)).toBe('pc-composer-input');
    await composer.fill('');

    const checkedBefore = await agentPage.locator('.pc-probe .pc-muted').textContent();
    await agent.button('Ripeti la verifica').click();
    await agent.button('Ripeti la verifica').waitFor({ timeout: 20_000 });
    expect(await agentPage.locator('.pc-ports tbody tr').count()).toBeGreaterThan(0);
    expect(await agentPage.locator('.pc-probe .pc-form-error').count()).toBe(0);
    expect(checkedBefore).toMatch(/ms$/);
  });

  it('hands back to the bot, which resumes', async () => {
    await agent.button('Restituisci al bot').click();
    await agent.waitForStatus('Con il bot');
    expect(await agentPage.getByLabel('Messaggio al cliente').isDisabled()).toBe(true);
    await customer.waitForBot('Sono di nuovo Postino, l’assistente automatico.');
    await customer.waitForBot('Il problema è risolto?');
    await customer.type('no');
    await customer.waitForSuggestedAction('Parla con un operatore');
  });

  it('closes a second handoff; the customer is asked for a rating and gives it', async () => {
    await customer.chooseSuggestedAction('Parla con un operatore');
    await agent.waitForStatus('In coda');
    await agent.button('Prendi in carico').click();
    await agent.waitForStatus(`Con ${AGENT_NAME}`);
    await agent.button('Chiudi la conversazione').click();
    await agentPage.getByText('Chiudere la conversazione?').waitFor();
    await agent.button('Chiudi').click();
    await agent.waitForStatus('Chiusa');
    await customer.waitForBot('La conversazione con l’operatore è terminata.');
    await customer.waitForBot('Quanto sei soddisfatto');
    await customer.chooseSuggestedAction('5');
    await customer.waitForBot('Grazie per la tua valutazione!');
    await agent.waitForMessage('customer', '5');
  });

  it('shows today’s metrics, and the console in English', async () => {
    await agent.button('Aggiorna').click();
    const cells = agentPage.locator('.pc-metrics-table tbody tr');
    await agentPage.waitForFunction(() =>
      /5 \/ 5/.test(document.querySelector('.pc-metrics-table')?.textContent ?? ''),
    );
    const row = async (label: string) =>
      (await cells.filter({ hasText: label }).locator('td').allInnerTexts())[0];
    expect(Number(await row('Conversazioni'))).toBeGreaterThanOrEqual(1);
    expect(await row('Passate a un operatore')).toMatch(/^\d+(,\d)?%$/);
    expect(await row('Soddisfazione (CSAT)')).toContain('1 voto');
    await agentPage.screenshot({ path: join(ARTIFACTS, 'console-closed.png') });

    await agent.button('English').click();
    await agentPage.getByRole('heading', { name: 'Statistics' }).waitFor();
    await agentPage.getByRole('heading', { name: 'Postino’s diagnosis' }).waitFor();
    expect(await agentPage.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await agent.status()).toBe('Closed');
    await agent.button('Italiano').click();
    await agentPage.getByRole('heading', { name: 'Statistiche' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
