// Halnet's SMTP service facts on their own, parsed like the rest of the knowledge base: what
// the probe function needs (which port is the legacy one), without the client guides and
// symptoms, which it never reads and whose parsing was a fifth of its cold start.
import { parseKnowledge } from './load';
import { type ServiceFacts, serviceFactsSchema } from './schema';
import { SERVICE_FACTS_DATA } from './service-facts';

export const serviceFacts: ServiceFacts = parseKnowledge(
  serviceFactsSchema,
  SERVICE_FACTS_DATA,
  'service facts',
);
