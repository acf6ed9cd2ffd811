// Every Italian text the dialog shows (Italian is Postino's default language). Placeholders
// in braces ({host}, {name}, ...) are filled by `say()`; markdown is allowed. The English file
// must have exactly the same keys (the compiler and a test check it).
export const IT_TEXTS = {
  greeting:
    'Ciao, sono **Postino**, l’assistente di Halnet per l’invio della posta con l’SMTP autenticato (`{host}`). Ti aiuto a configurare il tuo programma di posta o a capire un errore.',
  welcomeBack: 'Bentornato! Riprendiamo da dove eravamo.',
  restarted: 'Va bene, ricominciamo da capo.',
  askClient: 'Quale programma di posta usi? Sceglilo qui sotto o scrivilo con parole tue.',
  clientNotUnderstood: 'Non ho riconosciuto il programma di posta.',
  clientNoted: 'Bene, **{client}**.',
  symptomNoted: 'Ho preso nota del problema: **{symptom}**.',
  askSymptom:
    'Che problema hai con l’invio della posta? Sceglilo qui sotto, descrivilo con parole tue oppure incolla il messaggio di errore esatto.',
  symptomNotUnderstood: 'Non ho capito qual è il problema.',
  checking: 'Sto controllando il server…',
  stillChecking: 'Sto ancora controllando il server di Halnet, un momento…',
  probeUnavailable:
    'Non sono riuscito a controllare il server in questo momento: proseguo comunque con i passaggi.',
  probeSkipped: 'Va bene, salto il controllo del server.',
  probeHeading: 'Ecco cosa vedo su `{host}` (porta per porta):',
  portLine: '{port} ({mode}): {status}',
  portReachable: 'raggiungibile',
  portExpectedBlock: 'normale: la rete del nostro controllo blocca la porta 25',
  'outcome.refused': 'connessione rifiutata',
  'outcome.timeout': 'nessuna risposta (tempo scaduto)',
  'outcome.dns_failure': 'nome del server non trovato',
  'outcome.greeting_rejected': 'il server rifiuta la connessione',
  'outcome.closed_early': 'connessione chiusa dal server',
  'outcome.starttls_missing': 'STARTTLS non offerto',
  'outcome.starttls_refused': 'STARTTLS rifiutato',
  'outcome.tls_failed': 'connessione cifrata non riuscita',
  'outcome.error': 'errore',
  askSolved: 'Ha funzionato? Il problema è risolto?',
  askSolvedAgain: 'Scusa, non ho capito: il problema è risolto?',
  notSolved:
    'Mi dispiace. Incolla qui il messaggio di errore esatto, se ce n’è uno: mi aiuta a trovare la causa. Oppure ti passo a un operatore.',
  resolved: 'Ottimo, sono contento che sia risolto!',
  askRating: 'Quanto sei soddisfatto dell’aiuto ricevuto, da 1 (per niente) a 5 (moltissimo)?',
  agentClosed: 'La conversazione con l’operatore è terminata.',
  ratingNotUnderstood: 'Scrivi un numero da 1 a 5, oppure scegli di non rispondere.',
  thanksRated: 'Grazie per la tua valutazione!',
  thanks: 'Grazie!',
  anythingElse: 'Se ti serve ancora aiuto, scrivimi il programma e il problema, oppure scegli «Ricomincia».',
  handoffQueued:
    'Ti metto in coda per parlare con un operatore di Halnet. Gli passo tutto quello che mi hai detto e quello che ho controllato, così non dovrai ripeterlo. Resta qui: ti risponderà appena possibile.',
  alreadyQueued: 'Sei già in coda: un operatore ti risponderà appena possibile.',
  stillQueued:
    'Sei in coda: un operatore ti risponderà appena possibile e leggerà anche questo messaggio. Se preferisci continuare con me, scegli «Torna al bot».',
  handoffCancelled: 'Va bene, continuiamo insieme: ho annullato la richiesta dell’operatore.',
  queueNext: 'Sei il prossimo in coda: un operatore ti risponderà appena si libera.',
  queuePosition: 'Sei al {position}° posto in coda: un operatore ti risponderà appena possibile.',
  callbackOfferOutOfHours:
    'In questo momento gli operatori non sono in servizio (orari: {hours}). Se vuoi, scrivimi un indirizzo email o un numero di telefono e ti ricontatteremo noi. Intanto io resto a tua disposizione: scegli «Torna al bot» per continuare con me.',
  callbackOfferTimeout:
    'Gli operatori sono tutti occupati in questo momento. Se preferisci non aspettare, scrivimi un indirizzo email o un numero di telefono e ti ricontatteremo noi. Intanto io resto a tua disposizione: scegli «Torna al bot» per continuare con me.',
  callbackNoted:
    'Grazie: un operatore di Halnet ti ricontatterà a **{contact}**. Nel frattempo continuo ad aiutarti io.',
  agentJoined: '**{name}** ti risponderà a breve.',
  agentReturned: 'Sono di nuovo Postino, l’assistente automatico.',
  help: 'Posso aiutarti a configurare l’invio della posta con `{host}` o a capire un errore. In qualsiasi momento puoi scrivere:\n\n- «ricomincia» per ripartire da capo\n- «parla con un operatore» per una persona di Halnet\n- «English» per passare all’inglese\n- «ho cambiato programma» se usi un altro programma di posta\n- «è un altro problema» se il problema è diverso\n\nNon scrivere mai la tua password: non mi serve.',
  languageChanged: 'Va bene, continuiamo in italiano.',
  secretWarning:
    'Attenzione: il tuo messaggio sembra contenere una password. Non scriverla mai in chat: non mi serve e non te la chiederò mai. Non conserverò quel messaggio.',
  empty: 'Non ho ricevuto nessun testo.',
  changedClient: 'Va bene, cambiamo programma di posta.',
  otherProblem: 'Va bene, parliamo di un altro problema.',
  snapshotOutdated:
    'Scusa: nel frattempo sono stato aggiornato e non posso riprendere la conversazione precedente. Ricominciamo da capo.',
  snapshotInvalid: 'Scusa: non sono riuscito a recuperare la nostra conversazione. Ricominciamo da capo.',
  'choice.yes': 'Sì, risolto',
  'choice.no': 'No, non ancora',
  'choice.human': 'Parla con un operatore',
  'choice.restart': 'Ricomincia',
  'choice.skip-check': 'Salta il controllo',
  'choice.show-steps': 'Mostra comunque i passaggi',
  'choice.recheck': 'Ricontrolla il server',
  'choice.back-to-bot': 'Torna al bot',
  'choice.no-rating': 'Preferisco non rispondere',
  // ---- Answers built from the diagnosis (issue 9) ----
  causeHealthy: 'Il server di Halnet funziona: {headline}',
  walkIntro: 'Su **{client}**:',
  'serverLine.server_down':
    'Il server di Halnet non risponde in questo momento: il problema è nostro, **non cambiare le impostazioni**.',
  'serverLine.tls_broken':
    'La connessione cifrata al server di Halnet non funziona in questo momento: il problema è nostro, **non cambiare le impostazioni**.',
  'serverLine.dns_failure':
    'In questo momento il nome `{host}` non viene trovato: non dipende dalle tue impostazioni, **non cambiarle**.',
  'serverLine.cert_expired':
    'Il certificato del server di Halnet è scaduto: il problema è nostro, **non cambiare le impostazioni**.',
  'serverLine.cert_untrusted':
    'Il certificato del server di Halnet non risulta firmato dall’autorità di Halnet: il problema è nostro, **non cambiare le impostazioni**.',
  'serverLine.cert_name_mismatch':
    'Il certificato del server di Halnet non corrisponde al nome `{host}`: il problema è nostro, **non cambiare le impostazioni**.',
  'serverLine.auth_not_offered':
    'Il server di Halnet in questo momento non offre l’autenticazione: il problema è nostro, **non cambiare le impostazioni**.',
  'serverLine.auth_before_tls':
    'Il server di Halnet offre l’autenticazione in modo anomalo: il problema è nostro, **non cambiare le impostazioni**.',
  'serverLine.server_refusing':
    'Il server di Halnet in questo momento rifiuta le connessioni: il problema è nostro, **non cambiare le impostazioni**.',
  serverWorkaround:
    'Intanto la porta **{port}** ({mode}) funziona: se vuoi, nel programma puoi usare quella.',
  serverProblemNext: 'Se vuoi ti passo a un operatore, oppure ricontrollo il server tra poco.',
  serverCheckIntro: 'Non serve cambiare nulla. Se vuoi, su **{client}** controlla soltanto questo:',
  serverNothingToCheck:
    'Dalla tua parte non c’è niente da controllare: riprova a inviare tra un po’, oppure parla con un operatore.',
  askWhatHappens:
    'Cosa succede quando provi a inviare? Scegli qui sotto, oppure incolla il messaggio di errore esatto.',
  askErrorText:
    'Incolla qui il messaggio di errore esatto (con il numero, se c’è) oppure descrivi cosa succede: così trovo la causa.',
  askWhichClient: 'Quale di questi usi?',
  languageFollowed: 'Continuo in italiano.',
  noTechDetails: 'Non ho ancora controllato il server in questa conversazione.',
  needClientForGuide: 'Per mostrarti le impostazioni mi serve sapere il programma.',
  'quick.port':
    'Usa la **587** con TLS (STARTTLS), oppure la **465** con SSL. La 25 no: molte linee la bloccano e la posta finisce più spesso nello spam.',
  'quick.server':
    'Il server della posta in uscita è `{host}`, con autenticazione e porta **587**. La posta in arrivo resta su `{incoming}`.',
  'quick.encryption':
    'Non è obbligatoria ma è consigliata: TLS (STARTTLS) sulla porta **587**, con il certificato principale di Halnet installato. Senza crittografia l’invio funziona lo stesso (porta 587 con autenticazione), ma non è cifrato.',
  'quick.ssl-or-tls':
    'Sono equivalenti per la sicurezza: **TLS (STARTTLS) con la porta 587**, consigliato, oppure **SSL con la porta 465**. Non mescolarli: TLS sulla 465 o SSL sulla 587 non funzionano.',
  'quick.certificate':
    'Il certificato principale di Halnet si scarica da {caUrl} e va installato una volta sul computer o sul telefono. Serve per la crittografia.',
  'quick.credentials':
    'Usa nome utente e password **forniti per il servizio SMTP**: possono essere diversi da quelli della casella di posta. Non scriverli qui: non mi servono.',
  'quick.any-line':
    'Sì: `{host}` accetta posta da qualsiasi linea (casa, ufficio, telefono, hotel), purché il programma si autentichi e usi la porta **587**.',
  'quick.spa':
    'Lascia **spenta** l’autenticazione password di protezione (SPA): il server di Halnet non la usa e con SPA attiva l’accesso fallisce.',
  'wrong.host-misspelt': 'Quasi: è `{host}` (s-m-t-p). Con `{given}` il programma non trova il server.',
  'wrong.host-incoming': '`{given}` è il server della posta in arrivo: per l’invio scrivi `{host}`.',
  'wrong.host-other': 'No, non è `{given}`: il server per l’invio è `{host}`.',
  'wrong.port-25':
    'La 25 no: molte linee la bloccano e la posta inviata così finisce più spesso nello spam. Usa la **587** con TLS (STARTTLS), oppure la **465** con SSL.',
  'wrong.port-incoming':
    'La {given} è una porta della posta in arrivo, non dell’invio: usa la **587** (TLS/STARTTLS) oppure la **465** (SSL).',
  'wrong.port-other':
    'La {given} non è una porta di Halnet: usa la **587** (TLS/STARTTLS) oppure la **465** (SSL).',
  'wrong.spa':
    'No: l’opzione SPA (autenticazione password di protezione) va lasciata **spenta**: il server di Halnet non la usa e con SPA attiva l’accesso fallisce.',
  'choice.encryption': 'Attiva anche la crittografia',
  'choice.full-guide': 'Tutte le impostazioni',
  'choice.tech-details': 'Dettagli tecnici',
  'choice.show-where': 'Mostrami dove si imposta',
  'choice.continue-it': 'Continua in italiano',
  'choice.continue-en': 'Continue in English',
  'configOffer.apple':
    'Puoi evitare di scrivere le impostazioni: scarica il profilo di configurazione di Halnet, che imposta `{host}` (porta {port}, TLS) e installa il certificato di Halnet. Ti chiede solo indirizzo email e nome utente SMTP: la password non serve a me, te la chiederà il dispositivo.',
  'configOffer.thunderbird':
    'Thunderbird può trovare da solo queste impostazioni: aggiungi l’account con «Configura un account esistente» e scrivi il tuo indirizzo. Il pulsante apre la pagina con lo stesso file, se ti serve.',
  'configOffer.outlook':
    'Outlook può trovare da solo queste impostazioni quando aggiungi l’account con il tuo indirizzo (File › Aggiungi account). Il pulsante apre la pagina con lo stesso file, se ti serve.',
  'configOffer.button.apple': 'Scarica il profilo',
  'configOffer.button.file': 'Apri la pagina del file',
  'verify.offer':
    'Se vuoi la certezza, facciamo una prova: ti do un indirizzo a cui mandare un messaggio dal programma che hai appena configurato, e ti dico io se è passato da `{host}` con autenticazione e crittografia.',
  'verify.button': 'Verifica l’invio',
  'verify.ready':
    'Manda un messaggio qualsiasi, dal programma di posta che hai configurato, a **{address}**. L’indirizzo vale una sola volta per {minutes} minuti. Appena arriva ti scrivo qui il risultato; del messaggio leggo solo le intestazioni, non il testo.',
  'verify.ok':
    'Prova riuscita: il tuo messaggio è passato da `{host}`, con autenticazione ({protocol}) e crittografia ({tls}). {elapsed}',
  'verify.elapsed': 'È arrivato in {seconds} secondi.',
  'verify.problems': 'Il messaggio di prova è arrivato, ma c’è qualcosa da correggere:',
  'verify.finding.wrong-server':
    'non è passato da `{host}`{via}: il programma usa un altro server per la posta in uscita. Controlla che il server in uscita sia `{host}`.',
  'verify.finding.another-server':
    'prima di `{host}` è passato da un altro server ({servers}): il programma invia tramite un altro server. Imposta `{host}` come server in uscita.',
  'verify.finding.not-authenticated':
    'è stato inviato senza autenticazione: attiva «il server della posta in uscita richiede l’autenticazione» con il nome utente del servizio SMTP.',
  'verify.finding.not-encrypted':
    'è stato inviato senza crittografia: attiva TLS (STARTTLS) sulla porta 587, oppure SSL sulla 465.',
  'verify.finding.too-large':
    'era troppo grande per la prova: manda un messaggio breve, senza allegati, allo stesso indirizzo.',
  'verify.finding.malformed':
    'non sono riuscito a leggerlo come messaggio di posta: riprova con un messaggio normale, scritto dal programma di posta.',
  'verify.retry': 'Quando hai corretto, scegli di nuovo «Verifica l’invio» per un nuovo indirizzo di prova.',
  'verify.unavailable': 'Mi dispiace: la prova automatica dell’invio non è disponibile in questo momento.',
  'verify.via': ' ma da {servers}',
  // ---- Outage mode: the server is down for everyone (issue 12) ----
  'outage.answer':
    'Il server di Halnet per la posta in uscita (`{host}`) ha un problema dalle {time}: in questo momento l’invio non funziona, per nessun cliente. Non dipende dalle tue impostazioni: **non cambiarle**. Ci stiamo già lavorando.',
  'outage.offer':
    'Se vuoi, ti scrivo qui appena funziona di nuovo; oppure lasciami un indirizzo e-mail e ti avvisiamo lì.',
  'outage.queued': 'Resti comunque in coda: un operatore ti risponderà appena possibile.',
  'outage.still':
    'Il server di Halnet ha ancora il problema di prima: **non cambiare le impostazioni**. Ti scrivo qui appena funziona di nuovo.',
  'outage.notifyMe':
    'Va bene: appena il server funziona di nuovo te lo scrivo qui. Se preferisci chiudere la pagina, lasciami un indirizzo e-mail e ti avvisiamo lì.',
  'outage.askEmail':
    'Scrivimi il tuo indirizzo e-mail: ti avvisiamo lì appena il server funziona di nuovo, e potrai chiudere la pagina.',
  'outage.emailInvalid':
    'Non ho trovato un indirizzo e-mail nel tuo messaggio: scrivilo per intero, per esempio nome@esempio.it.',
  'outage.emailNoted':
    'Grazie: appena il server funziona di nuovo ti avvisiamo a **{contact}**. Ora puoi chiudere la pagina, se vuoi.',
  'outage.human':
    'Il supporto di Halnet sa già del guasto e ci sta lavorando: appena ci sono novità un operatore scrive qui, a te e a tutti i clienti coinvolti. Puoi restare qui oppure lasciarmi un indirizzo e-mail.',
  'outage.back': 'Il server di Halnet funziona di nuovo: prova a inviare adesso. Funziona?',
  'outage.backNote': 'Il server di Halnet funziona di nuovo: prova a inviare adesso.',
  'outage.backAgain': 'Scusa, non ho capito: adesso l’invio funziona?',
  'outage.backNo': 'Mi dispiace. Allora vediamo il tuo caso.',
  'choice.outage-notify': 'Avvisami qui quando torna',
  'choice.outage-email': 'Lascio un’e-mail',
  'choice.outage-other': 'È un altro problema',
} as const;

export type TextKey = keyof typeof IT_TEXTS;
