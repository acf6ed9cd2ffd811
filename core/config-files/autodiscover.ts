// Outlook's "POX" Autodiscover (`POST /autodiscover/autodiscover.xml`): the request names the
// address in <EMailAddress>; the answer gives the POP3 and SMTP settings from the service
// facts (SMTP on 587 with TLS and authentication). The request is read strictly: small, no
// DOCTYPE or entities (no XXE, no entity expansion), the Outlook request namespace, exactly one
// address, validated with zod. Pure: same input, same bytes.
import { PostinoError } from '../errors';
import { serviceFacts } from '../knowledge';
import { emailSchema } from './account';
import { escapeXml } from './xml';

export const AUTODISCOVER_CONTENT_TYPE = 'text/xml; charset=utf-8';
export const AUTODISCOVER_PATH = '/autodiscover/autodiscover.xml';
export const AUTODISCOVER_MAX_BYTES = 8 * 1024;
const REQUEST_NS = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006';
const RESPONSE_NS = 'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006';
const OUTLOOK_NS = 'http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a';

/** The address an Autodiscover request asks about; a BadArgument error when it is not one. */
export function parseAutodiscoverRequest(body: string | undefined): string {
  const bad = (message: string) => new PostinoError('BadArgument', `Autodiscover request: ${message}`);
  if (body === undefined || body.trim() === '') throw bad('empty body');
  if (Buffer.byteLength(body, 'utf8') > AUTODISCOVER_MAX_BYTES) {
    throw new PostinoError('PayloadTooLarge', `Autodiscover request over ${AUTODISCOVER_MAX_BYTES} bytes`);
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw bad('DOCTYPE and entities are not accepted');
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<(?:\w+:)?Autodiscover\b([^>]*)>/.exec(body);
  if (!root?.[1]?.includes(REQUEST_NS)) throw bad('not an Outlook Autodiscover request');
  const addresses = [...body.matchAll(/<(?:\w+:)?EMailAddress>([^<]*)<\/(?:\w+:)?EMailAddress>/g)];
  if (addresses.length !== 1) throw bad('exactly one EMailAddress is needed');
  const parsed = emailSchema.safeParse(unescapeXml(addresses[0]?.[1] ?? ''));
  if (!parsed.success) throw bad('EMailAddress is not an e-mail address');
  return parsed.data;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The POX answer for `email`: POP3 as the manual gives it, SMTP on 587 with TLS. */
export function buildAutodiscoverResponse(email: string, username?: string): string {
  const facts = serviceFacts;
  const login = escapeXml(username ?? email);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Autodiscover xmlns="${RESPONSE_NS}">`,
    `  <Response xmlns="${OUTLOOK_NS}">`,
    '    <User>',
    `      <DisplayName>${escapeXml(email)}</DisplayName>`,
    '    </User>',
    '    <Account>',
    '      <AccountType>email</AccountType>',
    '      <Action>settings</Action>',
    '      <Protocol>',
    '        <Type>POP3</Type>',
    `        <Server>${escapeXml(facts.incomingPop3Host)}</Server>`,
    `        <Port>${facts.incomingPop3Port}</Port>`,
    `        <LoginName>${escapeXml(email)}</LoginName>`,
    '        <DomainRequired>off</DomainRequired>',
    '        <SPA>off</SPA>',
    '        <SSL>off</SSL>',
    '        <AuthRequired>on</AuthRequired>',
    '      </Protocol>',
    '      <Protocol>',
    '        <Type>SMTP</Type>',
    `        <Server>${escapeXml(facts.outgoingHost)}</Server>`,
    `        <Port>${facts.submissionPort}</Port>`,
    `        <LoginName>${login}</LoginName>`,
    '        <DomainRequired>off</DomainRequired>',
    '        <SPA>off</SPA>',
    // STARTTLS on 587 ("TLS"), not SSL from the first byte.
    '        <Encryption>TLS</Encryption>',
    '        <AuthRequired>on</AuthRequired>',
    '        <UsePOPAuth>off</UsePOPAuth>',
    '        <SMTPLast>off</SMTPLast>',
    '      </Protocol>',
    '    </Account>',
    '  </Response>',
    '</Autodiscover>',
  ];
  return `${lines.join('\n')}\n`;
}
