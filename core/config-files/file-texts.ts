// The words inside the files themselves (what the device shows while installing a profile, the
// provider's name in Thunderbird), in Italian and English. The download page's texts are in
// page-texts.ts; the chat's offer is in dialogs/texts.
import type { Locale } from '../knowledge/ids';

export const PROVIDER = { id: 'hln.it', name: 'Halnet', shortName: 'Halnet' } as const;

export const FILE_TEXTS = {
  it: {
    profileName: 'Halnet — posta in uscita ({host})',
    profileDescription:
      'Configura l’account {email}: posta in uscita su {host}, porta {port} con TLS e autenticazione (nome utente {username}); posta in arrivo POP3 su {pop3}. La password te la chiede il dispositivo durante l’installazione: Halnet non la riceve mai.',
    mailPayloadName: 'Account di posta {email}',
    rootPayloadName: 'Certificato di Halnet ({ca})',
    rootPayloadDescription:
      'Il certificato con cui è firmato quello di {host}: serve perché il dispositivo si fidi della connessione cifrata.',
  },
  en: {
    profileName: 'Halnet — outgoing mail ({host})',
    profileDescription:
      'Sets up the account {email}: outgoing mail on {host}, port {port} with TLS and authentication (user name {username}); incoming mail POP3 on {pop3}. Your device asks for the password while installing: Halnet never receives it.',
    mailPayloadName: 'Mail account {email}',
    rootPayloadName: 'Halnet certificate ({ca})',
    rootPayloadDescription:
      'The certificate that signs {host}’s own: your device needs it to trust the encrypted connection.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type FileTextKey = keyof (typeof FILE_TEXTS)['it'];

export function fileText(locale: Locale, key: FileTextKey, vars: Record<string, string | number>): string {
  return FILE_TEXTS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}
