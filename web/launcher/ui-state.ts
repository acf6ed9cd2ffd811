// The launcher's part of the session (sessionStorage, so it lives as long as the browser tab):
// whether the panel was open and which language the customer chose. On a page reload the
// widget comes back as it was. Hand-validated: zod would triple the launcher's size.
import { isLocale, type Locale } from '../shared/widget-texts';

const KEY = 'postino.widget.v1';

export interface UiState {
  open: boolean;
  locale: Locale;
}

export function loadUiState(storage: Storage | null): Partial<UiState> {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return {};
    const { open, locale } = raw as Record<string, unknown>;
    return {
      ...(typeof open === 'boolean' ? { open } : {}),
      ...(isLocale(locale) ? { locale } : {}),
    };
  } catch {
    return {};
  }
}

export function saveUiState(storage: Storage | null, state: UiState): void {
  try {
    storage?.setItem(KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled (private mode): the widget still works, it just forgets on reload.
  }
}
