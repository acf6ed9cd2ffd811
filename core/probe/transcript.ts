// The dialogue of one port as agents read it (`C: EHLO ...`, `S: 250-...`). The probe never
// sends a credential, so the transcript holds none; it is bounded so a chatty server cannot
// bloat the report.
import type { SmtpReply } from './reply-reader';

const MAX_ENTRIES = 60;
const MAX_LINE = 300;

export class Transcript {
  private readonly entries: string[] = [];

  client(line: string): void {
    this.add(`C: ${line}`);
  }

  server(reply: SmtpReply): void {
    reply.lines.forEach((text, index) => {
      const separator = index === reply.lines.length - 1 ? ' ' : '-';
      this.add(`S: ${reply.code}${separator}${text}`);
    });
  }

  note(text: string): void {
    this.add(`-- ${text}`);
  }

  lines(): string[] {
    return [...this.entries];
  }

  private add(entry: string): void {
    if (this.entries.length < MAX_ENTRIES) this.entries.push(entry.slice(0, MAX_LINE));
  }
}
