// The one-tap configuration offer shown with the answer, for the mail programs that can take a
// file: Apple's profile (iPhone, iPad, Mac), Thunderbird's autoconfig, Outlook's Autodiscover.
// One line saying what the file does and a hero card whose button opens the small download
// page on Postino's API (the page asks the address and the SMTP user name, never a password).

import { serviceFacts } from '../../core/knowledge';
import type { ClientId } from '../../core/knowledge/ids';
import type { ReplyActivity } from '../contract';
import type { DialogContext } from '../dialog-types';
import { say, type TextKey } from '../texts';
import { message } from './activity';

/** Which file a client takes (the kinds of core/config-files, whose page is `/config/{kind}`). */
export const CONFIG_FILE_KIND: Partial<Record<ClientId, 'apple' | 'thunderbird' | 'outlook'>> = {
  'ios-mail': 'apple',
  'apple-mail': 'apple',
  thunderbird: 'thunderbird',
  'android-thunderbird': 'thunderbird',
  'outlook-classic': 'outlook',
};

/** The offer for the context's client, or nothing when its program takes no file. */
export function configOffer(context: DialogContext): ReplyActivity[] {
  const kind = context.client === null ? undefined : CONFIG_FILE_KIND[context.client];
  if (kind === undefined) return [];
  const { locale } = context;
  const text = say(locale, `configOffer.${kind}` as TextKey, {
    host: serviceFacts.outgoingHost,
    port: serviceFacts.submissionPort,
  });
  const activity = message(locale, text);
  activity.attachments = [
    {
      contentType: 'application/vnd.microsoft.card.hero',
      content: {
        buttons: [
          {
            type: 'openUrl',
            title: say(locale, kind === 'apple' ? 'configOffer.button.apple' : 'configOffer.button.file'),
            value: `/config/${kind}?lang=${locale}`,
          },
        ],
      },
    },
  ];
  return [activity];
}
