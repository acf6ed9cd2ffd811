// Eudora 7, from Halnet's manual. Eudora was only ever English, so the Italian steps keep
// Eudora's English labels, as the manual does. Eudora cannot give the SMTP server its own
// user name and password, hence the separate "smtp" personality used as relay personality.
// The walk: the "smtp" personality, then Tools / Options, then the first send (where Eudora
// shows the server's certificate and asks for the password). The manual's path stays:
// "Secure Sockets" on "Never" unless encryption is wanted, then "Required, STARTTLS" in both.
import type { ClientGuideInput } from '../schema';

export const eudora7Guide: ClientGuideInput = {
  id: 'eudora-7',
  name: { it: 'Eudora 7', en: 'Eudora 7' },
  fromManual: true,
  covers: {
    it: 'Eudora 7 per Windows (solo in inglese: le voci restano in inglese)',
    en: 'Eudora 7 for Windows (English only)',
  },
  walk: [
    {
      for: ['server', 'authentication', 'port', 'encryption'],
      it: 'Eudora invia con un\'identità apposita, "smtp": menù **Tools / Personalities**, tasto destro su "smtp" e richiamare le proprietà.',
      en: 'Eudora sends through a personality of its own, "smtp": menu **Tools > Personalities**, right-click "smtp" and open its properties.',
    },
    {
      for: ['server', 'authentication', 'port'],
      it: 'Se "smtp" non c\'è: tasto destro nella colonna di sinistra, "New...", "Skip directly to advanced account setup", "Avanti"; chiamarla "smtp", con nome e indirizzo email.',
      en: 'If "smtp" is missing: right-click the left column, "New...", "Skip directly to advanced account setup", "Next"; name it "smtp", with your name and email address.',
    },
    {
      for: ['server'],
      it: 'Nell\'identità "smtp": come server SMTP `smtp.hln.it`; disabilitare "Check Mail".',
      en: 'In the "smtp" personality: SMTP server `smtp.hln.it`; untick "Check Mail".',
    },
    {
      for: ['authentication'],
      it: 'Nell\'identità "smtp": come username quello fornito per il servizio SMTP; abilitare "Authentication allowed" e "Use relay personality, if defined".',
      en: 'In the "smtp" personality: the user name given for the SMTP service; tick "Authentication allowed" and "Use relay personality, if defined".',
    },
    {
      for: ['port'],
      it: 'Nell\'identità "smtp": abilitare "Use submission port (587)" (non la 25); senza crittografia, "Secure Sockets" su "Never".',
      en: 'In the "smtp" personality: tick "Use submission port (587)" (not 25); without encryption, "Secure Sockets" on "Never".',
    },
    {
      for: ['encryption'],
      it: 'Per la crittografia, nell\'identità "smtp" mettere "Required, STARTTLS" nella voce "Secure Sockets".',
      en: 'For encryption, set "Secure Sockets" to "Required, STARTTLS" in the "smtp" personality.',
    },
    {
      for: ['server', 'authentication', 'port', 'encryption'],
      it: 'Menù **Tools / Options**.',
      en: 'Menu **Tools > Options**.',
    },
    {
      for: ['server', 'authentication'],
      it: 'Scheda "Getting Started": `smtp.hln.it` nella voce "SMTP Server"; attivare "Allow authentication".',
      en: '"Getting Started" category: `smtp.hln.it` in "SMTP Server"; tick "Allow authentication".',
    },
    {
      for: ['server', 'authentication'],
      it: 'Scheda "Sending Mail": `smtp.hln.it` in "SMTP server" e "smtp" in "SMTP Relay Personality".',
      en: '"Sending Mail" category: `smtp.hln.it` in "SMTP server" and "smtp" in "SMTP Relay Personality".',
    },
    {
      for: ['port'],
      it: 'Scheda "Sending Mail": abilitare "Use submission port (587)"; senza crittografia, "Never" nella voce "Secure Sockets".',
      en: '"Sending Mail" category: tick "Use submission port (587)"; without encryption, "Never" in "Secure Sockets".',
    },
    {
      for: ['encryption'],
      it: 'Per la crittografia, scheda "Sending Mail": "Required, STARTTLS" in "Secure Sockets" (TLS sulla 587).',
      en: 'For encryption, "Sending Mail" category: "Required, STARTTLS" in "Secure Sockets" (TLS on 587).',
    },
    {
      for: ['server', 'authentication', 'port', 'encryption'],
      it: 'Premere "OK".',
      en: 'Click "OK".',
    },
    {
      for: ['ca-certificate', 'encryption'],
      it: 'Al primo invio appare il certificato del server di posta (firmato da Halnet, <http://www.hln.it/file/cacert.crt>): se è per `smtp.hln.it`, premere "Yes" per accettarlo.',
      en: 'At the first send the mail server\'s certificate appears (signed by Halnet, <http://www.hln.it/file/cacert.crt>): if it is for `smtp.hln.it`, click "Yes" to accept it.',
    },
    {
      for: ['authentication'],
      it: 'Quando Eudora chiede la password, inserire quella fornita per il servizio SMTP (non quella della casella di posta, se diversa).',
      en: "When Eudora asks for the password, enter the one given for the SMTP service (not your mailbox's, if they differ).",
    },
    {
      for: ['ca-certificate', 'encryption'],
      it: 'Inviare di nuovo il messaggio: ora parte con la crittografia.',
      en: 'Send the message again: it now goes out encrypted.',
    },
  ],
  corrections: [
    'The manual writes the menu once as "Tool / Personalities"; Eudora\'s menu is "Tools / Personalities", as the manual itself writes later.',
    'After accepting the certificate the manual says "basta rieseguire il download dei messaggi e questi verranno scaricati": the certificate appears when sending, so the check is sending a message again, not downloading mail.',
    'The manual writes the Options category both as "Sending mail" and "Sending Mail"; Eudora\'s label is "Sending Mail".',
  ],
};
