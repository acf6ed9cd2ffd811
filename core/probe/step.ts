// One bounded wait of the probe. Every wait (connect, a reply, a handshake) ends by itself:
// on the event it waits for, on the per-step timeout, or at once when the whole probe's
// deadline fires. Its timer and listeners are removed on every path, so nothing outlives it.
import { PostinoError } from '../errors';

export type StepFailureKind = 'timeout' | 'deadline' | 'closed' | 'socket' | 'tls' | 'protocol';

/** Why one step failed; the port probe turns it into a port outcome. */
export class ProbeStepError extends PostinoError {
  constructor(
    readonly kind: StepFailureKind,
    /** ECONNREFUSED, ERR_SSL_WRONG_VERSION_NUMBER, ETIMEDOUT, DEADLINE, ... */
    readonly errorCode: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super('ProbeFailed', message, options);
  }
}

export interface StepLimits {
  /** Aborted when the probe's overall deadline is reached. */
  signal: AbortSignal;
  stepTimeoutMs: number;
}

type Settle<T> = { resolve: (value: T) => void; reject: (error: Error) => void };

/**
 * Waits for what `attach` listens to. `attach` registers its listeners, calls `resolve` or
 * `reject` when the step is over, and returns a function that removes those listeners.
 */
export function waitStep<T>(
  limits: StepLimits,
  what: string,
  attach: (settle: Settle<T>) => () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (limits.signal.aborted) {
      reject(new ProbeStepError('deadline', 'DEADLINE', `deadline reached before ${what}`));
      return;
    }
    let settled = false;
    let detach: (() => void) | null = null;
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      limits.signal.removeEventListener('abort', onAbort);
      detach?.();
      return true;
    };
    const onAbort = (): void => {
      if (finish())
        reject(new ProbeStepError('deadline', 'DEADLINE', `deadline reached waiting for ${what}`));
    };
    const timer = setTimeout(() => {
      if (finish()) {
        reject(
          new ProbeStepError(
            'timeout',
            'ETIMEDOUT',
            `no answer within ${limits.stepTimeoutMs} ms waiting for ${what}`,
          ),
        );
      }
    }, limits.stepTimeoutMs);
    limits.signal.addEventListener('abort', onAbort, { once: true });
    const remove = attach({
      resolve: (value) => finish() && resolve(value),
      reject: (error) => finish() && reject(error),
    });
    // `attach` may have settled synchronously, before `detach` existed.
    if (settled) remove();
    else detach = remove;
  });
}
