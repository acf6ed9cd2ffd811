// The heading of each settings topic, in both languages, for views that list a topic's steps
// under a title (the agent's canned replies). Steps never refer to each other by title.
import type { TopicId } from './ids';
import type { LocalizedText } from './schema';

export const TOPIC_TITLES_DATA = {
  server: { it: 'Server di posta in uscita', en: 'Outgoing mail server' },
  authentication: { it: 'Autenticazione', en: 'Authentication' },
  port: { it: 'Porta 587', en: 'Port 587' },
  encryption: { it: 'Attivazione della crittografia', en: 'Turn on encryption' },
  'ca-certificate': { it: 'Certificato di Halnet', en: "Halnet's certificate" },
} as const satisfies Record<TopicId, LocalizedText>;
