// The dialog as the core sees it: one pure transition per event (dialogs/index.ts `runTurn`).
// A port so the core can be exercised with a small test dialog and composed with the real one;
// it may answer through a promise, so a composition root can load the dialog on first use.
import type { DialogEvent, DialogTurnResult, OutageNotice } from '../../dialogs/contract';
import type { Locale } from '../knowledge/ids';

export type DialogRunner = (
  snapshot: unknown | undefined,
  event: DialogEvent,
  /** `outage`: the outage in progress, if any (issue 12). */
  options?: { locale?: Locale; outage?: OutageNotice | null },
) => DialogTurnResult | Promise<DialogTurnResult>;
