// The texts of the console's outage card (issue 12), in Italian (default) and English;
// `{name}` placeholders are filled by console-texts' `fill()`, never parsed as HTML.
import type { ConsoleLocale } from './console-texts';

const it = {
  regionLabel: 'Guasto del server di posta',
  activeTitle: 'Guasto in corso dalle {time}',
  causeDetected: 'Rilevato dalla verifica automatica del server',
  causeManual: 'Segnalato da {name}',
  affected: 'Chat coinvolte',
  waitingForHuman: 'Aspettano una persona',
  callbacks: 'Da richiamare',
  broadcastLabel: 'Messaggio a tutte le chat coinvolte',
  broadcastPlaceholder: 'Es. Contiamo di risolvere entro le 15.',
  broadcast: 'Rispondi a tutti',
  broadcastSent: 'Messaggio inviato a {count} chat.',
  broadcastSentOne: 'Messaggio inviato a 1 chat.',
  resolve: 'Segna come risolto',
  resolveQuestion:
    'Segnare il guasto come risolto? Ogni cliente coinvolto riceverà l’avviso che il servizio funziona di nuovo.',
  resolved: 'Guasto segnato come risolto: i clienti coinvolti ricevono l’avviso.',
  report: 'Segnala un guasto',
  reportQuestion:
    'Segnalare un guasto del server di posta? Postino lo dirà subito ai clienti che scrivono, invece di proporre modifiche alle impostazioni.',
  reportConfirm: 'Segnala il guasto',
  reported: 'Guasto segnalato: Postino lo dice ai clienti che scrivono.',
  cancel: 'Annulla',
  endedTitle: 'Guasto terminato alle {time}: {count} richiamate da fare',
  endedTitleOne: 'Guasto terminato alle {time}: 1 richiamata da fare',
  endedTitleNone: 'Guasto terminato alle {time}: nessuna richiamata da fare',
  allClears: 'Avvisati del ripristino: {delivered} su {affected}',
  callbackList: 'Clienti da richiamare',
  email: 'e-mail',
  phone: 'telefono',
  startedNotice: 'Guasto in corso: Postino lo dice ai clienti che scrivono.',
  endedNotice: 'Il guasto è terminato.',
  failed: 'Operazione non riuscita: {reason}',
} as const;

export type OutageTexts = { readonly [K in keyof typeof it]: string };

const en: OutageTexts = {
  regionLabel: 'Mail server outage',
  activeTitle: 'Outage since {time}',
  causeDetected: 'Detected by the automatic server check',
  causeManual: 'Reported by {name}',
  affected: 'Chats affected',
  waitingForHuman: 'Waiting for a person',
  callbacks: 'To call back',
  broadcastLabel: 'Message to every affected chat',
  broadcastPlaceholder: 'E.g. We expect it fixed by 3 pm.',
  broadcast: 'Reply to all',
  broadcastSent: 'Message sent to {count} chats.',
  broadcastSentOne: 'Message sent to 1 chat.',
  resolve: 'Mark as resolved',
  resolveQuestion:
    'Mark the outage as resolved? Every affected customer will be told the service works again.',
  resolved: 'Outage marked as resolved: the affected customers are being told.',
  report: 'Report an outage',
  reportQuestion:
    'Report an outage of the mail server? Postino will tell customers who write in at once, instead of suggesting settings changes.',
  reportConfirm: 'Report the outage',
  reported: 'Outage reported: Postino tells customers who write in.',
  cancel: 'Cancel',
  endedTitle: 'Outage ended at {time}: {count} call-backs to make',
  endedTitleOne: 'Outage ended at {time}: 1 call-back to make',
  endedTitleNone: 'Outage ended at {time}: no call-back to make',
  allClears: 'Told the service is back: {delivered} of {affected}',
  callbackList: 'Customers to call back',
  email: 'email',
  phone: 'phone',
  startedNotice: 'Outage in progress: Postino tells customers who write in.',
  endedNotice: 'The outage is over.',
  failed: 'That did not work: {reason}',
};

export const OUTAGE_TEXTS: Record<ConsoleLocale, OutageTexts> = { it, en };
