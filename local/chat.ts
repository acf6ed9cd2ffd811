// `npm run chat` (and `npm start` until the local server takes it over): a terminal chat on
// the dialog. Italian by default, `--lang en` for English. It sends the join event, prints
// the bot's replies as plain text with the suggested actions numbered (answer by number or
// in words), and runs the probe when the dialog asks for it: by default the real probe
// engine configured by the PROBE_* environment variables. `/quit` or Ctrl-D ends it.
import { createInterface } from 'node:readline';
import type { Locale } from '../core/knowledge/ids';
import { type DialogEffect, type ProbeSummary, runTurn } from '../dialogs';
import type { DialogEvent } from '../dialogs/contract';

export type ProbeRunner = () => Promise<ProbeSummary>;

export interface ChatOptions {
  locale: Locale;
  /** Runs the live probe; a failure is reported to the dialog as "the probe could not run". */
  probe: ProbeRunner;
}

// The chat's own few lines (the dialog's texts live in dialogs/texts).
const TOOL_TEXTS = {
  it: {
    intro:
      'Chat di prova con Postino. Rispondi con il numero di una scelta o con parole tue; /quit per uscire.',
    handoff: '(richiesta di un operatore registrata: nella chat da terminale non ci sono operatori)',
    bye: 'Ciao!',
  },
  en: {
    intro: 'Postino test chat. Answer with the number of a choice or in your own words; /quit to leave.',
    handoff: '(request for an agent recorded: the terminal chat has no agents)',
    bye: 'Bye!',
  },
} as const;

/** Markdown as plain text: bold and code marks dropped, links shown as their address. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1');
}

/** One chat session: feed it lines, get back what to print. */
export class ChatSession {
  private snapshot: unknown;
  private choices: string[] = [];

  constructor(private readonly options: ChatOptions) {}

  /** Opens the conversation (the join event) and returns the greeting. */
  start(): Promise<string[]> {
    return this.send({ type: 'user.join', locale: this.options.locale });
  }

  /** Handles one line typed by the user; a number picks the matching suggested action. */
  handle(line: string): Promise<string[]> {
    const trimmed = line.trim();
    const picked = /^\d{1,2}$/.test(trimmed) ? this.choices[Number(trimmed) - 1] : undefined;
    return this.send({ type: 'user.message', text: picked ?? line });
  }

  private async send(event: DialogEvent): Promise<string[]> {
    const result = runTurn(this.snapshot, event, { locale: this.options.locale });
    this.snapshot = result.snapshot;
    const output: string[] = [];
    for (const effect of result.effects) output.push(...(await this.perform(effect)));
    return output;
  }

  private locale(): Locale {
    const context = (this.snapshot as { context?: { locale?: Locale } }).context;
    return context?.locale ?? this.options.locale;
  }

  private async perform(effect: DialogEffect): Promise<string[]> {
    switch (effect.type) {
      case 'reply':
        return this.show(
          effect.activity.text,
          effect.activity.suggestedActions?.actions.map((action) => action.value),
        );
      case 'probe':
        return this.send({ type: 'probe.result', summary: await this.runProbe() });
      case 'handoff':
        return [TOOL_TEXTS[this.locale()].handoff];
      default:
        // Redaction and outcomes matter to storage and metrics, not to a terminal.
        return [];
    }
  }

  private async runProbe(): Promise<ProbeSummary | null> {
    try {
      return await this.options.probe();
    } catch {
      return null;
    }
  }

  private show(text: string | undefined, choices: string[] | undefined): string[] {
    const lines = text === undefined ? [] : [`Postino: ${plainText(text).split('\n').join('\n         ')}`];
    if (choices !== undefined && choices.length > 0) {
      this.choices = choices;
      lines.push(...choices.map((choice, index) => `   ${index + 1}) ${choice}`));
    }
    return lines;
  }
}

/** Runs a whole scripted chat and returns everything it would print: the chat loop, testable. */
export async function runChatScript(lines: readonly string[], options: ChatOptions): Promise<string[]> {
  const session = new ChatSession(options);
  const output = [TOOL_TEXTS[options.locale].intro, ...(await session.start())];
  for (const line of lines) {
    output.push(`> ${line}`, ...(await session.handle(line)));
  }
  return output;
}

export function localeFromArgs(args: readonly string[]): Locale {
  const index = args.indexOf('--lang');
  const value = index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'it';
}

async function defaultProbe(): Promise<ProbeSummary> {
  const { probeFromEnvironment } = await import('../core/probe');
  return probeFromEnvironment();
}

async function main(): Promise<void> {
  const locale = localeFromArgs(process.argv.slice(2));
  const session = new ChatSession({ locale, probe: defaultProbe });
  const print = (lines: string[]) => {
    for (const line of lines) console.log(line);
  };
  print([TOOL_TEXTS[locale].intro, ...(await session.start())]);
  const input = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
  input.prompt();
  for await (const line of input) {
    if (line.trim() === '/quit') break;
    print(await session.handle(line));
    input.prompt();
  }
  input.close();
  console.log(TOOL_TEXTS[locale].bye);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
