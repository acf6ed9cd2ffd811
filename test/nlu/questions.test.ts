// Direct questions (answered in one to three lines) and wrong settings (corrected explicitly).
import { understand } from '../../dialogs/understanding';

describe('understand() recognises direct questions', () => {
  it.each([
    ['che porta devo usare?', 'port'],
    ['which port should I use for outgoing mail', 'port'],
    ['587 o 465?', 'port'],
    ['qual è il server smtp?', 'server'],
    ["what's the outgoing server name?", 'server'],
    ['il server è smtp.hln.it giusto?', 'server'],
    ['serve per forza la crittografia?', 'encryption'],
    ['is TLS mandatory?', 'encryption'],
    ['SSL o TLS?', 'ssl-or-tls'],
    ['should I pick STARTTLS or SSL/TLS', 'ssl-or-tls'],
    ['dove scarico il vostro certificato?', 'certificate'],
    ["where can i download halnet's CA certificate", 'certificate'],
    ['che nome utente metto per l’smtp?', 'credentials'],
    ['is the password the same as my mailbox?', 'credentials'],
    ['funziona da qualsiasi linea?', 'any-line'],
    ['does it work from any network?', 'any-line'],
    ["cos'è SPA?", 'spa'],
    ['what is SPA?', 'spa'],
  ])('%j asks %s', (text, question) => {
    expect(understand(text).question).toBe(question);
  });

  it.each([
    'port 25 doesn’t work',
    'I get a timeout on port 587',
    'ho provato la 587 e la 465 ma non va nessuna',
    'come si configura la porta su outlook express?',
    'how can I turn on SSL in thunderbird?',
    'mi dite le impostazioni per il server smtp.hln.it?',
    'la password è giusta, l’ho controllata',
    'mi dice sempre password sbagliata, perché?',
  ])('%j is not a direct question', (text) => {
    expect(understand(text).question).toBeNull();
  });

  it('answers a question with no trouble described without inventing a symptom', () => {
    expect(understand('che nome utente metto?')).toMatchObject({ question: 'credentials', symptom: null });
    expect(understand('devo mettere la spunta su SPA?')).toMatchObject({ question: 'spa', symptom: null });
    expect(understand('is encryption required?')).toMatchObject({ question: 'encryption', symptom: null });
  });
});

describe('understand() recognises wrong settings', () => {
  it.each([
    ['the mail server is smpt.hln.it right?', 'smpt.hln.it'],
    ['il server è smtp.hln.com?', 'smtp.hln.com'],
    ['as outgoing server I put mail.hln.it', 'mail.hln.it'],
    ['ho messo SMTP.HALNET.IT come server', 'SMTP.HALNET.IT'],
    ['smtp.hln.ti è sconosciuto', 'smtp.hln.ti'],
  ])('%j names the wrong host %s, as written', (text, given) => {
    expect(understand(text).wrongValue).toEqual({ kind: 'host', given });
  });

  it.each([
    ['port 25 doesn’t work', 25],
    ['ho messo la porta 110', 110],
    ['la porta è la 995 vero?', 995],
    ['can I use port 2525?', 2525],
    ['in uscita ho 993 come porta', 993],
    ['smtp.hln.it:25 non va', 25],
  ])('%j names the wrong port %d', (text, given) => {
    expect(understand(text).wrongValue).toEqual({ kind: 'port', given });
  });

  it.each([
    'ho attivato SPA',
    'I have "Require logon using Secure Password Authentication (SPA)" ticked',
    'SPA is enabled',
  ])('%j states SPA is on', (text) => {
    expect(understand(text).wrongValue).toEqual({ kind: 'spa' });
  });

  it.each([
    'il server è smtp.hln.it?',
    'porta 587 con STARTTLS',
    'uso la 465 con SSL',
    'scrivo a mario@hln.it',
    'in arrivo ho mail.hln.it, in uscita smtp.hln.it',
    'visto sul sito www.hln.it',
    'devo mettere la spunta su SPA?',
    'smtp.gmail.com',
  ])('%j names no wrong setting', (text) => {
    expect(understand(text).wrongValue).toBeNull();
  });

  it('reads "port 25 doesn\'t work" in one turn: the wrong port and a connection problem', () => {
    expect(understand("port 25 doesn't work")).toMatchObject({
      wrongValue: { kind: 'port', given: 25 },
      symptom: 'cannot-connect',
      question: null,
      vague: false,
    });
  });
});
