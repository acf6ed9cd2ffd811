// Reads a test message with mailparser, headers only: the `Received:` chain and the `Date:`.
// The body is never kept; a message with no header block or no sender is malformed.
import { simpleParser } from 'mailparser';
import type { HeaderFacts } from './analyse';

export type ReadMessage = { ok: true; facts: HeaderFacts } | { ok: false };

// A header block starts with a field name and a colon (RFC 5322 §2.2).
const FIRST_LINE_IS_HEADER = /^[!-9;-~]+:/;

export async function readHeaderFacts(raw: Buffer): Promise<ReadMessage> {
  if (!FIRST_LINE_IS_HEADER.test(raw.subarray(0, 200).toString('latin1'))) return { ok: false };
  try {
    const parsed = await simpleParser(raw, {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
      maxHtmlLengthToParse: 0,
    });
    if (!parsed.headers.has('from')) return { ok: false };
    const received = parsed.headers.get('received');
    const list = received === undefined ? [] : Array.isArray(received) ? received : [received];
    return {
      ok: true,
      facts: {
        received: list.filter((item): item is string => typeof item === 'string'),
        date: parsed.date ?? null,
      },
    };
  } catch {
    return { ok: false };
  }
}
