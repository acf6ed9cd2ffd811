// Frames SMTP replies out of a byte stream. TCP keeps no message boundaries: one `data` event
// may hold half a line, or the end of one reply and two more, so bytes are buffered to CRLF
// and lines grouped until the `NNN ` (space) line that ends a multi-line `NNN-` reply.
import { StringDecoder } from 'node:string_decoder';
import { PostinoError } from '../errors';

export interface SmtpReply {
  code: number;
  /** The text of each line, without the code and separator. */
  lines: string[];
}

// No legitimate reply line comes near this; a peer sending endless bytes without a line
// break is not speaking SMTP and must not grow our memory.
const MAX_PENDING_CHARS = 16 * 1024;
const REPLY_LINE = /^(\d{3})([ -]?)(.*)$/;

export class SmtpProtocolError extends PostinoError {
  constructor(message: string) {
    super('ProbeFailed', message);
  }
}

export class ReplyReader {
  private decoder = new StringDecoder('utf8');
  private partial = '';
  private lines: string[] = [];
  private code: number | null = null;

  /** Feeds received bytes; returns the replies they complete, in order. */
  push(chunk: Buffer | string): SmtpReply[] {
    this.partial += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    const replies: SmtpReply[] = [];
    let newline = this.partial.indexOf('\n');
    while (newline !== -1) {
      // RFC 5321 wants CRLF; a bare LF is tolerated so a sloppy server is still diagnosed.
      const line = this.partial.slice(0, newline).replace(/\r$/, '');
      this.partial = this.partial.slice(newline + 1);
      const reply = this.takeLine(line);
      if (reply) replies.push(reply);
      newline = this.partial.indexOf('\n');
    }
    if (this.partial.length > MAX_PENDING_CHARS) {
      throw new SmtpProtocolError(`reply line longer than ${MAX_PENDING_CHARS} characters`);
    }
    return replies;
  }

  /** Forgets everything buffered (STARTTLS: plaintext bytes must not leak into the TLS session). */
  reset(): void {
    this.decoder = new StringDecoder('utf8');
    this.partial = '';
    this.lines = [];
    this.code = null;
  }

  private takeLine(line: string): SmtpReply | null {
    const match = REPLY_LINE.exec(line);
    if (!match) throw new SmtpProtocolError(`not an SMTP reply line: ${JSON.stringify(line.slice(0, 80))}`);
    const code = Number(match[1]);
    if (this.code !== null && code !== this.code) {
      throw new SmtpProtocolError(`reply code changed inside a multi-line reply (${this.code} then ${code})`);
    }
    this.code = code;
    this.lines.push(match[3] ?? '');
    if (match[2] === '-') return null;
    const reply = { code, lines: this.lines };
    this.lines = [];
    this.code = null;
    return reply;
  }
}
