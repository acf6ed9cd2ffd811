// An iPhone user gets Halnet's configuration profile from the chat, in a real Chromium with a
// phone-sized window: the answer offers "Scarica il profilo", the button opens the download
// page on Postino's API, the page asks the address and the SMTP user name (no password), and
// the browser downloads a .mobileconfig with those facts and the (demo) CA.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalServer } from '../../local/server';
import { type ChromiumSession, launchChromium } from './chromium';
import { WidgetDriver } from './widget-driver';

const ARTIFACTS = join(__dirname, '..', 'artifacts');
const ROOT = join(__dirname, '..', '..');

let server: Awaited<ReturnType<typeof startLocalServer>>;
let chromium: ChromiumSession;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startLocalServer({ port: 0, demoSmtp: true });
  chromium = await launchChromium({ width: 390, height: 844 });
  page = await chromium.context.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

function parsePlist(xml: string): Record<string, unknown> {
  const script =
    "import { parse } from 'plist'; let s=''; for await (const c of process.stdin) s+=c; " +
    'process.stdout.write(JSON.stringify(parse(s), (k, v) => v instanceof Uint8Array ? { bytes: v.length } : v));';
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      input: xml,
      encoding: 'utf8',
    }),
  );
}

describe('one-tap configuration in the chat', () => {
  it('gives an iPhone user the profile download', async () => {
    const widget = new WidgetDriver(page);
    await page.goto(server.url);
    await widget.launcher('Chat con l’assistenza posta Halnet').click();
    await widget.waitForBot('Quale programma di posta usi?');
    await widget.type('Ho un iPhone e devo configurare la posta per la prima volta');
    await widget.waitForBot('profilo di configurazione');
    // The hero card's button (Web Chat also keeps a hidden copy for screen readers).
    const button = page.locator('.ac-pushButton', { hasText: 'Scarica il profilo' });
    await button.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'config-offer-iphone.png') });

    const [form] = await Promise.all([chromium.context.waitForEvent('page'), button.click()]);
    await form.waitForLoadState();
    expect(form.url()).toBe(`${server.url}/config/apple?lang=it`);
    await form.getByLabel('Indirizzo email').fill('giulia@esempio.it');
    await form.getByLabel('Nome utente del servizio SMTP').fill('giulia.s');
    expect(await form.locator('input[type="password"]').count()).toBe(0);
    const [download] = await Promise.all([
      form.waitForEvent('download'),
      form.getByRole('button', { name: 'Scarica il file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('halnet-posta.mobileconfig');
    const saved = join(ARTIFACTS, 'halnet-posta.mobileconfig');
    await download.saveAs(saved);
    const profile = parsePlist(readFileSync(saved, 'utf8')) as {
      PayloadContent: Array<Record<string, unknown>>;
    };
    expect(profile.PayloadContent.map((payload) => payload.PayloadType)).toEqual([
      'com.apple.security.root',
      'com.apple.mail.managed',
    ]);
    expect(profile.PayloadContent[1]).toMatchObject({
      EmailAddress: 'giulia@esempio.it',
      OutgoingMailServerHostName: 'smtp.hln.it',
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUsername: 'giulia.s',
    });
  });
});
