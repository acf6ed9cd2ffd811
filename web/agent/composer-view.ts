// The composer under the history: a labelled textarea and a Send button. Enter sends,
// Shift+Enter starts a new line. It stays in the page across polls (a draft is never lost)
// and is locked, with the reason next to it, while the agent does not hold the conversation.
import type { ConsoleTexts } from './console-texts';
import { el } from './dom';

export interface ComposerView {
  readonly element: HTMLElement;
  /** `lockedReason` replaces the usual "claim it to write" when the composer is locked. */
  setEnabled(enabled: boolean, lockedReason?: string): void;
  /** Puts text in (after what is there) and the focus at its end. */
  insert(text: string): void;
  relabel(texts: ConsoleTexts): void;
  focus(): void;
}

export function createComposer(
  texts: ConsoleTexts,
  onSend: (text: string) => Promise<boolean>,
): ComposerView {
  const label = el(
    'label',
    { class: 'pc-composer-label', attrs: { for: 'pc-composer-input' } },
    texts.composerLabel,
  );
  const hint = el(
    'p',
    { class: 'pc-composer-hint', attrs: { id: 'pc-composer-hint' } },
    texts.composerLocked,
  );
  const input = el('textarea', {
    class: 'pc-composer-input',
    attrs: {
      id: 'pc-composer-input',
      rows: 2,
      maxlength: 4000,
      placeholder: texts.composerPlaceholder,
      'aria-describedby': 'pc-composer-hint',
    },
  });
  const send = el('button', { class: 'pc-button pc-primary', attrs: { type: 'submit' } }, texts.send);
  const form = el(
    'form',
    { class: 'pc-composer' },
    label,
    el('div', { class: 'pc-composer-row' }, input, send),
    hint,
  );
  let sending = false;
  let labels = texts;

  const submit = async () => {
    const text = input.value.trim();
    if (text === '' || sending || input.disabled) return;
    sending = true;
    send.disabled = true;
    try {
      if (await onSend(text)) input.value = '';
    } finally {
      sending = false;
      send.disabled = input.disabled;
      input.focus();
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void submit();
    }
  });

  return {
    element: form,
    setEnabled(enabled, lockedReason) {
      hint.textContent = lockedReason ?? labels.composerLocked;
      input.disabled = !enabled;
      send.disabled = !enabled || sending;
      hint.hidden = enabled;
    },
    insert(text) {
      input.value = input.value.trim() === '' ? text : `${input.value.trimEnd()}\n\n${text}`;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    },
    relabel(next) {
      labels = next;
      label.textContent = next.composerLabel;
      hint.textContent = next.composerLocked;
      input.placeholder = next.composerPlaceholder;
      send.textContent = next.send;
    },
    focus() {
      input.focus();
    },
  };
}
