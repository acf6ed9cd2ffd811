// Mail on iPhone and iPad (iOS/iPadOS 18 and later: Settings > Apps > Mail; earlier versions
// have Mail directly in Settings), beyond the manual. With "Use SSL" on, Mail uses STARTTLS
// on 587 and SSL from the first byte on 465; the walk turns it on, so Halnet's CA comes with
// every setup. A root CA installed by profile is trusted only after it is enabled in
// Certificate Trust Settings.
import type { TopicId } from '../ids';
import type { ClientGuideInput } from '../schema';
import { appleSmtpCredentials } from './common-steps';

/** Everything set on the outgoing server's screen, which is opened and saved once. */
const SMTP_SERVER: TopicId[] = ['server', 'authentication', 'port', 'encryption'];

export const iosMailGuide: ClientGuideInput = {
  id: 'ios-mail',
  name: { it: 'Mail di iPhone e iPad', en: 'iPhone and iPad Mail' },
  fromManual: false,
  covers: {
    it: 'App Mail su iPhone e iPad (iOS e iPadOS)',
    en: 'The Mail app on iPhone and iPad (iOS and iPadOS)',
  },
  tlsByDefault: true,
  walk: [
    {
      for: ['ca-certificate'],
      it: 'In Safari aprire il certificato principale della Halnet, <http://www.hln.it/file/cacert.crt>, e consentire lo scaricamento del profilo.',
      en: "In Safari open Halnet's root certificate, <http://www.hln.it/file/cacert.crt>, and allow the profile download.",
    },
    {
      for: ['ca-certificate'],
      it: '**Impostazioni > Generali > VPN e gestione dispositivi**: toccare il profilo scaricato e installarlo (serve il codice del dispositivo).',
      en: '**Settings > General > VPN & Device Management**: tap the downloaded profile and install it (your passcode is needed).',
    },
    {
      for: ['ca-certificate'],
      it: "**Impostazioni > Generali > Info > Impostazioni attendibilità certificati**: attivare l'attendibilità completa per il certificato di Halnet.",
      en: "**Settings > General > About > Certificate Trust Settings**: turn on full trust for Halnet's certificate.",
    },
    {
      for: SMTP_SERVER,
      it: '**Impostazioni > App > Mail > Account** (prima di iOS 18: Impostazioni > Mail > Account): toccare l\'account (per IMAP anche "Account"), poi **SMTP** e il **server primario**.',
      en: '**Settings > Apps > Mail > Mail Accounts** (before iOS 18: Settings > Mail > Accounts): tap the account (for IMAP also "Account"), then **SMTP** and the **Primary Server**.',
    },
    {
      for: ['server'],
      it: '"Nome host": `smtp.hln.it`, con il server attivo.',
      en: '"Host Name": `smtp.hln.it`, with the server on.',
    },
    { for: ['authentication'], ...appleSmtpCredentials },
    {
      for: ['authentication'],
      it: '"Autenticazione": **Password** (non MD5, NTLM o HTTP MD5).',
      en: '"Authentication": **Password** (not MD5 Challenge-Response, NTLM or HTTP MD5 Digest).',
    },
    {
      for: ['port', 'encryption'],
      it: '**Usa SSL** attivo e "Porta server" **587** (non la 25): sulla 587 Mail usa TLS (STARTTLS), sulla **465** SSL.',
      en: '**Use SSL** on and "Server Port" **587** (not 25): on 587 Mail uses TLS (STARTTLS), on **465** SSL.',
    },
    {
      for: SMTP_SERVER,
      it: 'Toccare "Fine" per salvare.',
      en: 'Tap "Done" to save.',
    },
  ],
  cautions: [
    {
      for: ['ca-certificate'],
      it: 'Se Mail mostra ancora "Impossibile verificare l\'identità del server", controllare che il nome host sia esattamente `smtp.hln.it`.',
      en: 'If Mail still says "Cannot Verify Server Identity", check that the host name is exactly `smtp.hln.it`.',
    },
  ],
};
