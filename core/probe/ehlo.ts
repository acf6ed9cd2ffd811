// Reads the capabilities out of an EHLO reply (RFC 5321 §4.1.1.1). AUTH comes in two forms:
// the standard `AUTH PLAIN LOGIN` and the pre-RFC `AUTH=LOGIN` that old Outlook versions
// needed; both are merged so the verdict does not depend on the server's taste.

import type { SmtpReply } from './reply-reader';
import type { EhloReport } from './report';

export function parseEhlo(reply: SmtpReply): EhloReport {
  // The first line is the greeting ("smtp.hln.it Hello ..."); keywords follow.
  const capabilityLines = reply.code === 250 ? reply.lines.slice(1) : [];
  const keywords: string[] = [];
  const auth = new Set<string>();
  let sizeLimit: number | null = null;
  for (const raw of capabilityLines) {
    const line = raw.trim();
    if (!line) continue;
    const authEquals = /^AUTH=(.*)$/i.exec(line);
    const [keyword = '', ...params] = authEquals
      ? ['AUTH', ...(authEquals[1] ?? '').split(/\s+/)]
      : line.split(/\s+/);
    const name = keyword.toUpperCase();
    if (!keywords.includes(name)) keywords.push(name);
    if (name === 'AUTH') {
      for (const mechanism of params) if (mechanism) auth.add(mechanism.toUpperCase());
    }
    if (name === 'SIZE' && params[0] && /^\d+$/.test(params[0])) sizeLimit = Number(params[0]);
  }
  return {
    code: reply.code,
    keywords,
    starttls: keywords.includes('STARTTLS'),
    authMechanisms: [...auth],
    sizeLimit,
  };
}
