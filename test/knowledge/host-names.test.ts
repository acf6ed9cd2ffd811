// Host names in customer-facing text are code spans: they copy as they are, and Web Chat's
// markdown (linkify on) would otherwise turn "smtp.hln.it" into a link to a web site that
// does not exist.
import { clientGuides, serviceNotes, symptoms } from '../../core/knowledge';

const BARE_HOST = /(?<![`\w./@-])(?:smtp|mail)\.hln\.it(?![`\w])/;

function allCustomerTexts(): string[] {
  const texts: string[] = [];
  for (const guide of clientGuides) {
    for (const step of guide.walk) texts.push(step.it, step.en);
    for (const caution of guide.cautions) texts.push(caution.it, caution.en);
  }
  for (const symptom of symptoms)
    texts.push(symptom.cause.it, symptom.cause.en, symptom.fix.it, symptom.fix.en);
  for (const note of Object.values(serviceNotes)) texts.push(note.it, note.en);
  return texts;
}

describe('host names in customer-facing text', () => {
  it('finds a bare host name when there is one', () => {
    expect(BARE_HOST.test('server smtp.hln.it, porta 587')).toBe(true);
    expect(BARE_HOST.test('server `smtp.hln.it`, porta 587')).toBe(false);
  });

  it('writes every smtp/mail host name as a code span', () => {
    const bare = allCustomerTexts().filter((text) => BARE_HOST.test(text));
    expect(bare).toEqual([]);
  });
});
