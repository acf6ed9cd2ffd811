// Builds the launcher's DOM from one template: the round chat button and the (initially
// hidden) panel with its header (title, IT/EN switch, minimise, end), the outage banner
// (issue 12), the confirm and notice bars, and the body the chat bundle renders into. Texts are filled in by key (data-text for
// content, data-label for aria-label + tooltip), so a language switch is one pass.
import {
  LANGUAGE_NAMES,
  type Locale,
  WIDGET_LOCALES,
  WIDGET_TEXTS,
  type WidgetTexts,
} from '../shared/widget-texts';
import LAUNCHER_CSS from './launcher.css';

// Icons: 24×24 strokes drawn in currentColor (stroke style set in launcher.css).
const icon = (paths: string) => `<svg viewBox="0 0 24 24" aria-hidden="true">${paths}</svg>`;
const ICON_CHAT = icon(
  '<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12zM8.5 10.5h7M8.5 14h4.5"/>',
);
const ICON_CHEVRON = icon('<path d="M6 9l6 6 6-6"/>');
const ICON_MAIL = icon('<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>');
const ICON_MINIMISE = icon('<path d="M5 12h14"/>');
const ICON_END = icon('<path d="M6 6l12 12M18 6L6 18"/>');

const TEMPLATE = `
<section class="postino-panel" id="postino-panel" role="dialog" aria-labelledby="postino-title" tabindex="-1" hidden>
 <div class="postino-header">
  <span class="postino-avatar">${ICON_MAIL}</span>
  <div class="postino-heading"><h2 class="postino-title" id="postino-title" data-text="title"></h2><p class="postino-subtitle" data-text="subtitle"></p></div>
  <div class="postino-langs" role="group" data-label="languageGroup">${WIDGET_LOCALES.map(
    (code) =>
      `<button type="button" class="postino-lang" lang="${code}" data-locale="${code}" aria-label="${LANGUAGE_NAMES[code]}">${code.toUpperCase()}</button>`,
  ).join('')}</div>
  <button type="button" class="postino-icon" data-action="minimise" data-label="minimise">${ICON_MINIMISE}</button>
  <button type="button" class="postino-icon" data-action="end" data-label="end">${ICON_END}</button>
 </div>
 <div role="status"><p class="postino-bar postino-outage" data-text="outage" hidden></p></div>
 <div class="postino-bar postino-confirm" role="alertdialog" aria-labelledby="postino-end-question" hidden>
  <p id="postino-end-question" data-text="endQuestion"></p>
  <button type="button" data-action="confirm-end" data-text="endConfirm"></button><button type="button" data-action="cancel-end" data-text="endCancel"></button>
 </div>
 <div role="status"><div class="postino-bar postino-notice" hidden><p></p><button type="button" data-action="retry" data-text="retry"></button></div></div>
 <div class="postino-body">
  <div class="postino-loading" role="status" hidden><span aria-hidden="true"></span><p data-text="loading"></p></div>
  <div class="postino-chat"></div>
 </div>
</section>
<button type="button" class="postino-launcher" aria-expanded="false" aria-controls="postino-panel" data-label="launcherLabel">${ICON_CHAT}${ICON_CHEVRON}</button>`;

export interface WidgetShell {
  root: HTMLElement;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  confirmBar: HTMLElement;
  loading: HTMLElement;
  chatElement: HTMLElement;
  /** The outage banner (issue 12): shown while Halnet's server has a known problem. */
  outage: HTMLElement;
  /** The button with this data-action (minimise, end, confirm-end, cancel-end, retry). */
  action(name: string): HTMLButtonElement;
  applyTexts(locale: Locale): void;
  showNotice(text: string | null, withRetry: boolean): void;
}

export function createWidgetShell(locale: Locale): WidgetShell {
  if (!document.getElementById('postino-styles')) {
    const style = document.createElement('style');
    style.id = 'postino-styles';
    style.textContent = LAUNCHER_CSS;
    document.head.appendChild(style);
  }
  const root = document.createElement('div');
  root.id = 'postino-root';
  root.innerHTML = TEMPLATE;
  const find = <T extends HTMLElement>(selector: string) => root.querySelector(selector) as T;
  // The live region (role=status) stays in place; only the bar inside it shows and hides, so
  // screen readers announce each notice.
  const notice = find('.postino-notice');

  const shell: WidgetShell = {
    root,
    launcher: find('.postino-launcher'),
    panel: find('.postino-panel'),
    confirmBar: find('.postino-confirm'),
    loading: find('.postino-loading'),
    chatElement: find('.postino-chat'),
    outage: find('.postino-outage'),
    action: (name) => find(`[data-action="${name}"]`),
    applyTexts(next) {
      const texts = WIDGET_TEXTS[next];
      root.lang = next;
      for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
        element.textContent = texts[element.dataset.text as keyof WidgetTexts];
      }
      for (const element of root.querySelectorAll<HTMLElement>('[data-label]')) {
        const label = texts[element.dataset.label as keyof WidgetTexts];
        element.setAttribute('aria-label', label);
        if (element.tagName === 'BUTTON' && element !== shell.launcher) element.title = label;
      }
      for (const button of root.querySelectorAll<HTMLElement>('[data-locale]')) {
        button.setAttribute('aria-pressed', String(button.dataset.locale === next));
      }
    },
    showNotice(text, withRetry) {
      notice.hidden = text === null;
      (notice.firstChild as HTMLElement).textContent = text ?? '';
      shell.action('retry').hidden = !withRetry;
    },
  };
  shell.applyTexts(locale);
  return shell;
}
