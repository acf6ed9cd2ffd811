// Web Chat's look in Halnet's colours: blue customer bubbles, light bot bubbles, suggested
// actions laid out in full (not a carousel) so every choice is visible, markdown rendered,
// no upload button (the service does not take attachments). Colours meet WCAG AA contrast.
import type { StyleOptions } from 'botframework-webchat';

const BLUE = '#0B4F8A';
const BLUE_DARK = '#083B68';
const INK = '#1B2733';
const MIST = '#EEF3F8';
const FOCUS = '#C2410C';

export const HALNET_STYLE_OPTIONS: StyleOptions = {
  accent: BLUE,
  backgroundColor: '#F7F9FB',
  primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontSizeSmall: '75%',
  subtle: '#5A6B7F',
  rootHeight: '100%',
  rootWidth: '100%',
  paddingRegular: 10,

  botAvatarInitials: 'H',
  botAvatarBackgroundColor: BLUE,
  avatarSize: 32,
  showAvatarInGroup: 'sender',

  bubbleBackground: MIST,
  bubbleBorderColor: '#D6E1EC',
  bubbleBorderWidth: 1,
  bubbleBorderRadius: 12,
  bubbleTextColor: INK,
  bubbleMaxWidth: 330,
  bubbleFromUserBackground: BLUE,
  bubbleFromUserBorderColor: BLUE,
  bubbleFromUserBorderWidth: 1,
  bubbleFromUserBorderRadius: 12,
  bubbleFromUserTextColor: '#FFFFFF',

  markdownRespectCRLF: true,

  suggestedActionLayout: 'flow',
  suggestedActionHeight: 32,
  suggestedActionBorderRadius: 16,
  suggestedActionBackgroundColor: '#FFFFFF',
  suggestedActionBorderColor: BLUE,
  suggestedActionBorderWidth: 1,
  suggestedActionTextColor: BLUE,
  suggestedActionBackgroundColorOnHover: MIST,
  suggestedActionBackgroundColorOnActive: BLUE,
  suggestedActionTextColorOnActive: '#FFFFFF',
  suggestedActionKeyboardFocusIndicatorBorderColor: FOCUS,

  sendBoxBackground: '#FFFFFF',
  sendBoxTextColor: INK,
  sendBoxButtonColor: BLUE,
  sendBoxButtonColorOnHover: BLUE_DARK,
  sendBoxButtonKeyboardFocusIndicatorBorderColor: FOCUS,
  sendBoxBorderTop: '1px solid #D6E1EC',
  sendBoxHeight: 48,
  hideUploadButton: true,

  transcriptVisualKeyboardIndicatorColor: FOCUS,
  transcriptActivityVisualKeyboardIndicatorColor: FOCUS,
  timestampColor: '#5A6B7F',
};
