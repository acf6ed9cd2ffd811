// Which part of a client's walk an answer shows. An answer needing some topics shows exactly
// the steps tagged with any of them, in walk order, so a window opened for several topics is
// opened once. When the client's settings turn TLS on by themselves (tlsByDefault), a step
// about the port or encryption turns encryption on, so Halnet's CA steps come with it.
import type { Locale, TopicId } from './ids';
import type { Caution, ClientGuide, WalkStep } from './schema';

/** The topics an answer about `topics` must cover for this client (adds the CA when needed). */
export function walkTopics(guide: ClientGuide, topics: readonly TopicId[]): TopicId[] {
  const needed = new Set(topics);
  if (guide.tlsByDefault && (needed.has('port') || needed.has('encryption'))) needed.add('ca-certificate');
  return [...needed];
}

/** The walk's steps for these topics, in walk order (each step at most once). */
export function walkSteps(guide: ClientGuide, topics: readonly TopicId[]): WalkStep[] {
  const needed = walkTopics(guide, topics);
  return guide.walk.filter((step) => step.for.some((topic) => needed.includes(topic)));
}

/** The same steps as text lines in one language. */
export function walkLines(guide: ClientGuide, topics: readonly TopicId[], locale: Locale): string[] {
  return walkSteps(guide, topics).map((step) => step[locale]);
}

/** The one caution an answer about these topics shows: the first that applies, if any. */
export function walkCaution(guide: ClientGuide, topics: readonly TopicId[]): Caution | undefined {
  if (topics.length === 0) return undefined;
  const needed = walkTopics(guide, topics);
  return guide.cautions.find(
    (caution) => caution.for === undefined || caution.for.some((topic) => needed.includes(topic)),
  );
}
