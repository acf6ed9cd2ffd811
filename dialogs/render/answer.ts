// The answer a Halnet expert gives: one line naming the cause in plain words (after the live
// check: "Il server di Halnet funziona: …"), then one numbered walk through the client's
// screens with only the steps this symptom needs, then at most the one caution that applies.
// Everything else (encryption, the full settings, the port-by-port details) is a suggested
// action away, never a pointer to text that is not on screen.
import { getClientGuide, getSymptom } from '../../core/knowledge';
import type { Locale, SymptomId, TopicId } from '../../core/knowledge/ids';
import type { ClientGuide } from '../../core/knowledge/schema';
import { walkCaution, walkLines, walkTopics } from '../../core/knowledge/walk';
import type { ProbeVerdict, ReplyActivity } from '../contract';
import type { DialogContext } from '../dialog-types';
import { type ProbeReading, readProbe } from '../probe-reading';
import { say } from '../texts';
import { message, paragraphs, withOutcome } from './activity';
import { configOffer } from './config-offer';
import { serverLine } from './probe-summary';

/** The topics the answer for this symptom and client shows (with Halnet's CA where TLS is on by default). */
export function topicsFor(guide: ClientGuide, symptom: SymptomId): TopicId[] {
  return walkTopics(guide, getSymptom(symptom).topics);
}

/** The topics whose steps the answer for this context shows. */
export function answerTopics(context: DialogContext): TopicId[] {
  if (context.client === null || context.symptom === null) return [];
  return topicsFor(getClientGuide(context.client), context.symptom);
}

/** The walk's steps for `topics`, numbered once each, in the order the customer meets them. */
export function numberedWalk(locale: Locale, guide: ClientGuide, topics: readonly TopicId[]): string {
  return walkLines(guide, topics, locale)
    .map((line, index) => `${index + 1}. ${line}`)
    .join('\n');
}

/** "Su **Outlook Express 6**:" and the walk. */
export function walkText(locale: Locale, guide: ClientGuide, topics: readonly TopicId[]): string {
  return `${say(locale, 'walkIntro', { client: guide.name[locale] })}\n${numberedWalk(locale, guide, topics)}`;
}

/** The first of the client's cautions that concerns the topics shown, if any. */
export function cautionFor(locale: Locale, guide: ClientGuide, topics: readonly TopicId[]): string | null {
  return walkCaution(guide, topics)?.[locale] ?? null;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The cause in one line: after a healthy check, that Halnet's side works, then why it fails. */
export function causeLine(locale: Locale, symptom: SymptomId, reading: ProbeReading): string {
  const headline = getSymptom(symptom).headline[locale];
  return reading.kind === 'healthy' || reading.kind === 'port25-blocked'
    ? say(locale, 'causeHealthy', { headline })
    : capitalised(headline);
}

/** The probe's verdict for the machine-readable outcome (null when no check ran). */
export function outcomeVerdict(reading: ProbeReading): ProbeVerdict | null {
  switch (reading.kind) {
    case 'unavailable':
      return null;
    case 'halnet':
      return reading.verdict;
    case 'port25-blocked':
      return 'port25_blocked_from_probe';
    case 'healthy':
      return 'healthy';
  }
}

// Client x symptom x locale x (checked healthy or not): a few hundred texts, each built once.
const answerTexts = new Map<string, string>();

function answerText(locale: Locale, guide: ClientGuide, symptom: SymptomId, reading: ProbeReading): string {
  const healthy = reading.kind === 'healthy' || reading.kind === 'port25-blocked';
  const key = `${guide.id}:${symptom}:${locale}:${healthy}`;
  let text = answerTexts.get(key);
  if (text === undefined) {
    const topics = topicsFor(guide, symptom);
    text = paragraphs(
      causeLine(locale, symptom, reading),
      topics.length > 0 && walkText(locale, guide, topics),
      cautionFor(locale, guide, topics),
    );
    answerTexts.set(key, text);
  }
  return text;
}

/**
 * The answer for the context's client and symptom (both must be known). After a verdict on
 * Halnet's side the answer only restates it and lists what the customer may check without
 * changing anything: no step contradicts "it is not your settings".
 */
export function renderAnswer(context: DialogContext): ReplyActivity[] {
  const { locale } = context;
  if (context.client === null || context.symptom === null) return [];
  const guide = getClientGuide(context.client);
  const reading = readProbe(context.probe);
  const outcome = {
    kind: reading.kind === 'halnet' ? ('server-problem' as const) : ('answer' as const),
    client: context.client,
    symptom: context.symptom,
    verdict: outcomeVerdict(reading),
    locale,
  };
  const text =
    reading.kind === 'halnet'
      ? serverSideChecks(locale, guide, reading)
      : answerText(locale, guide, context.symptom, reading);
  const answer = withOutcome(message(locale, text), outcome);
  // The one-tap file (issue 12) goes with the steps, never with a Halnet-side problem.
  return reading.kind === 'halnet' ? [answer] : [answer, ...configOffer(context)];
}

/** What a customer may check after a verdict on Halnet's side, following that verdict. */
function serverSideChecks(
  locale: Locale,
  guide: ClientGuide,
  reading: Extract<ProbeReading, { kind: 'halnet' }>,
): string {
  const topics = CHECKS_AFTER[reading.verdict] ?? [];
  return paragraphs(
    serverLine(locale, reading),
    topics.length === 0
      ? say(locale, 'serverNothingToCheck')
      : paragraphs(
          say(locale, 'serverCheckIntro', { client: guide.name[locale] }),
          numberedWalk(locale, guide, topics),
        ),
  );
}

// An untrusted certificate: is Halnet's CA installed? A name mismatch or an unreachable server:
// is the name exactly smtp.hln.it? An expired certificate or missing AUTH: nothing to check.
const CHECKS_AFTER: Partial<Record<ProbeVerdict, TopicId[]>> = {
  cert_untrusted: ['ca-certificate'],
  cert_name_mismatch: ['server'],
  server_down: ['server'],
  tls_broken: ['server'],
  dns_failure: ['server'],
};

/** Every setting of the client in one walk (server, authentication, port; with TLS when it is on by default). */
export function renderFullGuide(context: DialogContext): ReplyActivity[] {
  if (context.client === null) return [];
  const { locale } = context;
  const guide = getClientGuide(context.client);
  const topics = topicsFor(guide, 'first-setup');
  return [
    withOutcome(
      message(locale, paragraphs(walkText(locale, guide, topics), cautionFor(locale, guide, topics))),
      {
        kind: 'answer',
        client: context.client,
        symptom: context.symptom,
        verdict: outcomeVerdict(readProbe(context.probe)),
        locale,
      },
    ),
  ];
}
