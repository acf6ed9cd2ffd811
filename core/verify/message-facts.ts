// Reads a test message's header block only: the `Received:` chain, the `Date:` and whether it
// has a `From:`. The body is never looked at. The header block is split off and unfolded by
// nodemailer's own message splitter (the one its DKIM signer uses): the verdict needs no MIME
// body parsing, and a full parser (mailparser pulls charset tables and HTML converters) would
// triple the verify function's bundle and cold start. A message with no header block or no
// sender is malformed.
import MessageParser from 'nodemailer/lib/dkim/message-parser';
import type { HeaderFacts } from './analyse';

export type ReadMessage = { ok: true; facts: HeaderFacts } | { ok: false };

interface HeaderLine {
  /** The field name, lower case. */
  key: string;
  /** The whole field, name and folded continuation lines included, one character per byte. */
  line: string;
}

// A header block starts with a field name and a colon (RFC 5322 §2.2).
const FIRST_LINE_IS_HEADER = /^[!-9;-~]+:/;
// Unfolding (RFC 5322 §2.2.3): a line break followed by white space is white space.
const FOLD = /\r?\n[ \t]*/g;

export async function readHeaderFacts(raw: Buffer): Promise<ReadMessage> {
  if (!FIRST_LINE_IS_HEADER.test(raw.subarray(0, 200).toString('latin1'))) return { ok: false };
  let lines: HeaderLine[];
  try {
    lines = await headerLines(raw);
  } catch {
    return { ok: false };
  }
  if (!lines.some((line) => line.key === 'from')) return { ok: false };
  const date = lines.find((line) => line.key === 'date');
  const sent = date ? new Date(fieldValue(date)) : null;
  return {
    ok: true,
    facts: {
      received: lines.filter((line) => line.key === 'received').map(fieldValue),
      // An unreadable Date is no date: the time taken is then unknown, never "instant".
      date: sent && !Number.isNaN(sent.getTime()) ? sent : null,
    },
  };
}

/** The header block's fields, in order; the body is read past and dropped. */
function headerLines(raw: Buffer): Promise<HeaderLine[]> {
  return new Promise((resolve, reject) => {
    const parser = new MessageParser();
    parser.once('headers', resolve);
    parser.once('error', reject);
    parser.resume();
    parser.end(raw);
  });
}

/** A field's value: after the first colon, unfolded, trimmed, its bytes read as UTF-8. */
function fieldValue(header: HeaderLine): string {
  const value = header.line
    .slice(header.line.indexOf(':') + 1)
    .replace(FOLD, ' ')
    .trim();
  return Buffer.from(value, 'latin1').toString('utf8');
}
