// The dialog's typed error: a PostinoError (the one hierarchy every layer shares, so the HTTP
// mapping in core/errors.ts applies unchanged) restricted to the codes a turn can raise.
import { PostinoError } from '../core/errors';

export type DialogErrorCode = 'BadArgument' | 'BadSnapshot';

export class DialogError extends PostinoError {
  declare readonly code: DialogErrorCode;

  constructor(code: DialogErrorCode, message: string, options?: ErrorOptions) {
    super(code, message, options);
  }
}

export function isDialogError(value: unknown): value is DialogError {
  return value instanceof DialogError;
}
