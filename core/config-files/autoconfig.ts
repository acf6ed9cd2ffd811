// Mozilla's autoconfig file (`config-v1.1.xml`) that Thunderbird (desktop and Android) fetches
// when an account is added with "Configura un account esistente": the service facts as
// Thunderbird's incoming and outgoing server entries. Thunderbird sends the address only, so
// the user names are Thunderbird's own placeholder (the address) unless a known SMTP user name
// is passed. Pure: same input, same bytes.
import { serviceFacts } from '../knowledge';
import { PROVIDER } from './file-texts';
import { escapeXml } from './xml';

export const AUTOCONFIG_CONTENT_TYPE = 'application/xml; charset=utf-8';
/** The paths Thunderbird looks up: on the mail domain, and on the `autoconfig.` host. */
export const AUTOCONFIG_PATHS = [
  '/.well-known/autoconfig/mail/config-v1.1.xml',
  '/mail/config-v1.1.xml',
] as const;

export interface AutoconfigInput {
  /** The address Thunderbird asked for; its domain is listed as served. */
  email?: string | undefined;
  /** The SMTP user name, when known (the download page asks it). */
  username?: string | undefined;
}

export function buildAutoconfig({ email, username }: AutoconfigInput = {}): string {
  const facts = serviceFacts;
  const domain = email?.split('@')[1] ?? PROVIDER.id;
  const domains = domain === PROVIDER.id ? [PROVIDER.id] : [domain, PROVIDER.id];
  const smtpUser = username ?? '%EMAILADDRESS%';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<clientConfig version="1.1">',
    `  <emailProvider id="${escapeXml(PROVIDER.id)}">`,
    ...domains.map((name) => `    <domain>${escapeXml(name)}</domain>`),
    `    <displayName>${escapeXml(PROVIDER.name)}</displayName>`,
    `    <displayShortName>${escapeXml(PROVIDER.shortName)}</displayShortName>`,
    '    <incomingServer type="pop3">',
    `      <hostname>${escapeXml(facts.incomingPop3Host)}</hostname>`,
    `      <port>${facts.incomingPop3Port}</port>`,
    '      <socketType>plain</socketType>',
    '      <authentication>password-cleartext</authentication>',
    '      <username>%EMAILADDRESS%</username>',
    '    </incomingServer>',
    '    <outgoingServer type="smtp">',
    `      <hostname>${escapeXml(facts.outgoingHost)}</hostname>`,
    `      <port>${facts.submissionPort}</port>`,
    '      <socketType>STARTTLS</socketType>',
    '      <authentication>password-cleartext</authentication>',
    `      <username>${escapeXml(smtpUser)}</username>`,
    '    </outgoingServer>',
    '  </emailProvider>',
    '</clientConfig>',
  ];
  return `${lines.join('\n')}\n`;
}
