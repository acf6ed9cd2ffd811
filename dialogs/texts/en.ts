// Every English text the dialog shows, key for key the same as the Italian file.
import type { TextKey } from './it';

export const EN_TEXTS: Record<TextKey, string> = {
  greeting:
    'Hi, I am **Postino**, Halnet’s assistant for sending mail with the authenticated SMTP service (`{host}`). I can help you set up your mail program or make sense of an error.',
  welcomeBack: 'Welcome back! Let’s pick up where we left off.',
  restarted: 'All right, let’s start over.',
  askClient: 'Which mail program do you use? Pick it below or type it in your own words.',
  clientNotUnderstood: 'I did not recognise the mail program.',
  clientNoted: 'Good, **{client}**.',
  symptomNoted: 'I have noted the problem: **{symptom}**.',
  askSymptom:
    'What goes wrong when you send mail? Pick it below, describe it in your own words or paste the exact error message.',
  symptomNotUnderstood: 'I did not understand the problem.',
  checking: 'Checking the server…',
  stillChecking: 'I am still checking Halnet’s server, one moment…',
  probeUnavailable: 'I could not check the server right now: I will go on with the steps anyway.',
  probeSkipped: 'All right, I will skip the server check.',
  probeHeading: 'Here is what I see on `{host}` (port by port):',
  portLine: '{port} ({mode}): {status}',
  portReachable: 'reachable',
  portExpectedBlock: 'expected: our checker’s network blocks port 25',
  'outcome.refused': 'connection refused',
  'outcome.timeout': 'no answer (timed out)',
  'outcome.dns_failure': 'server name not found',
  'outcome.greeting_rejected': 'the server refuses the connection',
  'outcome.closed_early': 'connection closed by the server',
  'outcome.starttls_missing': 'STARTTLS not offered',
  'outcome.starttls_refused': 'STARTTLS refused',
  'outcome.tls_failed': 'encrypted connection failed',
  'outcome.error': 'error',
  askSolved: 'Did it work? Is the problem solved?',
  askSolvedAgain: 'Sorry, I did not understand: is the problem solved?',
  notSolved:
    'I am sorry. If your mail program shows an error message, paste it here exactly as it is: it helps me understand. Or I can put you through to a support agent.',
  resolved: 'Great, I am glad it is solved!',
  askRating: 'How satisfied are you with the help you got, from 1 (not at all) to 5 (very)?',
  agentClosed: 'The conversation with the support agent has ended.',
  ratingNotUnderstood: 'Type a number from 1 to 5, or choose not to answer.',
  thanksRated: 'Thank you for your rating!',
  thanks: 'Thank you!',
  anythingElse: 'If you need more help, tell me your mail program and the problem, or choose “Start over”.',
  handoffQueued:
    'I am putting you in the queue for a Halnet support agent. I will pass on everything you told me and what I checked, so you will not have to repeat it. Please stay here: an agent will answer as soon as possible.',
  alreadyQueued: 'You are already in the queue: an agent will answer as soon as possible.',
  stillQueued:
    'You are in the queue: an agent will answer as soon as possible and will read this message too. If you would rather go on with me, choose “Back to the bot”.',
  handoffCancelled: 'All right, let’s go on together: I have cancelled the request for an agent.',
  queueNext: 'You are next in the queue: an agent will answer you as soon as one is free.',
  queuePosition: 'You are number {position} in the queue: an agent will answer you as soon as possible.',
  callbackOfferOutOfHours:
    'Our agents are not on duty right now (hours: {hours}). If you like, write me an email address or a phone number and we will get back to you. Meanwhile I am still here for you: choose “Back to the bot” to go on with me.',
  callbackOfferTimeout:
    'All our agents are busy right now. If you would rather not wait, write me an email address or a phone number and we will get back to you. Meanwhile I am still here for you: choose “Back to the bot” to go on with me.',
  callbackNoted:
    'Thank you: a Halnet agent will get back to you at **{contact}**. Meanwhile I will go on helping you.',
  agentJoined: '**{name}** will answer you shortly.',
  agentReturned: 'Postino, the automatic assistant, here again.',
  help: 'I can help you set up sending mail with `{host}` or make sense of an error. At any time you can type:\n\n- “start over” to begin again\n- “talk to an agent” for a person at Halnet\n- “italiano” to switch to Italian\n- “I changed client” if you use another mail program\n- “it is another problem” if the problem is a different one\n\nNever type your password: I do not need it.',
  languageChanged: 'OK, let’s continue in English.',
  secretWarning:
    'Careful: your message seems to contain a password. Never type it in a chat: I do not need it and I will never ask for it. I will not keep that message.',
  empty: 'I did not receive any text.',
  changedClient: 'All right, let’s switch mail program.',
  otherProblem: 'All right, let’s look at another problem.',
  snapshotOutdated:
    'Sorry: I have been updated in the meantime and cannot resume our earlier conversation. Let’s start over.',
  snapshotInvalid: 'Sorry: I could not recover our conversation. Let’s start over.',
  'choice.yes': 'Yes, solved',
  'choice.no': 'No, not yet',
  'choice.human': 'Talk to an agent',
  'choice.restart': 'Start over',
  'choice.skip-check': 'Skip the check',
  'choice.show-steps': 'Show me the steps anyway',
  'choice.recheck': 'Check the server again',
  'choice.back-to-bot': 'Back to the bot',
  'choice.no-rating': 'I’d rather not answer',
  // ---- Answers built from the diagnosis (issue 9) ----
  causeHealthy: 'Halnet’s server is working: {headline}',
  walkIntro: 'In **{client}**:',
  'serverLine.server_down':
    'Halnet’s server is not answering right now: the problem is on our side, **please don’t change your settings**.',
  'serverLine.tls_broken':
    'The encrypted connection to Halnet’s server is not working right now: the problem is on our side, **please don’t change your settings**.',
  'serverLine.dns_failure':
    'The name `{host}` cannot be found right now: it is not your settings, **please don’t change them**.',
  'serverLine.cert_expired':
    'Halnet’s server certificate has expired: the problem is on our side, **please don’t change your settings**.',
  'serverLine.cert_untrusted':
    'Halnet’s server certificate is not signed by Halnet’s authority: the problem is on our side, **please don’t change your settings**.',
  'serverLine.cert_name_mismatch':
    'Halnet’s server certificate does not match the name `{host}`: the problem is on our side, **please don’t change your settings**.',
  'serverLine.auth_not_offered':
    'Halnet’s server is not offering sign-in right now: the problem is on our side, **please don’t change your settings**.',
  'serverLine.auth_before_tls':
    'Halnet’s server offers sign-in in an unusual way: the problem is on our side, **please don’t change your settings**.',
  'serverLine.server_refusing':
    'Halnet’s server is refusing connections right now: the problem is on our side, **please don’t change your settings**.',
  serverWorkaround: 'Meanwhile port **{port}** ({mode}) works: if you like, set your program to use it.',
  serverProblemNext: 'I can put you through to a person, or check the server again in a little while.',
  serverCheckIntro: 'Nothing needs changing. If you like, in **{client}** just check this:',
  serverNothingToCheck:
    'There is nothing to check on your side: try sending again in a little while, or talk to a person.',
  askWhatHappens: 'What happens when you try to send? Pick below, or paste the exact error message.',
  askErrorText:
    'Paste the exact error message here (with its number, if any) or describe what happens: that is how I find the cause.',
  askWhichClient: 'Which of these do you use?',
  languageFollowed: 'I’ll continue in English.',
  noTechDetails: 'I have not checked the server in this conversation yet.',
  needClientForGuide: 'To show you the settings I need to know your mail program.',
  'quick.port':
    'Use **587** with TLS (STARTTLS), or **465** with SSL. Not 25: many lines block it and mail sent that way is more often flagged as spam.',
  'quick.server':
    'The outgoing mail server is `{host}`, with authentication and port **587**. Incoming mail stays on `{incoming}`.',
  'quick.encryption':
    'It is not required but recommended: TLS (STARTTLS) on port **587**, with Halnet’s root certificate installed. Without encryption sending still works (port 587 with authentication), just unencrypted.',
  'quick.ssl-or-tls':
    'They are equally secure: **TLS (STARTTLS) with port 587**, recommended, or **SSL with port 465**. Don’t mix them: TLS on 465 or SSL on 587 do not work.',
  'quick.certificate':
    'Halnet’s root certificate is at {caUrl}: install it once on your computer or phone. Encryption needs it.',
  'quick.credentials':
    'Use the user name and password **given for the SMTP service**: they may differ from your mailbox’s. Do not type them here: I do not need them.',
  'quick.any-line':
    'Yes: `{host}` accepts mail from any line (home, office, phone, hotel), as long as your program signs in and uses port **587**.',
  'quick.spa':
    'Leave Secure Password Authentication (SPA) **off**: Halnet’s server does not use it, and with SPA on the sign-in fails.',
  'wrong.host-misspelt':
    'Almost — it is `{host}` (s-m-t-p). With `{given}` your program cannot find the server.',
  'wrong.host-incoming': '`{given}` is the incoming mail server: for sending, type `{host}`.',
  'wrong.host-other': 'No, it is not `{given}`: the server for sending is `{host}`.',
  'wrong.port-25':
    'Not 25: many lines block it and mail sent that way is more often flagged as spam. Use **587** with TLS (STARTTLS), or **465** with SSL.',
  'wrong.port-incoming':
    '{given} is a port for incoming mail, not for sending: use **587** (TLS/STARTTLS) or **465** (SSL).',
  'wrong.port-other': '{given} is not one of Halnet’s ports: use **587** (TLS/STARTTLS) or **465** (SSL).',
  'wrong.spa':
    'No: leave SPA (Secure Password Authentication) **off**: Halnet’s server does not use it, and with SPA on the sign-in fails.',
  'choice.encryption': 'Turn on encryption too',
  'choice.full-guide': 'All the settings',
  'choice.tech-details': 'Technical details',
  'choice.show-where': 'Show me where to set it',
  'choice.continue-it': 'Continua in italiano',
  'choice.continue-en': 'Continue in English',
  'configOffer.apple':
    'You can skip typing the settings: download Halnet’s configuration profile, which sets `{host}` (port {port}, TLS) and installs Halnet’s certificate. It asks only for your e-mail address and SMTP user name: I do not need your password, your device will ask for it.',
  'configOffer.thunderbird':
    'Thunderbird can find these settings by itself: add the account with “Existing email account” and type your address. The button opens the page with the same file, if you need it.',
  'configOffer.outlook':
    'Outlook can find these settings by itself when you add the account with your address (File › Add account). The button opens the page with the same file, if you need it.',
  'configOffer.button.apple': 'Download the profile',
  'configOffer.button.file': 'Open the file’s page',
  'verify.offer':
    'If you want to be sure, let us test it: I give you an address to send a message to from the program you just set up, and I tell you whether it went through `{host}` with authentication and encryption.',
  'verify.button': 'Check my sending',
  'verify.ready':
    'Send any message, from the mail program you set up, to **{address}**. The address works once, for {minutes} minutes. As soon as it arrives I write the result here; I read only the message’s headers, not its text.',
  'verify.ok':
    'Test passed: your message went through `{host}`, with authentication ({protocol}) and encryption ({tls}). {elapsed}',
  'verify.elapsed': 'It arrived in {seconds} seconds.',
  'verify.problems': 'The test message arrived, but something needs fixing:',
  'verify.finding.wrong-server':
    'it did not go through `{host}`{via}: your program uses another server for outgoing mail. Check that the outgoing server is `{host}`.',
  'verify.finding.another-server':
    'before `{host}` it went through another server ({servers}): your program sends through another server. Set `{host}` as the outgoing server.',
  'verify.finding.not-authenticated':
    'it was sent without authentication: turn on “my outgoing server requires authentication” with the SMTP service user name.',
  'verify.finding.not-encrypted':
    'it was sent without encryption: turn on TLS (STARTTLS) on port 587, or SSL on 465.',
  'verify.finding.too-large':
    'it was too large for the test: send a short message, with no attachments, to the same address.',
  'verify.finding.malformed':
    'I could not read it as an e-mail message: try again with a normal message written in the mail program.',
  'verify.retry': 'Once fixed, choose “Check my sending” again for a new test address.',
  'verify.unavailable': 'Sorry: the automatic sending test is not available right now.',
  'verify.via': ' but through {servers}',
  // ---- Outage mode: the server is down for everyone (issue 12) ----
  'outage.answer':
    'Halnet’s outgoing mail server (`{host}`) has had a problem since {time} (Italian time): right now sending does not work, for any customer. It does not depend on your settings: **please don’t change them**. We are already working on it.',
  'outage.offer':
    'If you like, I will write here as soon as it works again; or leave me an e-mail address and we will let you know there.',
  'outage.queued': 'You stay in the queue all the same: an agent will answer as soon as possible.',
  'outage.still':
    'Halnet’s server still has the problem I mentioned: **please don’t change your settings**. I will write here as soon as it works again.',
  'outage.notifyMe':
    'All right: I will write here as soon as the server works again. If you would rather close the page, leave me an e-mail address and we will let you know there.',
  'outage.askEmail':
    'Type your e-mail address: we will let you know there as soon as the server works again, and you can close the page.',
  'outage.emailInvalid':
    'I did not find an e-mail address in your message: type it in full, for example name@example.com.',
  'outage.emailNoted':
    'Thank you: as soon as the server works again we will let you know at **{contact}**. You can close the page now, if you like.',
  'outage.human':
    'Halnet’s support team already knows about the fault and is working on it: as soon as there is news an agent will write here, to you and to every customer affected. You can stay here or leave me an e-mail address.',
  'outage.back': 'Halnet’s server works again: try sending now. Does it work?',
  'outage.backNote': 'Halnet’s server works again: try sending now.',
  'outage.backAgain': 'Sorry, I did not understand: does sending work now?',
  'outage.backNo': 'I am sorry. Let’s look at your case, then.',
  'choice.outage-notify': 'Tell me here when it’s back',
  'choice.outage-email': 'Leave my e-mail',
  'choice.outage-other': 'It’s something else',
};
