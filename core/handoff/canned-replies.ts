// Canned replies for the agent console: the knowledge base's steps for the customer's mail
// client, one entry per settings topic (the symptom's topics first), in the conversation's
// language, as plain text ready to send.
import { getClientGuide, getSymptom, TOPIC_IDS, topicTitles } from '../knowledge';
import type { ClientId, Locale, SymptomId, TopicId } from '../knowledge/ids';
import type { CannedReply } from './agent-api';

export function cannedReplies(
  locale: Locale,
  client: ClientId | null,
  symptom: SymptomId | null,
): CannedReply[] {
  if (client === null) return [];
  const guide = getClientGuide(client);
  const first: TopicId[] = symptom === null ? [] : getSymptom(symptom).topics;
  const order = [...new Set([...first, ...TOPIC_IDS])];
  return order.flatMap((topic) => {
    const steps = guide.topics[topic]?.[locale];
    if (!steps || steps.length === 0) return [];
    const title = topicTitles[topic][locale];
    const text = [
      `${title} (${guide.name[locale]}):`,
      ...steps.map((step, index) => `${index + 1}. ${plain(step)}`),
    ].join('\n');
    return [{ topic, title, text }];
  });
}

/** The console sends plain text: markdown emphasis and code marks would show as symbols. */
function plain(step: string): string {
  return step.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}
