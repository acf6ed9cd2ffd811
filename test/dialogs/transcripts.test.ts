// Every client x every symptom x both languages, clicking the offered choices: the answer
// holds the symptom's cause and fix, port 587, and every step (with its exact labels) of
// the client's guide for the topics the symptom needs, then the client's cautions.
import {
  CLIENT_IDS,
  getClientGuide,
  getSymptom,
  LOCALES,
  SYMPTOM_IDS,
  topicTitles,
} from '../../core/knowledge';
import { say } from '../../dialogs/texts';
import { effectsOf, join, playTranscript, probeResult } from './support/conversation';

const CASES = CLIENT_IDS.flatMap((client) =>
  SYMPTOM_IDS.flatMap((symptom) => LOCALES.map((locale) => ({ client, symptom, locale }))),
);

describe('transcripts: every client x symptom x language', () => {
  it('covers 12 clients x 11 symptoms x 2 languages', () => {
    expect(CASES).toHaveLength(CLIENT_IDS.length * SYMPTOM_IDS.length * 2);
  });

  it.each(CASES)('$client / $symptom / $locale', ({ client, symptom, locale }) => {
    const guide = getClientGuide(client);
    const entry = getSymptom(symptom);
    const steps = entry.topics.flatMap((topic) => guide.topics[topic]?.[locale] ?? []);
    const expectedAnswer = [
      '587',
      entry.cause[locale],
      entry.fix[locale],
      ...entry.topics.map((topic) => topicTitles[topic][locale]),
      ...steps,
      ...guide.cautions.map((caution) => caution[locale]),
      ...(entry.topics.length === 0 ? [say(locale, 'noStepsNeeded')] : []),
    ];
    const conversation = playTranscript(
      [
        [join(locale), [say(locale, 'askClient')]],
        [guide.name[locale], [say(locale, 'askSymptom')]],
        [entry.title[locale], [say(locale, 'checking')]],
        [
          probeResult('healthy'),
          [...expectedAnswer, say(locale, symptom === 'unknown' ? 'askSolvedOrError' : 'askSolved')],
        ],
        [say(locale, 'choice.yes'), [say(locale, 'resolved'), say(locale, 'askRating')]],
        ['5', [say(locale, 'thanksRated')]],
      ],
      locale,
    );
    const diagnose = conversation.turn(2);
    const answer = conversation.turn(3);
    const solved = conversation.turn(4);
    const rated = conversation.turn(5);
    expect(effectsOf(diagnose, 'probe')).toHaveLength(1);
    expect(diagnose.replies.slice(-2).map((reply) => reply.type)).toEqual(['message', 'typing']);
    // Cause and fix come before the steps, the steps before the cautions.
    const text = answer.text;
    const firstStep = steps[0];
    if (firstStep !== undefined) {
      expect(text.indexOf(entry.cause[locale])).toBeLessThan(text.indexOf(firstStep));
      const caution = guide.cautions[0]?.[locale];
      if (caution !== undefined) expect(text.indexOf(firstStep)).toBeLessThan(text.indexOf(caution));
    }
    expect(answer.replies.every((reply) => reply.locale === locale && reply.textFormat === 'markdown')).toBe(
      true,
    );
    expect(effectsOf(solved, 'outcome')).toEqual([{ type: 'outcome', outcome: 'resolved' }]);
    expect(effectsOf(rated, 'outcome')).toEqual([{ type: 'outcome', outcome: 'rated', rating: 5 }]);
    expect(conversation.state).toBe('thanks');
    expect(conversation.context.stepsGiven).toEqual(entry.topics);
  });
});
