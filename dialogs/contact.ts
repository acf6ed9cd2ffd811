// Recognises a contact the customer leaves for a call back while queued: one email address or
// one phone number (8 to 15 digits, an optional leading +, the usual separators). Validated
// strictly so a pasted error code or a port number is never taken for a phone number.
import type { CallbackContactInput } from './contract';

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}/g;
const PHONE = /(?:^|[^\w+])(\+?\d[\d .()/-]{6,22}\d)(?![\w])/g;

/** The one contact in `text`, or null when there is none or more than one. */
export function callbackContactIn(text: string): CallbackContactInput | null {
  if (text.length > 300) return null;
  const emails = [...text.matchAll(EMAIL)].map((match) => match[0]);
  if (emails.length === 1 && emails[0] !== undefined)
    return { kind: 'email', value: emails[0].toLowerCase() };
  if (emails.length > 1) return null;
  const phones = [...text.matchAll(PHONE)]
    .map((match) => normalisePhone(match[1] ?? ''))
    .filter((phone): phone is string => phone !== null);
  return phones.length === 1 && phones[0] !== undefined ? { kind: 'phone', value: phones[0] } : null;
}

function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return null;
  // Error codes such as 0x800CCC0E never get here (letters); long runs of one digit are noise.
  if (/^(\d)\1+$/.test(digits)) return null;
  return `${raw.trim().startsWith('+') ? '+' : ''}${digits}`;
}
