// The caches the turn relies on for speed must not change what a question offers: the same
// state, language and choice context give the same (frozen) suggested actions, a different
// context gives its own, and a typed choice text is read the same with or without the
// punctuation and spacing customers add.
import { matchChoice, normaliseChoiceText, suggestedActionsFor } from '../../dialogs/choices';

const base = {
  clientCandidates: [],
  narrowSymptoms: false,
  symptom: null,
  encryptionShown: false,
  probed: true,
  languageBack: null,
} as const;

describe('choice caches', () => {
  it('returns the same frozen actions for the same question and context', () => {
    const first = suggestedActionsFor('askSolved', 'it', { ...base });
    const again = suggestedActionsFor('askSolved', 'it', { ...base });
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps contexts apart: encryption shown, not probed, narrowed candidates, the way back', () => {
    const titles = (actions: ReturnType<typeof suggestedActionsFor>) =>
      actions?.actions.map((action) => action.title);
    const full = titles(suggestedActionsFor('askSolved', 'en', { ...base }));
    const shown = titles(suggestedActionsFor('askSolved', 'en', { ...base, encryptionShown: true }));
    const unprobed = titles(suggestedActionsFor('askSolved', 'en', { ...base, probed: false }));
    expect(full).toHaveLength(6);
    expect(shown).toHaveLength(5);
    expect(unprobed).toHaveLength(5);
    expect(shown).not.toEqual(unprobed);
    const outlooks = titles(
      suggestedActionsFor('askClient', 'it', { ...base, clientCandidates: ['outlook-2007', 'outlook-2003'] }),
    );
    expect(outlooks).toHaveLength(3);
    const all = titles(suggestedActionsFor('askClient', 'it', { ...base }));
    expect(all?.length).toBeGreaterThan(3);
    const back = titles(suggestedActionsFor('notSolved', 'en', { ...base, languageBack: 'it' }));
    expect(back).toHaveLength(4);
    expect(titles(suggestedActionsFor('notSolved', 'en', { ...base }))).toHaveLength(3);
  });

  it('reads a choice text the same with case, quotes, spacing and trailing punctuation', () => {
    expect(normaliseChoiceText('Sì, risolto')).toBe('sì, risolto');
    expect(normaliseChoiceText('  Sì,   risolto!! ')).toBe('sì, risolto');
    expect(normaliseChoiceText('Sì,\trisolto.')).toBe('sì, risolto');
    expect(normaliseChoiceText('It’s “fine”')).toBe('it\'s "fine"');
    expect(normaliseChoiceText('Thunderbird?')).toBe('thunderbird');
    const clicked = matchChoice('askSolved', 'Sì, risolto');
    expect(clicked).not.toBeNull();
    expect(matchChoice('askSolved', '  sì,  RISOLTO! ')).toEqual(clicked);
  });
});
