// The three configuration formats, generated from the knowledge base's service facts: each is
// parsed with a kept parser (plist, a strict XML parser) and its facts checked, and each equals
// its golden file byte for byte (UPDATE_GOLDEN=1 rewrites the goldens after a deliberate change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildAutoconfig,
  buildAutodiscoverResponse,
  buildMobileConfig,
  parseAutodiscoverRequest,
  readCaCertificate,
} from '../../core/config-files';
import { PostinoError } from '../../core/errors';
import { serviceFacts } from '../../core/knowledge';
import { GOLDEN_DIR, onlyText, parsePlist, parseXmlStrict, TEST_CA_PEM } from './support/parsers';

const account = { email: 'mario.rossi@esempio.it', username: 'mrossi' };
const ca = readCaCertificate(TEST_CA_PEM);

function matchesGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

type Dict = Record<string, unknown>;

describe('Apple configuration profile', () => {
  const xml = buildMobileConfig({ account, locale: 'it', ca });

  it('is a property list with the mail payload built from the service facts', () => {
    const profile = parsePlist(xml) as Dict;
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadOrganization).toBe('Halnet');
    const payloads = profile.PayloadContent as Dict[];
    const mail = payloads.find((payload) => payload.PayloadType === 'com.apple.mail.managed') as Dict;
    expect(mail).toMatchObject({
      EmailAccountType: 'EmailTypePOP',
      EmailAddress: 'mario.rossi@esempio.it',
      OutgoingMailServerHostName: serviceFacts.outgoingHost,
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUseSSL: true,
      OutgoingMailServerAuthentication: 'EmailAuthPassword',
      OutgoingMailServerUsername: 'mrossi',
      IncomingMailServerHostName: serviceFacts.incomingPop3Host,
      IncomingMailServerPortNumber: 110,
      IncomingMailServerAuthentication: 'EmailAuthPassword',
    });
    // No password anywhere: the device asks for it at install.
    expect(Object.keys(mail).filter((key) => /^(Outgoing|Incoming)Password$/.test(key))).toEqual([]);
    expect(mail.OutgoingPasswordSameAsIncomingPassword).toBe(false);
    expect(xml).not.toMatch(/<key>(Outgoing|Incoming)Password<\/key>/);
  });

  it("carries Halnet's CA as a com.apple.security.root payload with the certificate's DER", () => {
    const payloads = (parsePlist(xml) as Dict).PayloadContent as Dict[];
    const root = payloads.find((payload) => payload.PayloadType === 'com.apple.security.root') as Dict;
    expect((root.PayloadContent as { base64: string }).base64).toBe(Buffer.from(ca.der).toString('base64'));
    const uuids = [(parsePlist(xml) as Dict).PayloadUUID, ...payloads.map((payload) => payload.PayloadUUID)];
    for (const uuid of uuids)
      expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new Set(uuids).size).toBe(3);
  });

  it('leaves the root payload out when no CA is configured', () => {
    const payloads = (parsePlist(buildMobileConfig({ account, locale: 'en', ca: null })) as Dict)
      .PayloadContent as Dict[];
    expect(payloads.map((payload) => payload.PayloadType)).toEqual(['com.apple.mail.managed']);
  });

  it('is the same bytes for the same account (stable UUIDs), different for another', () => {
    expect(buildMobileConfig({ account, locale: 'it', ca })).toBe(xml);
    expect(buildMobileConfig({ account: { ...account, username: 'altro' }, locale: 'it', ca })).not.toBe(xml);
  });

  it('escapes what it writes into XML and matches its golden file', () => {
    parseXmlStrict(xml);
    matchesGolden('apple-it.mobileconfig', xml);
    matchesGolden('apple-en.mobileconfig', buildMobileConfig({ account, locale: 'en', ca }));
  });
});

describe('Thunderbird autoconfig', () => {
  it('lists the outgoing server with port, STARTTLS and password authentication', () => {
    const xml = buildAutoconfig({ email: account.email });
    const doc = parseXmlStrict(xml);
    expect(doc.documentElement?.tagName).toBe('clientConfig');
    expect(doc.documentElement?.getAttribute('version')).toBe('1.1');
    const outgoing = doc.getElementsByTagName('outgoingServer').item(0);
    if (!outgoing) throw new Error('no outgoingServer');
    expect(outgoing.getAttribute('type')).toBe('smtp');
    expect(onlyText(outgoing, 'hostname')).toBe('smtp.hln.it');
    expect(onlyText(outgoing, 'port')).toBe('587');
    expect(onlyText(outgoing, 'socketType')).toBe('STARTTLS');
    expect(onlyText(outgoing, 'authentication')).toBe('password-cleartext');
    expect(onlyText(outgoing, 'username')).toBe('%EMAILADDRESS%');
    const incoming = doc.getElementsByTagName('incomingServer').item(0);
    if (!incoming) throw new Error('no incomingServer');
    expect(incoming.getAttribute('type')).toBe('pop3');
    expect(onlyText(incoming, 'hostname')).toBe('mail.hln.it');
    const domains = [
      ...Array.from(
        { length: doc.getElementsByTagName('domain').length },
        (_, index) => doc.getElementsByTagName('domain').item(index)?.textContent,
      ),
    ];
    expect(domains).toEqual(['esempio.it', 'hln.it']);
    matchesGolden('thunderbird.xml', xml);
  });

  it('puts a known SMTP user name in the outgoing server', () => {
    const doc = parseXmlStrict(buildAutoconfig(account));
    const outgoing = doc.getElementsByTagName('outgoingServer').item(0);
    if (!outgoing) throw new Error('no outgoingServer');
    expect(onlyText(outgoing, 'username')).toBe('mrossi');
  });
});

describe('Outlook Autodiscover (POX)', () => {
  const request = (email: string, extra = '') =>
    `<?xml version="1.0" encoding="utf-8"?>${extra}
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>${email}</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>`;

  it('reads the address of an Outlook request', () => {
    expect(parseAutodiscoverRequest(request('Mario.Rossi@Esempio.it'))).toBe('mario.rossi@esempio.it');
  });

  it.each([
    ['an empty body', ''],
    ['a DOCTYPE (entity expansion)', request('a@b.it', '<!DOCTYPE x [<!ENTITY e "x">]>')],
    [
      'another namespace',
      request('a@b.it').replace('outlook/requestschema/2006', 'mobilesync/requestschema/2006'),
    ],
    ['no address', request('')],
    ['not an address', request('mario')],
    ['two addresses', request('a@b.it</EMailAddress><EMailAddress>c@d.it')],
  ])('refuses %s with a BadArgument error', (_name, body) => {
    expect(() => parseAutodiscoverRequest(body)).toThrow(PostinoError);
    try {
      parseAutodiscoverRequest(body);
    } catch (error) {
      expect((error as PostinoError).code).toBe('BadArgument');
    }
  });

  it('refuses an oversized request', () => {
    expect(() => parseAutodiscoverRequest(request(`${'a'.repeat(9000)}@b.it`))).toThrow(/over 8192 bytes/);
  });

  it('answers with POP3 and SMTP on 587 with TLS and authentication', () => {
    const xml = buildAutodiscoverResponse(account.email);
    const doc = parseXmlStrict(xml);
    const protocols = doc.getElementsByTagName('Protocol');
    expect(protocols.length).toBe(2);
    const smtp = protocols.item(1);
    if (!smtp) throw new Error('no SMTP protocol');
    expect(onlyText(smtp, 'Type')).toBe('SMTP');
    expect(onlyText(smtp, 'Server')).toBe('smtp.hln.it');
    expect(onlyText(smtp, 'Port')).toBe('587');
    expect(onlyText(smtp, 'Encryption')).toBe('TLS');
    expect(onlyText(smtp, 'AuthRequired')).toBe('on');
    expect(onlyText(doc, 'Action')).toBe('settings');
    expect(doc.documentElement?.namespaceURI).toBe(
      'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006',
    );
    matchesGolden('outlook.xml', xml);
  });
});
