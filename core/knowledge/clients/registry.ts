// Every client guide's raw data, keyed by client id. The Record type makes the compiler list
// any ClientId without a guide; the schema then checks each guide's content at load.
import type { ClientId } from '../ids';
import type { ClientGuideInput } from '../schema';
import { androidGmailGuide } from './android-gmail';
import { androidThunderbirdGuide } from './android-thunderbird';
import { appleMailGuide } from './apple-mail';
import { eudora7Guide } from './eudora-7';
import { iosMailGuide } from './ios-mail';
import { otherGuide } from './other';
import { outlook2003Guide } from './outlook-2003';
import { outlook2007Guide } from './outlook-2007';
import { outlookClassicGuide } from './outlook-classic';
import { outlookExpressGuide } from './outlook-express';
import { outlookNewGuide } from './outlook-new';
import { thunderbirdGuide } from './thunderbird';

export const CLIENT_GUIDES_DATA: Readonly<Record<ClientId, ClientGuideInput>> = {
  'outlook-express': outlookExpressGuide,
  'outlook-2003': outlook2003Guide,
  'outlook-2007': outlook2007Guide,
  'eudora-7': eudora7Guide,
  'outlook-classic': outlookClassicGuide,
  'outlook-new': outlookNewGuide,
  thunderbird: thunderbirdGuide,
  'apple-mail': appleMailGuide,
  'ios-mail': iosMailGuide,
  'android-gmail': androidGmailGuide,
  'android-thunderbird': androidThunderbirdGuide,
  other: otherGuide,
};
