// Any other mail program: the manual's "Altri client di posta" (the service works with all the
// common clients; the setup is very similar, usually only the labels and the way to import
// certificates change; for problems, contact Halnet). Generic labels, described plainly.
import type { ClientGuideInput } from '../schema';
import { downloadCa, installCaFirst, notPort25 } from './common-steps';

const openServer = {
  it: "Aprire le impostazioni dell'account di posta e cercare le impostazioni del server della posta in uscita (SMTP); di solito cambiano solo le diciture rispetto agli altri programmi.",
  en: "Open the mail account's settings and find the outgoing mail server (SMTP) settings; usually only the labels differ from other programs.",
};
const save = { it: 'Salvare le impostazioni.', en: 'Save the settings.' };

export const otherGuide: ClientGuideInput = {
  id: 'other',
  name: { it: 'Altro programma di posta', en: 'Another mail program' },
  fromManual: true,
  covers: {
    it: 'Qualsiasi altro programma di posta (il servizio è compatibile con tutti i più comuni)',
    en: 'Any other mail program (the service works with all the common ones)',
  },
  topics: {
    server: {
      it: [
        openServer.it,
        'Come server della posta in uscita (SMTP) scrivere `smtp.hln.it`; il server della posta in arrivo (POP3) resta `mail.hln.it`.',
        save.it,
      ],
      en: [
        openServer.en,
        'As outgoing mail server (SMTP) type `smtp.hln.it`; the incoming mail (POP3) server stays `mail.hln.it`.',
        save.en,
      ],
    },
    authentication: {
      it: [
        openServer.it,
        'Attivare l\'autenticazione del server in uscita (a volte "il server richiede l\'autenticazione" o "richiedi accesso") con nome utente e password: le credenziali fornite per il servizio SMTP (non quelle della casella di posta, se sono diverse).',
        'Come metodo scegliere la password normale; lasciare disattivate l\'autenticazione password di protezione (SPA), NTLM e la "password cifrata".',
        save.it,
      ],
      en: [
        openServer.en,
        'Turn on authentication for the outgoing server (sometimes "server requires authentication" or "require sign-in") with the user name and password given for the SMTP service (not your mailbox\'s, if they differ).',
        'As method choose the normal password; leave Secure Password Authentication (SPA), NTLM and "encrypted password" off.',
        save.en,
      ],
    },
    port: {
      it: [
        openServer.it,
        'Come porta del server in uscita impostare **587**, con crittografia TLS (spesso chiamata **STARTTLS**); in alternativa la porta **465** con SSL (spesso chiamata **SSL/TLS**).',
        'Non usare la porta 25: non tutti i provider la lasciano aperta in uscita (serve per ostacolare lo spam) e il server di Halnet può segnalare come spam la posta inviata sulla 25.',
        save.it,
      ],
      en: [
        openServer.en,
        'Set the outgoing server port to **587**, with TLS encryption (often called **STARTTLS**); alternatively port **465** with SSL (often called **SSL/TLS**).',
        notPort25.en,
        save.en,
      ],
    },
    encryption: {
      it: [
        installCaFirst.it,
        openServer.it,
        'Scegliere TLS (**STARTTLS**) con la porta **587**, consigliata, oppure SSL (**SSL/TLS**) con la porta **465**: i due protocolli sono equivalenti in termini di sicurezza. Se c\'è una sola casella "SSL", di solito sulla 587 il programma usa STARTTLS e sulla 465 SSL.',
        save.it,
      ],
      en: [
        installCaFirst.en,
        openServer.en,
        'Choose TLS (**STARTTLS**) with port **587**, recommended, or SSL (**SSL/TLS**) with port **465**: both are equally secure. If there is a single "SSL" box, the program usually uses STARTTLS on 587 and SSL on 465.',
        save.en,
      ],
    },
    'ca-certificate': {
      it: [
        downloadCa.it,
        'Importarlo tra le autorità di certificazione attendibili: nel sistema (su Windows doppio click sul file e "Installa certificato") oppure nel programma di posta, se ne ha un elenco proprio. Il metodo di importazione è ciò che cambia di più da un programma all\'altro.',
        'Se il programma invece mostra il certificato del server e chiede di accettarlo, controllare che sia per `smtp.hln.it` e rilasciato da Halnet, e accettarlo. Per problemi di configurazione contattare Halnet.',
      ],
      en: [
        downloadCa.en,
        'Import it as a trusted certificate authority: into the system (on Windows double-click the file and "Install Certificate") or into the mail program, if it keeps its own list. The import method is what differs most between programs.',
        "If the program instead shows the server's certificate and asks you to accept it, check that it is for `smtp.hln.it` and issued by Halnet, and accept it. For setup problems contact Halnet.",
      ],
    },
  },
  corrections: [
    'The manual\'s "Altri client di posta" gives no steps, only that the setup is very similar and that usually only the labels and the certificate import change; these generic steps restate the manual\'s facts with generic labels, naming both "TLS" and "STARTTLS" (587) and "SSL" and "SSL/TLS" (465) because current programs use the latter names.',
  ],
};
