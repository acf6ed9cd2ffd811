// Every client x every symptom x verdict (healthy, a fault on Halnet's side, DNS failure) x
// both languages, clicking the offered choices. The answer a Halnet expert would give: the
// cause in one line, one walk with only the steps the symptom needs (each once, in walk
// order), at most one caution, no pointer to text that is not on screen, inside the budget
// (median <= 900 characters, max <= 1,500), and `channelData.postino` saying what it is.
import {
  CLIENT_IDS,
  getClientGuide,
  getSymptom,
  LOCALES,
  type Locale,
  SYMPTOM_IDS,
  serviceFacts,
} from '../../core/knowledge';
import { walkCaution, walkLines, walkTopics } from '../../core/knowledge/walk';
import type { ProbeVerdict, ReplyActivity } from '../../dialogs/contract';
import { say, type TextKey } from '../../dialogs/texts';
import { type Conversation, effectsOf, join, playTranscript, probeResult } from './support/conversation';

const ANSWERED_SYMPTOMS = SYMPTOM_IDS.filter((symptom) => symptom !== 'unknown');
const VERDICTS = ['healthy', 'cert_expired', 'dns_failure'] as const satisfies readonly ProbeVerdict[];

const CASES = CLIENT_IDS.flatMap((client) =>
  ANSWERED_SYMPTOMS.flatMap((symptom) =>
    VERDICTS.flatMap((verdict) => LOCALES.map((locale) => ({ client, symptom, verdict, locale }))),
  ),
);

// "vedi \"Attivazione della crittografia\"", "see \"Halnet's certificate\"": a section not on screen.
const POINTER = /\b(?:vedi|see) (?:sotto |below )?["“«]/i;

/** The conversation up to the answer (or the server-side verdict and the steps anyway). */
function answered(client: string, symptom: string, verdict: ProbeVerdict, locale: Locale): Conversation {
  const guide = getClientGuide(client as never);
  const entry = getSymptom(symptom as never);
  const conversation = playTranscript(
    [
      [join(locale), [say(locale, 'askClient')]],
      [guide.name[locale], [say(locale, 'askSymptom')]],
      [entry.title[locale], [say(locale, 'checking')]],
      [probeResult(verdict), []],
    ],
    locale,
  );
  if (verdict !== 'healthy') conversation.say(say(locale, 'choice.show-steps'));
  return conversation;
}

function answerOf(conversation: Conversation): ReplyActivity {
  const answer = conversation
    .turn(-1)
    .replies.find(
      (reply) =>
        reply.channelData?.postino.kind === 'answer' || reply.channelData?.postino.kind === 'server-problem',
    );
  if (answer === undefined) throw new Error('no concluding reply in the last turn');
  return answer;
}

const lengths: number[] = [];

describe('answers: every client x symptom x verdict x language', () => {
  it('covers 12 clients x 10 symptoms x 3 verdicts x 2 languages', () => {
    expect(CASES).toHaveLength(12 * 10 * 3 * 2);
  });

  it.each(CASES)('$client / $symptom / $verdict / $locale', ({ client, symptom, verdict, locale }) => {
    const conversation = answered(client, symptom, verdict, locale);
    const guide = getClientGuide(client);
    const answer = answerOf(conversation);
    const text = answer.text ?? '';
    lengths.push(text.length);
    expect(text.length).toBeLessThanOrEqual(1500);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(new Set(lines).size).toBe(lines.length);
    expect(text).not.toMatch(POINTER);
    // The port-by-port block is behind "Technical details", never in the answer.
    expect(text).not.toMatch(/AUTH PLAIN|\(STARTTLS\): /);
    expect(answer.locale).toBe(locale);
    expect(answer.channelData?.postino).toEqual({
      kind: verdict === 'healthy' ? 'answer' : 'server-problem',
      client,
      symptom,
      verdict,
      locale,
    });
    if (verdict === 'healthy') {
      // The cause first, in one line, after "Halnet's server works".
      expect(lines[0]).toBe(say(locale, 'causeHealthy', { headline: getSymptom(symptom).headline[locale] }));
      // Exactly the walk's steps for the symptom's topics, numbered once each, in order.
      const topics = walkTopics(guide, getSymptom(symptom).topics);
      const steps = walkLines(guide, topics, locale);
      const numbered = lines.filter((line) => /^\d+\. /.test(line));
      expect(numbered).toEqual(steps.map((step, index) => `${index + 1}. ${step}`));
      const caution = walkCaution(guide, topics)?.[locale];
      const shownCautions = guide.cautions.filter((entry) => text.includes(entry[locale]));
      expect(shownCautions.length).toBeLessThanOrEqual(1);
      if (caution !== undefined) expect(text).toContain(caution);
      // The fix's facts: the host wherever the server is set, 587 wherever the port is.
      if (topics.includes('server')) expect(text).toContain(serviceFacts.outgoingHost);
      if (topics.includes('port')) expect(text).toMatch(/\b587\b/);
      if (topics.includes('ca-certificate')) expect(text).toContain(serviceFacts.caCertificateUrl);
      expect(conversation.state).toBe('askSolved');
    } else {
      // After a verdict on Halnet's side no step tells the customer to change a setting.
      expect(text).toContain(
        say(locale, `serverLine.${verdict}` as TextKey, { host: serviceFacts.outgoingHost }),
      );
      expect(text).not.toContain(getSymptom(symptom).headline[locale]);
    }
  });

  it('keeps the whole set inside the budget: median <= 900, max <= 1,500 characters', () => {
    expect(lengths).toHaveLength(CASES.length);
    const sorted = [...lengths].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(median).toBeLessThanOrEqual(900);
    expect(sorted.at(-1)).toBeLessThanOrEqual(1500);
  });

  it.each(LOCALES)(
    'asks "did it work?" with the ways on, then records the outcome and the rating (%s)',
    (locale) => {
      const conversation = answered('outlook-express', 'auth-failed', 'healthy', locale);
      const asked = conversation.turn(-1);
      expect(asked.text).toContain(say(locale, 'askSolved'));
      expect(asked.choices).toEqual([
        say(locale, 'choice.yes'),
        say(locale, 'choice.no'),
        say(locale, 'choice.encryption'),
        say(locale, 'choice.full-guide'),
        say(locale, 'choice.tech-details'),
        say(locale, 'choice.human'),
      ]);
      const solved = conversation.say(say(locale, 'choice.yes'));
      expect(solved.text).toContain(say(locale, 'resolved'));
      expect(effectsOf(solved, 'outcome')).toEqual([{ type: 'outcome', outcome: 'resolved' }]);
      const rated = conversation.say('5');
      expect(effectsOf(rated, 'outcome')).toEqual([{ type: 'outcome', outcome: 'rated', rating: 5 }]);
      expect(conversation.state).toBe('thanks');
    },
  );

  it('offers encryption only where the answer did not turn it on', () => {
    const outlookExpress = answered('outlook-express', 'first-setup', 'healthy', 'it').turn(-1);
    expect(outlookExpress.choices).toContain(say('it', 'choice.encryption'));
    const iphone = answered('ios-mail', 'first-setup', 'healthy', 'it');
    expect(iphone.turn(-1).choices).not.toContain(say('it', 'choice.encryption'));
    // A client that turns TLS on by itself brings Halnet's certificate into the setup walk.
    expect(answerOf(iphone).text).toContain(serviceFacts.caCertificateUrl);
  });

  it('"Turn on encryption too" walks the CA and encryption steps once', () => {
    const conversation = answered('outlook-2007', 'first-setup', 'healthy', 'en');
    const turn = conversation.say(say('en', 'choice.encryption'));
    const text = turn.text;
    expect(text).toContain(serviceFacts.caCertificateUrl);
    expect(text).toMatch(/\b465\b/);
    expect(conversation.context.symptom).toBe('wants-encryption');
  });

  it('"All the settings" shows the full walk, then asks again', () => {
    const conversation = answered('thunderbird', 'auth-failed', 'healthy', 'it');
    const turn = conversation.say(say('it', 'choice.full-guide'));
    expect(turn.text).toContain(serviceFacts.outgoingHost);
    expect(turn.text).toMatch(/\b587\b/);
    expect(turn.text).toContain(say('it', 'askSolved'));
    expect(conversation.state).toBe('askSolved');
  });
});
