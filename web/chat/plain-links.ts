// Web Chat's markdown renderer, minus the zero-width spaces it puts around every link (its
// "better link" step adds them so a link never glues to the next word). Customers copy
// links such as Halnet's CA certificate URL, and the invisible characters came along and
// broke the address when pasted. Postino's texts always leave a space or punctuation around
// a link, so nothing is lost by dropping them.
import { renderMarkdown } from 'botframework-webchat';

// Only U+200B: that is what Web Chat adds (a zero-width joiner may be part of an emoji).
const ZERO_WIDTH = /\u200B/g;

type RenderMarkdown = typeof renderMarkdown;

export const renderMarkdownWithPlainLinks: RenderMarkdown = (markdown, options, init) =>
  renderMarkdown(markdown, options, init).replace(ZERO_WIDTH, '');
