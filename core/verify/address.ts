// Test addresses: `verifica+<code>@<verify domain>`, the code 8 characters of base32 (40 bits
// from the caller's random source), lower case so no mail system changes it on the way.
import type { VerifyConfig } from './config';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const CODE_LENGTH = 8;
const CODE = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`);

/** A code from 5 random bytes. */
export function codeFrom(random: Uint8Array): string {
  if (random.length < 5) throw new RangeError('a code needs 5 random bytes');
  let bits = 0n;
  for (const byte of random.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let index = CODE_LENGTH - 1; index >= 0; index--) {
    code += ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)];
  }
  return code;
}

export function isCode(value: string): boolean {
  return CODE.test(value);
}

export function addressFor(code: string, config: VerifyConfig): string {
  return `${config.localPart}+${code}@${config.domain}`;
}

/** The code of a test address (case-insensitive, `<>` allowed), or null for any other address. */
export function codeOf(address: string, config: VerifyConfig): string | null {
  const match = /^<?([^@<>\s]+)@([^@<>\s]+?)>?$/.exec(address.trim().toLowerCase());
  if (!match || match[2] !== config.domain) return null;
  const [local, tag] = (match[1] ?? '').split('+', 2);
  if (local !== config.localPart || tag === undefined || !isCode(tag)) return null;
  return tag;
}
