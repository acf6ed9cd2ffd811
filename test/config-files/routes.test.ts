// The configuration files over HTTP on `npm start`'s server (the same handler as the Lambda):
// the bilingual download page, the form's download (zod-checked, never a password), the paths
// Thunderbird and Outlook look up, and clear errors for bad input.
import { readCaCertificate } from '../../core/config-files';
import { DEMO_CA_NAME } from '../../local/config-files';
import { type LocalServer, startLocalServer } from '../../local/server';
import { onlyText, parsePlist, parseXmlStrict } from './support/parsers';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ port: 0, serveWeb: false });
});
afterAll(() => server.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('download page', () => {
  it('asks the e-mail address and the SMTP user name, in Italian by default and in English', async () => {
    const it = await fetch(`${server.url}/config/apple`);
    expect(it.status).toBe(200);
    expect(it.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await it.text();
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('name="email"');
    expect(html).toContain('name="username"');
    expect(html).not.toMatch(/type="password"|name="password"/);
    // Unsigned here, and the demo CA is named as what it is.
    expect(html).toContain('«Non verificato»');
    expect(html).toContain(DEMO_CA_NAME);
    expect(html).toContain('Impostazioni attendibilità certificati');
    const en = await (await fetch(`${server.url}/config/thunderbird?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Existing email account');
  });

  it('downloads a profile with the demo CA for the address and user name given', async () => {
    const response = await fetch(
      `${server.url}/config/apple/download`,
      form({ lang: 'en', email: 'Anna@Example.it', username: 'anna.b' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-apple-aspen-config');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="halnet-posta.mobileconfig"',
    );
    const profile = parsePlist(await response.text()) as { PayloadContent: Array<Record<string, unknown>> };
    const [root, mail] = profile.PayloadContent;
    expect(mail).toMatchObject({ EmailAddress: 'anna@example.it', OutgoingMailServerUsername: 'anna.b' });
    const der = Buffer.from((root as { PayloadContent: { base64: string } }).PayloadContent.base64, 'base64');
    const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64')}\n-----END CERTIFICATE-----`;
    expect(readCaCertificate(pem).commonName).toBe(DEMO_CA_NAME);
  });

  it('gives Thunderbird and Outlook users their files with the user name', async () => {
    const tb = await fetch(
      `${server.url}/config/thunderbird/download`,
      form({ email: 'a@b.it', username: 'ab' }),
    );
    expect(tb.headers.get('content-disposition')).toContain('config-v1.1.xml');
    const outgoing = parseXmlStrict(await tb.text())
      .getElementsByTagName('outgoingServer')
      .item(0);
    expect(outgoing && onlyText(outgoing, 'username')).toBe('ab');
    const ol = await fetch(
      `${server.url}/config/outlook/download`,
      form({ email: 'a@b.it', username: 'ab' }),
    );
    const smtp = parseXmlStrict(await ol.text())
      .getElementsByTagName('Protocol')
      .item(1);
    expect(smtp && onlyText(smtp, 'LoginName')).toBe('ab');
  });

  it.each([
    ['a bad address', { email: 'not-an-address', username: 'ab' }, 'l’indirizzo email non è valido'],
    ['a user name with markup', { email: 'a@b.it', username: '<script>' }, 'il nome utente può contenere'],
    [
      'a password',
      { email: 'a@b.it', username: 'ab', password: 'segreta' },
      'la password non va mai inviata',
    ],
  ])(
    'refuses %s with the form again and the reason, keeping what was typed escaped',
    async (_name, fields, reason) => {
      const response = await fetch(`${server.url}/config/apple/download`, form(fields));
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain(reason);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('segreta');
    },
  );

  it('answers unknown kinds and wrong methods with the documented error shape', async () => {
    const unknown = await fetch(`${server.url}/config/eudora`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'NotFound', message: 'no such configuration file' },
    });
    const get = await fetch(`${server.url}/config/apple/download`);
    expect(get.status).toBe(400);
    expect((await get.json()).error.code).toBe('NotSupported');
    const big = await fetch(
      `${server.url}/config/apple/download`,
      form({ email: 'a@b.it', username: 'x'.repeat(5000) }),
    );
    expect(big.status).toBe(413);
  });
});

describe('the paths mail programs look up', () => {
  it.each(['/.well-known/autoconfig/mail/config-v1.1.xml', '/mail/config-v1.1.xml'])(
    'serves Thunderbird its autoconfig at %s',
    async (path) => {
      const response = await fetch(`${server.url}${path}?emailaddress=luca@studio.it`);
      expect(response.status).toBe(200);
      const doc = parseXmlStrict(await response.text());
      expect(doc.getElementsByTagName('domain').item(0)?.textContent).toBe('studio.it');
      expect(doc.getElementsByTagName('socketType').item(1)?.textContent).toBe('STARTTLS');
    },
  );

  it('refuses a malformed emailaddress', async () => {
    const response = await fetch(`${server.url}/mail/config-v1.1.xml?emailaddress=<x>`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('BadArgument');
  });

  it('answers Outlook POST /Autodiscover/Autodiscover.xml, and refuses entities', async () => {
    const body = `<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>luca@studio.it</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>`;
    const response = await fetch(`${server.url}/Autodiscover/Autodiscover.xml`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/xml');
    const doc = parseXmlStrict(await response.text());
    expect(onlyText(doc, 'DisplayName')).toBe('luca@studio.it');
    const evil = await fetch(`${server.url}/autodiscover/autodiscover.xml`, {
      method: 'POST',
      body: body.replace(
        '<Autodiscover',
        '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><Autodiscover',
      ),
    });
    expect(evil.status).toBe(400);
  });
});
