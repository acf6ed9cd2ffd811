// Stable identifiers for the files: a profile generated twice for the same account and CA is
// byte-for-byte the same file (so goldens can be compared and a reinstall replaces the old
// profile instead of adding a second one), and nothing random leaks into it.
import { createHash } from 'node:crypto';

/** A UUID-shaped name derived from `parts` (SHA-256; version nibble 5 as RFC 4122 name-based ids). */
export function stableUuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ]
    .join('-')
    .toUpperCase();
}

/** A short tag for payload identifiers (reverse-DNS names may not hold `@`). */
export function shortTag(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);
}
