// Test support: drives the dialog turn by turn through `runTurn`, the way the core does
// (the snapshot goes through JSON between turns, as it would through the store), and keeps
// what each turn said so tests can assert on the text, the choices and the other effects.

import type { Locale } from '../../../core/knowledge/ids';
import { runTurn } from '../../../dialogs';
import type { DialogEffect, DialogEvent, OutageNotice, ReplyActivity } from '../../../dialogs/contract';
import { probeSummary } from '../fixtures/probe-summaries';

export type Said = string | DialogEvent;

export interface Turn {
  effects: DialogEffect[];
  replies: ReplyActivity[];
  /** All reply texts of the turn, joined. */
  text: string;
  /** The titles of the suggested actions offered in the turn. */
  choices: string[];
  state: string;
}

export function toEvent(said: Said): DialogEvent {
  return typeof said === 'string' ? { type: 'user.message', text: said } : said;
}

export class Conversation {
  snapshot: unknown;
  readonly turns: Turn[] = [];
  /** The outage the core would pass with every turn (issue 12); none by default. */
  outage: OutageNotice | null = null;

  constructor(private readonly locale?: Locale) {}

  say(said: Said): Turn {
    const options = {
      ...(this.locale ? { locale: this.locale } : {}),
      ...(this.outage ? { outage: this.outage } : {}),
    };
    const result = runTurn(this.snapshot, toEvent(said), options);
    this.snapshot = JSON.parse(JSON.stringify(result.snapshot));
    const replies = result.effects.flatMap((effect) => (effect.type === 'reply' ? [effect.activity] : []));
    const turn: Turn = {
      effects: result.effects,
      replies,
      text: replies.map((reply) => reply.text ?? '').join('\n\n'),
      choices: replies.flatMap(
        (reply) => reply.suggestedActions?.actions.map((action) => action.title) ?? [],
      ),
      state: (this.snapshot as { state: string }).state,
    };
    this.turns.push(turn);
    return turn;
  }

  /** The turn at `index` (negative counts from the end); fails the test when there is none. */
  turn(index: number): Turn {
    const turn = this.turns.at(index);
    if (turn === undefined) throw new Error(`no turn ${index} in a conversation of ${this.turns.length}`);
    return turn;
  }

  get state(): string {
    return (this.snapshot as { state: string }).state;
  }

  get context(): Record<string, unknown> {
    return (this.snapshot as { context: Record<string, unknown> }).context;
  }
}

export const join = (locale?: Locale): DialogEvent =>
  locale ? { type: 'user.join', locale } : { type: 'user.join' };
export const probeResult = (verdict: Parameters<typeof probeSummary>[0] | null): DialogEvent => ({
  type: 'probe.result',
  summary: verdict === null ? null : probeSummary(verdict),
});

/** The one effect of a kind a turn must have. */
export function onlyEffect<T extends DialogEffect['type']>(
  turn: Turn,
  type: T,
): Extract<DialogEffect, { type: T }> {
  const found = effectsOf(turn, type);
  if (found.length !== 1) throw new Error(`expected one ${type} effect, found ${found.length}`);
  return found[0] as Extract<DialogEffect, { type: T }>;
}

/** Effects of one kind from a turn. */
export function effectsOf<T extends DialogEffect['type']>(
  turn: Turn,
  type: T,
): Extract<DialogEffect, { type: T }>[] {
  return turn.effects.filter((effect): effect is Extract<DialogEffect, { type: T }> => effect.type === type);
}

/**
 * A table-driven transcript in core-bot's shape: each step is what the customer says and the
 * texts the bot's replies of that turn must contain. Returns the conversation for more checks.
 */
export function playTranscript(
  steps: ReadonlyArray<readonly [Said, readonly string[]]>,
  locale?: Locale,
): Conversation {
  const conversation = new Conversation(locale);
  steps.forEach(([said, expected], index) => {
    const turn = conversation.say(said);
    for (const fragment of expected) {
      if (!turn.text.includes(fragment)) {
        throw new Error(
          `step ${index + 1} (${JSON.stringify(said).slice(0, 80)}): reply lacks ${JSON.stringify(fragment)}\n--- reply ---\n${turn.text}`,
        );
      }
    }
  });
  return conversation;
}

/** Scripted paths (Italian, buttons) that leave a conversation resting in each state. */
export const PATHS_TO: Record<string, Said[]> = {
  askClient: [join()],
  askSymptom: [join(), 'Thunderbird'],
  diagnose: [join(), 'Thunderbird', 'Prima configurazione'],
  serverProblem: [join(), 'Thunderbird', 'Prima configurazione', probeResult('server_down')],
  askSolved: [join(), 'Thunderbird', 'Prima configurazione', probeResult('healthy')],
  notSolved: [join(), 'Thunderbird', 'Prima configurazione', probeResult('healthy'), 'No, non ancora'],
  resolved: [join(), 'Thunderbird', 'Prima configurazione', probeResult('healthy'), 'Sì, risolto'],
  askRating: [
    join(),
    'Thunderbird',
    'Prima configurazione',
    probeResult('healthy'),
    { type: 'agent.closed' },
  ],
  thanks: [join(), 'Thunderbird', 'Prima configurazione', probeResult('healthy'), 'Sì, risolto', '5'],
  handoffRequested: [
    join(),
    'Thunderbird',
    'Prima configurazione',
    probeResult('healthy'),
    'Parla con un operatore',
  ],
  withAgent: [
    join(),
    'Thunderbird',
    'Prima configurazione',
    probeResult('healthy'),
    'Parla con un operatore',
    { type: 'agent.joined', agentName: 'Giulia' },
  ],
};

export function conversationAt(state: string): Conversation {
  const conversation = new Conversation();
  for (const said of PATHS_TO[state] ?? []) conversation.say(said);
  if (conversation.state !== state) throw new Error(`the path to ${state} ended in ${conversation.state}`);
  return conversation;
}
