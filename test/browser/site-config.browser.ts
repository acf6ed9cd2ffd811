// What the AWS deployment's config.json changes, in Chromium: (1) the launcher embedded
// without data-api, served from a CDN origin of its own, finds the API in config.json and
// chats with it; (2) the agent console, when config.json names a Cognito user pool, signs in
// through Cognito's InitiateAuth / RespondToAuthChallenge (NEW_PASSWORD_REQUIRED on a first
// sign-in) and uses the ID token it gets on the agent API. Cognito itself is the one thing
// mocked (it is AWS); the token it hands out is a real agent token the local server accepts.
import type { Page, Request as PlaywrightRequest } from 'playwright-core';
import { type LocalServer, startLocalServer } from '../../local/server';
import { ensureWebBuilt } from '../../local/web-assets';
import { type ChromiumSession, launchChromium } from './chromium';
import { type StaticCdn, startStaticCdn } from './static-cdn';
import { WidgetDriver } from './widget-driver';

const AGENT_AUTH = {
  region: 'eu-south-1',
  userPoolId: 'eu-south-1_Test1',
  userPoolClientId: 'console-client-1',
};
const COGNITO = `https://cognito-idp.${AGENT_AUTH.region}.amazonaws.com/`;
const TEMPORARY = 'Temporanea-1!';
const CHOSEN = 'Nuova-Password-2026!';

let cdn: StaticCdn;
let server: LocalServer;
let chromium: ChromiumSession;
let page: Page;

beforeAll(async () => {
  cdn = await startStaticCdn(await ensureWebBuilt());
  server = await startLocalServer({ port: 0, demoSmtp: true, extraOrigins: [cdn.origin] });
  cdn.setConfig({
    apiUrl: server.url,
    directLineDomain: `${server.url}/v3/directline`,
    agentAuth: AGENT_AUTH,
  });
  // A German browser: neither Italian nor English, so the page's data-locale (en) decides.
  chromium = await launchChromium(undefined, 'de-DE');
  page = await chromium.context.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await cdn?.close();
});

describe('config.json from the deployment', () => {
  it('gives the launcher without data-api the API URL', async () => {
    const apiCalls: string[] = [];
    page.on('request', (request: PlaywrightRequest) => {
      if (request.url().includes('/v3/directline/')) apiCalls.push(new URL(request.url()).origin);
    });
    await page.goto(cdn.origin);
    const widget = new WidgetDriver(page);
    await widget.launcher('Chat with Halnet mail support').click();
    await widget.waitForBot('Which mail program do you use?');
    expect(cdn.requests).toContain('/config.json');
    expect(cdn.requests.some((path) => path.startsWith('/v3/'))).toBe(false);
    expect(new Set(apiCalls)).toEqual(new Set([server.url]));
  });

  it('makes the console sign in with Cognito, including the first sign-in’s new password', async () => {
    const demo = server.agents[0];
    if (!demo) throw new Error('the local server has no demo agent');
    const { token } = await server.agentAuth.issue(demo);
    const calls: Array<{ target: string; body: Record<string, unknown> }> = [];
    // The console is served by the local server; config.json there is what the deployment writes.
    await page.route(`${server.url}/config.json`, (route) =>
      route.fulfill({ json: { apiUrl: server.url, agentAuth: AGENT_AUTH } }),
    );
    await page.route(COGNITO, async (route) => {
      const request = route.request();
      if (request.method() === 'OPTIONS') {
        await route.fulfill({
          status: 204,
          headers: {
            'access-control-allow-origin': '*',
            'access-control-allow-headers': 'content-type, x-amz-target',
            'access-control-allow-methods': 'POST',
          },
        });
        return;
      }
      const target = request.headers()['x-amz-target'] ?? '';
      const body = request.postDataJSON() as Record<string, unknown>;
      calls.push({ target, body });
      const json = target.endsWith('.InitiateAuth')
        ? { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'session-1', ChallengeParameters: {} }
        : {
            AuthenticationResult: {
              IdToken: token,
              AccessToken: 'unused',
              RefreshToken: 'r-1',
              ExpiresIn: 3600,
            },
          };
      await route.fulfill({
        json,
        headers: { 'access-control-allow-origin': '*' },
        contentType: 'application/x-amz-json-1.1',
      });
    });

    await page.goto(`${server.url}/agent/`);
    await page.getByLabel('E-mail').fill(demo.email);
    expect(await page.getByText('In locale l’agente di prova').count()).toBe(0);
    await page.getByLabel('Password', { exact: true }).fill(TEMPORARY);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();

    await page.getByRole('heading', { name: 'Scegli una nuova password' }).waitFor();
    await page.getByLabel('Nuova password', { exact: true }).fill(CHOSEN);
    await page.getByLabel('Ripeti la nuova password', { exact: true }).fill('Diversa-2026!');
    await page.getByRole('button', { name: 'Salva e accedi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Le due password non coincidono.' }).waitFor();
    await page.getByLabel('Ripeti la nuova password', { exact: true }).fill(CHOSEN);
    await page.getByRole('button', { name: 'Salva e accedi' }).click();

    await page.getByText(`Connesso come ${demo.name}`).waitFor();
    await page.getByRole('heading', { name: 'Statistiche' }).waitFor();
    expect(calls).toEqual([
      {
        target: 'AWSCognitoIdentityProviderService.InitiateAuth',
        body: {
          ClientId: AGENT_AUTH.userPoolClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: demo.email, PASSWORD: TEMPORARY },
        },
      },
      {
        target: 'AWSCognitoIdentityProviderService.RespondToAuthChallenge',
        body: {
          ClientId: AGENT_AUTH.userPoolClientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: 'session-1',
          ChallengeResponses: { USERNAME: demo.email, NEW_PASSWORD: CHOSEN },
        },
      },
    ]);
    // The refresh token stays in memory; only the ID token is kept for a reload.
    const stored = await page.evaluate(() => sessionStorage.getItem('postino.agent.v1') ?? '');
    expect(stored).toContain(token);
    expect(stored).not.toContain('r-1');
  });
});
