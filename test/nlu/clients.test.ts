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
