// Which mail client a message names: aliases, abbreviations, typos, versions and defaults.
import { understand } from '../../dialogs/understanding';

describe('understand() recognises the mail client', () => {
  it.each([
    ['outlok 2007', 'outlook-2007'],
    ['Outlook 2007', 'outlook-2007'],
    ['ho office 2007, outlook non invia', 'outlook-2007'],
    ['outlook 2003', 'outlook-2003'],
    ['outlook xp', 'outlook-2003'],
    ['outlook 2016', 'outlook-classic'],
    ['outlook 365', 'outlook-classic'],
    ['microsoft 365', 'outlook-classic'],
    ['outlook 2k7', 'outlook-2007'],
    ['outlook 2k3', 'outlook-2003'],
    ['nuovo outlook', 'outlook-new'],
    ['the new Outlook for Windows', 'outlook-new'],
    ["l'app outlook sull'iphone", 'outlook-new'],
    ['outlook for mac', 'other'],
    ['OE', 'outlook-express'],
    ['oe6', 'outlook-express'],
    ['outlook express 6', 'outlook-express'],
    ['outlook expres', 'outlook-express'],
    ['eudora', 'eudora-7'],
    ['Eudora 7.1', 'eudora-7'],
    ['tb', 'thunderbird'],
    ['thunderbyrd', 'thunderbird'],
    ['tunderbird', 'thunderbird'],
    ['thunder bird', 'thunderbird'],
    ['mozilla', 'thunderbird'],
    ['iphone', 'ios-mail'],
    ['aifon', 'ios-mail'],
    ['iPad', 'ios-mail'],
    ['mail del mac', 'apple-mail'],
    ['Mail su macbook', 'apple-mail'],
    ['gmail su android', 'android-gmail'],
    ['gmail', 'android-gmail'],
    ['il mio samsung', 'android-gmail'],
    ['k9', 'android-thunderbird'],
    ['K-9 Mail', 'android-thunderbird'],
    ['thunderbird su android', 'android-thunderbird'],
    ['windows live mail', 'other'],
    ['altro', 'other'],
  ])('%j -> %s', (text, client) => {
    expect(understand(text).client).toBe(client);
  });

  it.each([
    'ciao',
    'la posta non parte',
    'ho un pc nuovo',
    'le mail che mando a gmail finiscono nello spam',
    'scrivo a mario@outlook.com e non arriva',
    'mando un email dal telefono di casa',
    'spazio esaurito',
  ])('%j names no client', (text) => {
    expect(understand(text).client).toBeNull();
  });

  it('does not let short everyday words match a client by edit distance', () => {
    // "email" is one edit from "gmail", "phone" one from "iphone": neither is a client.
    expect(understand('email').client).toBeNull();
    expect(understand('phone').client).toBeNull();
  });
});

describe('understand() narrows an ambiguous client to candidates', () => {
  const family = ['outlook-classic', 'outlook-new', 'outlook-2007', 'outlook-2003', 'outlook-express'];
  const withCodes = ['outlook-classic', 'outlook-2007', 'outlook-2003', 'outlook-express'];

  it.each(['outlook', 'uso outlook', 'autlook', 'hi, my outlook won’t send emails anymore'])(
    '%j: the Outlook family, most likely first, and no client',
    (text) => {
      expect(understand(text)).toMatchObject({ client: null, clientCandidates: family });
    },
  );

  it.each(['0x800CCC0E', 'outlook mi da 0x800ccc0f', 'Errore 0x8004210B'])(
    '%j: an Outlook error code points at the Outlooks that show such codes',
    (text) => {
      expect(understand(text)).toMatchObject({ client: null, clientCandidates: withCodes });
    },
  );

  it.each([
    ['outlook sul telefono', ['outlook-new', 'ios-mail', 'android-gmail', 'android-thunderbird']],
    ['outlook on my iphone', ['outlook-new', 'ios-mail']],
    ['outlook sul samsung', ['outlook-new', 'android-gmail', 'android-thunderbird']],
  ])('%j: the phone programs', (text, candidates) => {
    expect(understand(text)).toMatchObject({ client: null, clientCandidates: candidates });
  });

  it.each([
    ['outlook 2007 0x800CCC0E', 'outlook-2007'],
    ['Windows Live Mail error 0x800CCC0E', 'other'],
    ["l'app outlook sull'iphone", 'outlook-new'],
    ['thunderbird', 'thunderbird'],
  ])('%j names one client: no candidates', (text, client) => {
    expect(understand(text)).toMatchObject({ client, clientCandidates: [] });
  });

  it.each([
    'relay denied when I write to a gmail address',
    'le mail ai clienti gmail finiscono nello spam',
    'le mail verso hotmail e gmail finiscono in spam',
  ])('%j: a recipient’s provider is not the customer’s client', (text) => {
    expect(understand(text)).toMatchObject({ client: null, clientCandidates: [] });
  });
});
