// Postino's knowledge base: Halnet's SMTP service facts, the settings steps per mail client
// and the symptoms with cause and fix. Everything is parsed with the zod schemas when this
// module loads, so malformed data fails at start-up (and in tests) with the entry and field.
import { CLIENT_GUIDES_DATA } from './clients/registry';
import { CLIENT_IDS, type ClientId, SYMPTOM_IDS, type SymptomId, TOPIC_IDS, type TopicId } from './ids';
import { KnowledgeError } from './knowledge-error';
import { parseEntries, parseKnowledge } from './load';
import {
  type ClientGuide,
  clientGuideSchema,
  type LocalizedText,
  localizedTextSchema,
  type ServiceNotes,
  type Symptom,
  serviceNotesSchema,
  symptomSchema,
} from './schema';
import { SERVICE_NOTES_DATA } from './service-facts';
import { SYMPTOMS_DATA } from './symptoms';
import { TOPIC_TITLES_DATA } from './topic-titles';

export * from './ids';
export { KnowledgeError } from './knowledge-error';
export * from './schema';
export { serviceFacts } from './service';
export { walkCaution, walkLines, walkSteps, walkTopics } from './walk';

/** Short localized explanations of the facts (why 587, why not 25, ...). */
export const serviceNotes: ServiceNotes = parseKnowledge(
  serviceNotesSchema,
  SERVICE_NOTES_DATA,
  'service notes',
);

/** The heading of each topic, for answers that show steps under a title. */
export const topicTitles: Readonly<Record<TopicId, LocalizedText>> = Object.fromEntries(
  TOPIC_IDS.map((id) => [
    id,
    parseKnowledge(localizedTextSchema, TOPIC_TITLES_DATA[id], `topic title '${id}'`),
  ]),
) as Record<TopicId, LocalizedText>;

/** Every client's guide, in the order of CLIENT_IDS. */
export const clientGuides: readonly ClientGuide[] = parseEntries(
  clientGuideSchema,
  CLIENT_IDS,
  CLIENT_GUIDES_DATA,
  'client',
);

/** Every symptom, in the order of SYMPTOM_IDS. */
export const symptoms: readonly Symptom[] = parseEntries(
  symptomSchema,
  SYMPTOM_IDS,
  SYMPTOMS_DATA,
  'symptom',
);

const guidesById = new Map(clientGuides.map((guide) => [guide.id, guide]));
const symptomsById = new Map(symptoms.map((symptom) => [symptom.id, symptom]));

export function getClientGuide(id: ClientId): ClientGuide {
  const guide = guidesById.get(id);
  if (guide === undefined) throw new KnowledgeError(`knowledge base: no guide for client '${id}'`);
  return guide;
}

export function getSymptom(id: SymptomId): Symptom {
  const symptom = symptomsById.get(id);
  if (symptom === undefined) throw new KnowledgeError(`knowledge base: no symptom '${id}'`);
  return symptom;
}
