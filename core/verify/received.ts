// Reads one `Received:` header (RFC 5321 §4.4, with RFC 3848's `with` keywords) into the facts
// the verdict needs: who handed the message over (`from`, and the host the receiver saw in
// parentheses), who took it (`by`), the protocol (`with ESMTPSA`), the TLS version when the
// server notes it (Postfix "using TLSv1.3", Exim "(TLS1.3)", OpenSMTPD "version=TLSv1.3"),
// an authenticated sender note, and the hop's date. Lenient: real servers vary.

export interface ReceivedHop {
  fromHelo: string | null;
  /** The host (or address) the receiving server itself saw, from the parentheses after `from`. */
  fromSeen: string | null;
  by: string | null;
  protocol: string | null;
  tlsVersion: string | null;
  authenticatedNote: boolean;
  date: Date | null;
}

const MAX_HEADER = 2000;

export function parseReceived(header: string): ReceivedHop {
  const text = header.slice(0, MAX_HEADER).replace(/\s+/g, ' ').trim();
  const semicolon = text.lastIndexOf(';');
  const body = semicolon === -1 ? text : text.slice(0, semicolon);
  const dateText = semicolon === -1 ? '' : text.slice(semicolon + 1).trim();
  const parsedDate = dateText === '' ? Number.NaN : Date.parse(dateText.replace(/\s*\([^)]*\)\s*$/, ''));
  const from = /^from\s+([^\s;()]+)(?:\s+\(([^)]*)\))?/i.exec(body);
  const tls = /\bTLS\s?v?1[._]([0-3])\b/i.exec(body);
  // `by` and `with` are read outside comments: "(using TLSv1.3 with cipher …)" is not a protocol.
  let bare = body;
  for (let depth = 0; depth < 4 && bare.includes('('); depth++) bare = bare.replace(/\([^()]*\)/g, ' ');
  return {
    fromHelo: from?.[1]?.toLowerCase() ?? null,
    fromSeen: seenHost(from?.[2]),
    by: /\bby\s+([^\s;()]+)/i.exec(bare)?.[1]?.toLowerCase() ?? null,
    protocol: /\bwith\s+([A-Za-z0-9]+)/i.exec(bare)?.[1]?.toUpperCase() ?? null,
    tlsVersion: tls ? `TLSv1.${tls[1]}` : null,
    authenticatedNote: /\(Authenticated sender:|\bauth(?:enticated)?=|\bauthenticated\b/i.test(body),
    date: Number.isNaN(parsedDate) ? null : new Date(parsedDate),
  };
}

// "(host.example [192.0.2.1])", "([192.0.2.1] helo=x)", "(localhost [127.0.0.1])": the first
// host-like word, else the bracketed address.
function seenHost(inside: string | undefined): string | null {
  if (inside === undefined) return null;
  const host = /^\s*([a-z0-9][a-z0-9.-]*\.[a-z]{2,}|localhost)\b/i.exec(inside)?.[1];
  if (host) return host.toLowerCase();
  return /\[([0-9a-f:.]+)\]/i.exec(inside)?.[1] ?? null;
}

/** RFC 3848: ESMTPA / ESMTPSA (and LMTP's) mean authenticated; the S means TLS. */
export function protocolAuthenticated(protocol: string | null): boolean {
  return protocol !== null && /^(?:E?SMTP|LMTP)S?A$/.test(protocol);
}

export function protocolEncrypted(protocol: string | null): boolean {
  return protocol !== null && /^(?:E?SMTP|LMTP)SA?$/.test(protocol);
}
