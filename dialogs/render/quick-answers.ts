// Direct questions get direct answers: one to three lines, then the offer to show where the
// setting is in the customer's program. A wrong value the customer states or asks about
// ("smpt.hln.it", "port 25", "SPA on") is corrected explicitly, naming what they wrote.
import { distance } from 'fastest-levenshtein';
import { serviceFacts } from '../../core/knowledge';
import type { Locale, SymptomId } from '../../core/knowledge/ids';
import type { QuickTopic } from '../dialog-types';

export type { QuickTopic } from '../dialog-types';

import { say, type TextKey } from '../texts';
import type { WrongValue } from '../understanding';

const INCOMING_HOST_PREFIXES = ['mail.', 'pop.', 'pop3.', 'imap.', 'posta.'];
const INCOMING_PORTS = new Set([110, 143, 993, 995]);
// Close enough to smtp.hln.it to be a slip of the keyboard rather than another server.
const MAX_TYPO_DISTANCE = 2;

function wrongKey(wrong: WrongValue): TextKey {
  switch (wrong.kind) {
    case 'spa':
      return 'wrong.spa';
    case 'port':
      if (wrong.given === serviceFacts.legacyPort) return 'wrong.port-25';
      return INCOMING_PORTS.has(wrong.given) ? 'wrong.port-incoming' : 'wrong.port-other';
    case 'host': {
      const host = wrong.given.toLowerCase();
      if (INCOMING_HOST_PREFIXES.some((prefix) => host.startsWith(prefix))) return 'wrong.host-incoming';
      return distance(host, serviceFacts.outgoingHost) <= MAX_TYPO_DISTANCE
        ? 'wrong.host-misspelt'
        : 'wrong.host-other';
    }
  }
}

/** The text of a direct answer. */
export function quickText(locale: Locale, topic: QuickTopic): string {
  const vars = {
    host: serviceFacts.outgoingHost,
    incoming: serviceFacts.incomingPop3Host,
    caUrl: serviceFacts.caCertificateUrl,
    given: 'wrong' in topic && topic.wrong.kind !== 'spa' ? String(topic.wrong.given) : '',
  };
  const key: TextKey = 'question' in topic ? `quick.${topic.question}` : wrongKey(topic.wrong);
  return say(locale, key, vars);
}

/**
 * The symptom whose steps show where the answered setting lives: the server name and port
 * with the connection steps, the credentials and SPA with the authentication steps, the
 * certificate and encryption with the encryption steps.
 */
export function showWhereSymptom(topic: QuickTopic): SymptomId {
  if ('wrong' in topic) return topic.wrong.kind === 'spa' ? 'auth-failed' : 'cannot-connect';
  switch (topic.question) {
    case 'credentials':
    case 'spa':
      return 'auth-failed';
    case 'certificate':
    case 'encryption':
    case 'ssl-or-tls':
      return 'wants-encryption';
    case 'any-line':
      return 'works-only-at-home';
    case 'port':
    case 'server':
      return 'first-setup';
  }
}
