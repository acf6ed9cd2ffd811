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
  verdictHealthy:
    'Halnet’s server is working normally: the problem is almost certainly in your mail program’s settings.',
  verdictPort25:
    'Port 25 does not answer from our checker’s network: that is expected, because that network blocks outgoing port 25, and it does not mean Halnet has a problem. Since many providers do the same, use port **587**.',
  verdictServerDown:
    '**Halnet’s server has a problem right now**: {problem}. It is not your settings, so there is no need to change them.',
  'problem.server_down': 'it does not answer',
  'problem.tls_broken': 'encrypted connections do not work',
  'problem.dns_failure': 'the name `{host}` does not resolve',
  verdictCertificate:
    '**The certificate of Halnet’s server has a problem** ({problem}): the problem is on Halnet’s side, not in your settings.',
  'problem.cert_expired': 'it has expired',
  'problem.cert_untrusted': 'it is not signed by Halnet’s certificate authority',
  'problem.cert_name_mismatch': 'it does not match the name `{host}`',
  verdictAuth:
    '**Halnet’s server does not offer authentication as it should** ({problem}): the problem is on Halnet’s side, not in your settings.',
  'problem.auth_not_offered': 'authentication is not available',
  'problem.auth_before_tls': 'authentication is offered before encryption is on',
  offerHuman: 'If you like, I can put you through to a Halnet support agent right away.',
  symptomTitle: '**{title}**',
  cause: '**Cause:** {cause}',
  fix: '**Fix:** {fix}',
  settingsSummary:
    'The right settings: outgoing server `{host}`, port **{port}** (TLS/STARTTLS) or **{sslPort}** (SSL), authentication with the credentials given for the SMTP service.',
  stepsIntro: 'Here are the steps for **{client}**:',
  noStepsNeeded: 'To understand it better I need the exact error message: copy it and paste it here.',
  cautionsHeading: '**Please note:**',
  askSolved: 'Did it work? Is the problem solved?',
  askSolvedOrError: 'Did it work? If your mail program still shows an error, paste it here exactly as it is.',
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
};
