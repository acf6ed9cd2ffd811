// One SMTP conversation over a socket (plain or TLS): writes commands, hands back whole
// replies in order, and turns a close, a reset or garbage into a typed step failure. For
// STARTTLS, `release()` gives the raw socket back with the plaintext reader detached and its
// buffer discarded, so no byte received before the upgrade is read as part of the TLS session.
import type { Socket } from 'node:net';
import { ReplyReader, type SmtpReply } from './reply-reader';
import { ProbeStepError, type StepLimits, waitStep } from './step';
import type { Transcript } from './transcript';

export class SmtpChannel {
  private readonly reader = new ReplyReader();
  private queue: SmtpReply[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly socket: Socket,
    private readonly limits: StepLimits,
    private readonly transcript: Transcript,
  ) {
    socket.on('data', this.onData);
    socket.on('end', this.onClose);
    socket.on('close', this.onClose);
    socket.on('error', this.onError);
  }

  /** `timeoutMs` shortens the step timeout (e.g. for QUIT, whose answer is a courtesy). */
  readReply(what: string, timeoutMs?: number): Promise<SmtpReply> {
    const limits =
      timeoutMs === undefined
        ? this.limits
        : { ...this.limits, stepTimeoutMs: Math.min(timeoutMs, this.limits.stepTimeoutMs) };
    return waitStep<SmtpReply>(limits, what, ({ resolve, reject }) => {
      const check = (): void => {
        const next = this.queue.shift();
        if (next) resolve(next);
        else if (this.failure) reject(this.failure);
      };
      this.wake = check;
      check();
      return () => {
        this.wake = null;
      };
    });
  }

  command(line: string, what: string, timeoutMs?: number): Promise<SmtpReply> {
    this.transcript.client(line);
    this.socket.write(`${line}\r\n`);
    return this.readReply(what, timeoutMs);
  }

  /** Detaches from the socket and forgets every buffered byte and reply (RFC 3207 §6). */
  release(): Socket {
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onClose);
    this.socket.off('close', this.onClose);
    this.socket.off('error', this.onError);
    this.reader.reset();
    this.queue = [];
    return this.socket;
  }

  private readonly onData = (chunk: Buffer): void => {
    try {
      for (const reply of this.reader.push(chunk)) {
        this.transcript.server(reply);
        this.queue.push(reply);
      }
    } catch (error) {
      this.failure ??= new ProbeStepError('protocol', 'EPROTO', (error as Error).message, { cause: error });
    }
    this.wake?.();
  };

  private readonly onClose = (): void => {
    this.failure ??= new ProbeStepError('closed', 'ECONNCLOSED', 'the server closed the connection');
    this.wake?.();
  };

  private readonly onError = (error: NodeJS.ErrnoException): void => {
    this.failure ??= new ProbeStepError('socket', error.code ?? 'ERROR', error.message, { cause: error });
    this.wake?.();
  };
}
