// Answers to yes/no questions and 1-5 satisfaction ratings.
import { understand } from '../../dialogs/understanding';

describe('understand() reads yes/no answers', () => {
  it.each([
    ['sì', 'yes'],
    ['si', 'yes'],
    ['Si grazie', 'yes'],
    ['sì, adesso funziona', 'yes'],
    ['ok funziona', 'yes'],
    ['risolto', 'yes'],
    ['yes', 'yes'],
    ['it works now, thanks', 'yes'],
    ['no', 'no'],
    ['NO', 'no'],
    ['ancora niente', 'no'],
    ['non va', 'no'],
    ['non funziona ancora', 'no'],
    ['ok ma non funziona', 'no'],
    ['still the same error', 'no'],
    ['not yet', 'no'],
  ])('%j -> %s', (text, answer) => {
    expect(understand(text).answer).toBe(answer);
  });

  it.each([
    'si blocca tutto quando invio',
    'ciao',
    'outlook 2007',
    'buongiorno, vi scrivo perché da lunedì la posta non parte più e non so cosa fare, ho già provato tutto',
  ])('%j is not a yes/no answer', (text) => {
    expect(understand(text).answer).toBeNull();
  });
});

describe('understand() reads 1-5 ratings', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    ['3/5', 3],
    ['4 su 5', 4],
    ['5 stelle', 5],
    ['una stella', 1],
    ['5 stars', 5],
    ['★★★★', 4],
    ['⭐⭐⭐', 3],
    ['cinque', 5],
    ['due', 2],
    ['four', 4],
    ['direi 4', 4],
  ])('%j -> %d', (text, rating) => {
    expect(understand(text).rating).toBe(rating);
  });

  it.each([
    '0',
    '6',
    '10',
    '10/10',
    '5.7.8',
    'porta 465',
    'outlook 2007',
    '3 o 4',
    '★★★★★★',
    'ho provato 2 volte',
  ])('%j is not a rating', (text) => {
    expect(understand(text).rating).toBeNull();
  });
});
