// The answer: the symptom's cause and fix first, then the numbered steps of the client's guide
// for the topics the symptom needs, then the client's cautions. Before them, when the probe
// ran, the port-by-port summary and what the verdict means.
import { getClientGuide, getSymptom, serviceFacts, topicTitles } from '../../core/knowledge';
import type { Locale, TopicId } from '../../core/knowledge/ids';
import type { ClientGuide, Symptom } from '../../core/knowledge/schema';
import type { ReplyActivity } from '../contract';
import type { DialogContext } from '../dialog-types';
import { readProbe } from '../probe-reading';
import { say } from '../texts';
import { message, paragraphs } from './activity';
import { configOffer } from './config-offer';
import { portByPortSummary, verdictText } from './probe-summary';

function topicSection(locale: Locale, guide: ClientGuide, topic: TopicId): string {
  const steps = guide.topics[topic]?.[locale] ?? [];
  const numbered = steps.map((step, index) => `${index + 1}. ${step}`);
  return [`**${topicTitles[topic][locale]}**`, ...numbered].join('\n');
}

function cautions(locale: Locale, guide: ClientGuide): string | null {
  if (guide.cautions.length === 0) return null;
  return [say(locale, 'cautionsHeading'), ...guide.cautions.map((caution) => `- ${caution[locale]}`)].join(
    '\n',
  );
}

function diagnosisText(locale: Locale, symptom: Symptom): string {
  return paragraphs(
    say(locale, 'symptomTitle', { title: symptom.title[locale] }),
    say(locale, 'cause', { cause: symptom.cause[locale] }),
    say(locale, 'fix', { fix: symptom.fix[locale] }),
    say(locale, 'settingsSummary', {
      host: serviceFacts.outgoingHost,
      port: serviceFacts.submissionPort,
      sslPort: serviceFacts.implicitTlsPort,
    }),
  );
}

/** The topics whose steps the answer for this context shows. */
export function answerTopics(context: DialogContext): TopicId[] {
  return context.symptom === null ? [] : [...getSymptom(context.symptom).topics];
}

/** The answer's activities for the context's client and symptom (both must be known). */
export function renderAnswer(context: DialogContext): ReplyActivity[] {
  const { locale } = context;
  if (context.client === null || context.symptom === null) return [];
  const guide = getClientGuide(context.client);
  const symptom = getSymptom(context.symptom);
  const activities: ReplyActivity[] = [];
  const reading = readProbe(context.probe);
  if (context.probe !== null) {
    // After a Halnet-side problem the summary was just shown: a reminder of the verdict is enough.
    const summary = reading.kind === 'halnet' ? null : portByPortSummary(locale, context.probe);
    activities.push(message(locale, paragraphs(summary, verdictText(locale, reading))));
  }
  activities.push(message(locale, stepsText(locale, guide, symptom)));
  activities.push(...configOffer(context));
  return activities;
}

// The cause, fix, steps and cautions depend only on client, symptom and language: at most
// 12 x 11 x 2 texts, each built once.
const stepsTexts = new Map<string, string>();

function stepsText(locale: Locale, guide: ClientGuide, symptom: Symptom): string {
  const key = `${guide.id}:${symptom.id}:${locale}`;
  let text = stepsTexts.get(key);
  if (text === undefined) {
    const steps =
      symptom.topics.length === 0
        ? say(locale, 'noStepsNeeded')
        : paragraphs(
            say(locale, 'stepsIntro', { client: guide.name[locale] }),
            ...symptom.topics.map((topic) => topicSection(locale, guide, topic)),
          );
    text = paragraphs(diagnosisText(locale, symptom), steps, cautions(locale, guide));
    stepsTexts.set(key, text);
  }
  return text;
}
