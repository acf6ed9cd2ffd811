// Apple's configuration profile (`.mobileconfig`) for iPhone, iPad and macOS Mail: one
// `com.apple.mail.managed` payload with the service facts (outgoing smtp.hln.it:587 with TLS and
// password authentication for the SMTP user name; incoming POP3 as the manual gives it) and,
// when a CA is known, Halnet's CA as a `com.apple.security.root` payload so the device trusts
// the server without the manual's certificate steps. No password is in it: leaving
// `OutgoingPassword` out makes the device ask for it at install. Pure: same input, same bytes.
import { serviceFacts } from '../knowledge';
import type { Locale } from '../knowledge/ids';
import type { Account } from './account';
import { fileText, PROVIDER } from './file-texts';
import { shortTag, stableUuid } from './identifiers';
import type { CaCertificate } from './pem';
import { type PlistValue, plistXml } from './xml';

export const MOBILECONFIG_CONTENT_TYPE = 'application/x-apple-aspen-config';
const IDENTIFIER_ROOT = 'it.hln.postino.mail';

export interface MobileConfigInput {
  account: Account;
  locale: Locale;
  /** Halnet's CA (or the demo CA locally); null leaves the root payload out. */
  ca: CaCertificate | null;
}

export function buildMobileConfig({ account, locale, ca }: MobileConfigInput): string {
  const { email, username } = account;
  const facts = serviceFacts;
  const seed = [email, username, ca?.fingerprint ?? 'no-ca'];
  const tag = shortTag(...seed);
  const vars = {
    email,
    username,
    host: facts.outgoingHost,
    port: facts.submissionPort,
    pop3: facts.incomingPop3Host,
    ca: ca?.commonName ?? '',
  };
  const mail: Record<string, PlistValue> = {
    PayloadType: 'com.apple.mail.managed',
    PayloadVersion: 1,
    PayloadIdentifier: `${IDENTIFIER_ROOT}.${tag}.account`,
    PayloadUUID: stableUuid('account', ...seed),
    PayloadDisplayName: fileText(locale, 'mailPayloadName', vars),
    EmailAccountDescription: `${PROVIDER.name} — ${email}`,
    EmailAccountType: 'EmailTypePOP',
    EmailAddress: email,
    IncomingMailServerHostName: facts.incomingPop3Host,
    IncomingMailServerPortNumber: facts.incomingPop3Port,
    IncomingMailServerUseSSL: false,
    IncomingMailServerAuthentication: 'EmailAuthPassword',
    // The mailbox's user name may differ from the SMTP one: left out, the device asks for it.
    OutgoingMailServerHostName: facts.outgoingHost,
    OutgoingMailServerPortNumber: facts.submissionPort,
    OutgoingMailServerUseSSL: true,
    OutgoingMailServerAuthentication: 'EmailAuthPassword',
    OutgoingMailServerUsername: username,
    OutgoingPasswordSameAsIncomingPassword: false,
    PreventMove: false,
    PreventAppSheet: false,
    SMIMEEnabled: false,
  };
  const payloads: PlistValue[] = [];
  if (ca !== null) {
    payloads.push({
      PayloadType: 'com.apple.security.root',
      PayloadVersion: 1,
      PayloadIdentifier: `${IDENTIFIER_ROOT}.${tag}.ca`,
      PayloadUUID: stableUuid('ca', ...seed),
      PayloadDisplayName: fileText(locale, 'rootPayloadName', vars),
      PayloadDescription: fileText(locale, 'rootPayloadDescription', vars),
      PayloadCertificateFileName: 'halnet-ca.cer',
      PayloadContent: ca.der,
    });
  }
  payloads.push(mail);
  return plistXml({
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: `${IDENTIFIER_ROOT}.${tag}`,
    PayloadUUID: stableUuid('profile', ...seed),
    PayloadDisplayName: fileText(locale, 'profileName', vars),
    PayloadDescription: fileText(locale, 'profileDescription', vars),
    PayloadOrganization: PROVIDER.name,
    PayloadRemovalDisallowed: false,
    PayloadContent: payloads,
  });
}
