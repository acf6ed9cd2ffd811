// Eudora 7, from Halnet's manual. Eudora was only ever English, so the Italian steps keep
// Eudora's English labels, as the manual does. Eudora cannot give the SMTP server its own
// user name and password, hence the separate "smtp" personality used as relay personality.
import type { ClientGuideInput } from '../schema';

const openPersonality = {
  it: 'Richiamare il menù **Tools / Personalities**, cliccare con il tasto destro sull\'identità "smtp" creata in precedenza e richiamare le proprietà.',
  en: 'Open **Tools > Personalities**, right-click the "smtp" personality created before and open its properties.',
};

export const eudora7Guide: ClientGuideInput = {
  id: 'eudora-7',
  name: { it: 'Eudora 7', en: 'Eudora 7' },
  fromManual: true,
  covers: {
    it: 'Eudora 7 per Windows (solo in inglese: le voci restano in inglese)',
    en: 'Eudora 7 for Windows (English only)',
  },
  topics: {
    server: {
      it: [
        "Eudora non permette, nella configurazione del server SMTP, una coppia username/password diversa per l'invio: bisogna creare una nuova identità con il menù **Tools / Personalities**.",
        'Nella colonna di sinistra, utilizzare il tasto destro e indicare "New...", poi selezionare la voce "Skip directly to advanced account setup" e cliccare su "Avanti" ("Next").',
        'Chiamare l\'account "smtp", poi inserire nome, indirizzo email e username (quello fornito per l\'invio tramite SMTP).',
        'Come server SMTP indicare `smtp.hln.it` e disabilitare "Check Mail", perché questo account viene utilizzato solo per l\'invio.',
        'Con il menù **Tools / Options** tornare nella scheda "Getting Started" e mettere `smtp.hln.it` nella voce "SMTP Server".',
        'Nella scheda "Sending Mail" mettere `smtp.hln.it` nella voce "SMTP server" e indicare "smtp" nella voce "SMTP Relay Personality".',
      ],
      en: [
        'Eudora cannot give the SMTP server its own user name and password for sending: you need a new personality, created with **Tools > Personalities**.',
        'In the left-hand column, right-click and choose "New...", then select "Skip directly to advanced account setup" and click "Next".',
        'Name the personality "smtp", then enter your name, email address and user name (the one given for sending through SMTP).',
        'As SMTP server enter `smtp.hln.it`, and untick "Check Mail": this personality is only used for sending.',
        'With **Tools > Options** go back to the "Getting Started" category and enter `smtp.hln.it` in "SMTP Server".',
        'In the "Sending Mail" category enter `smtp.hln.it` in "SMTP server" and choose "smtp" in "SMTP Relay Personality".',
      ],
    },
    authentication: {
      it: [
        `${openPersonality.it} Come username deve esserci quello fornito per il servizio SMTP.`,
        'Assicurarsi che siano abilitate le voci "Authentication allowed" e "Use relay personality, if defined".',
        'Con il menù **Tools / Options**, nella scheda "Getting Started", attivare "Allow authentication" se non è già attiva.',
        'Nella scheda "Sending Mail" indicare "smtp" nella voce "SMTP Relay Personality": così Eudora si autentica con l\'identità "smtp".',
        'Al primo invio Eudora chiede la password: inserire le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
      ],
      en: [
        `${openPersonality.en} Its user name must be the one given for the SMTP service.`,
        'Make sure "Authentication allowed" and "Use relay personality, if defined" are ticked.',
        'With **Tools > Options**, in the "Getting Started" category, tick "Allow authentication" if it is not already on.',
        'In the "Sending Mail" category choose "smtp" in "SMTP Relay Personality": Eudora then signs in as the "smtp" personality.',
        "At the first send Eudora asks for the password: use the credentials given for the SMTP service (not your mailbox's, if they differ).",
      ],
    },
    port: {
      it: [
        `${openPersonality.it} Abilitare la voce "Use submission port (587)".`,
        'Con il menù **Tools / Options**, nella scheda "Sending Mail", abilitare anche la voce "Use submission port (587)".',
        'In entrambi i punti, nella voce "Secure Sockets", mettere per ora "Never": la crittografia si attiva poi con "Required, STARTTLS" sulla stessa porta 587 (vedi "Attivazione della crittografia").',
        'Non usare la porta 25: non tutti i provider la lasciano aperta in uscita (serve per ostacolare lo spam), e il server di Halnet può segnalare come spam la posta inviata sulla 25.',
      ],
      en: [
        `${openPersonality.en} Tick "Use submission port (587)".`,
        'With **Tools > Options**, in the "Sending Mail" category, tick "Use submission port (587)" as well.',
        'In both places set "Secure Sockets" to "Never" for now: encryption is turned on later with "Required, STARTTLS" on the same port 587 (see "Turn on encryption").',
        "Do not use port 25: many providers block it (to hinder spam), and Halnet's server may flag mail sent on port 25 as spam.",
      ],
    },
    encryption: {
      it: [
        'Nel menù **Tools / Options**, andare nella scheda "Sending Mail" e nella voce "Secure Sockets" mettere "Required, STARTTLS" (al posto di "Never"), lasciando la porta 587.',
        `${openPersonality.it} Nella voce "Secure Sockets" mettere "Required, STARTTLS".`,
        'Al primo tentativo di inviare i messaggi apparirà una schermata con il certificato del server di posta: premere su "Yes" per accettare il certificato.',
        'Inviare di nuovo il messaggio: ora parte con la crittografia TLS (STARTTLS) sulla porta 587.',
      ],
      en: [
        'In **Tools > Options**, open the "Sending Mail" category and set "Secure Sockets" to "Required, STARTTLS" (instead of "Never"), keeping port 587.',
        `${openPersonality.en} Set "Secure Sockets" to "Required, STARTTLS".`,
        'The first time you send, a window shows the mail server\'s certificate: click "Yes" to accept the certificate.',
        'Send the message again: it now goes out encrypted with TLS (STARTTLS) on port 587.',
      ],
    },
    'ca-certificate': {
      it: [
        'Il certificato del server `smtp.hln.it` è firmato dal certificato principale della Halnet (<http://www.hln.it/file/cacert.crt>).',
        'Eudora chiede direttamente di accettarlo: con "Secure Sockets" su "Required, STARTTLS", al primo invio apparirà la schermata con il certificato del server di posta.',
        'Controllare che sia il certificato di `smtp.hln.it` rilasciato da Halnet e premere su "Yes" per accettare il certificato.',
      ],
      en: [
        "The certificate of `smtp.hln.it` is signed by Halnet's root certificate (<http://www.hln.it/file/cacert.crt>).",
        'Eudora asks you to accept it directly: with "Secure Sockets" set to "Required, STARTTLS", the first send shows the mail server\'s certificate.',
        'Check that it is `smtp.hln.it`\'s certificate issued by Halnet and click "Yes" to accept the certificate.',
      ],
    },
  },
  corrections: [
    'The manual writes the menu once as "Tool / Personalities"; Eudora\'s menu is "Tools / Personalities", as the manual itself writes later.',
    'After accepting the certificate the manual says "basta rieseguire il download dei messaggi e questi verranno scaricati": the certificate appears when sending, so the check is sending a message again, not downloading mail.',
    'The manual writes the Options category both as "Sending mail" and "Sending Mail"; Eudora\'s label is "Sending Mail".',
  ],
};
