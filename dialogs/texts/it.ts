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
  verdictHealthy:
    'Il server di Halnet funziona regolarmente: il problema è quasi certamente nelle impostazioni del programma di posta.',
  verdictPort25:
    'La porta 25 non risponde dalla rete del nostro controllo: è normale, perché quella rete blocca la porta 25 in uscita, e non indica un problema di Halnet. Proprio perché molti provider fanno lo stesso, usa la porta **587**.',
  verdictServerDown:
    '**Il server di Halnet ha un problema in questo momento**: {problem}. Non dipende dalle tue impostazioni, quindi non serve modificarle.',
  'problem.server_down': 'non risponde',
  'problem.tls_broken': 'la connessione cifrata non funziona',
  'problem.dns_failure': 'il nome `{host}` non viene risolto',
  verdictCertificate:
    '**Il certificato del server di Halnet ha un problema** ({problem}): è un problema dalla parte di Halnet, non delle tue impostazioni.',
  'problem.cert_expired': 'è scaduto',
  'problem.cert_untrusted': 'non risulta firmato dall’autorità di certificazione di Halnet',
  'problem.cert_name_mismatch': 'non corrisponde al nome `{host}`',
  verdictAuth:
    '**Il server di Halnet non offre l’autenticazione come dovrebbe** ({problem}): è un problema dalla parte di Halnet, non delle tue impostazioni.',
  'problem.auth_not_offered': 'l’autenticazione non è disponibile',
  'problem.auth_before_tls': 'l’autenticazione viene offerta prima di attivare la crittografia',
  offerHuman: 'Se vuoi, ti passo subito a un operatore di Halnet.',
  symptomTitle: '**{title}**',
  cause: '**Causa:** {cause}',
  fix: '**Soluzione:** {fix}',
  settingsSummary:
    'Impostazioni corrette: server in uscita `{host}`, porta **{port}** (TLS/STARTTLS) oppure **{sslPort}** (SSL), autenticazione con le credenziali fornite per il servizio SMTP.',
  stepsIntro: 'Ecco i passaggi per **{client}**:',
  noStepsNeeded: 'Per capire meglio mi serve il messaggio di errore esatto: copialo e incollalo qui.',
  cautionsHeading: '**Attenzione:**',
  askSolved: 'Ha funzionato? Il problema è risolto?',
  askSolvedOrError:
    'Ha funzionato? Se il programma mostra ancora un errore, incollalo qui esattamente com’è.',
  askSolvedAgain: 'Scusa, non ho capito: il problema è risolto?',
  notSolved:
    'Mi dispiace. Se il programma mostra un messaggio di errore, incollalo qui esattamente com’è: mi aiuta a capire. Oppure ti passo a un operatore.',
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
} as const;

export type TextKey = keyof typeof IT_TEXTS;
