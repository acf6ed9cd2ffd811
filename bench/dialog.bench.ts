// `dialog.turnsPerSecond`: the pure dialog turn (snapshot validation + understanding +
// transition + effects) on a realistic mix of conversations, replayed from persisted JSON
// snapshots as the core would load them from the store. ~0.5 s warm-up, then the median of five 0.5 s windows.
import { runTurn } from '../dialogs';
import type { DialogEvent } from '../dialogs/contract';
import { probeSummary } from '../test/dialogs/fixtures/probe-summaries';

const msg = (text: string): DialogEvent => ({ type: 'user.message', text });

const CONVERSATIONS: DialogEvent[][] = [
  // The happy path with buttons and a rating.
  [
    { type: 'user.join' },
    msg('Thunderbird'),
    msg('Prima configurazione'),
    { type: 'probe.result', summary: probeSummary('healthy') },
    msg('Sì, risolto'),
    msg('5'),
  ],
  // Free text naming client and symptom, a pasted error, a language switch.
  [
    { type: 'user.join', locale: 'en' },
    msg('outlok 2007 gives 0x800CCC0E'),
    { type: 'probe.result', summary: probeSummary('port25_blocked_from_probe') },
    msg('italiano'),
    msg('no'),
    msg('Invio del messaggio non riuscito. Autenticazione non riuscita'),
  ],
  // Server trouble and a handoff with an agent.
  [
    { type: 'user.join' },
    msg('iphone'),
    msg('non parte la posta'),
    { type: 'probe.result', summary: probeSummary('server_down') },
    msg('Parla con un operatore'),
    { type: 'agent.joined', agentName: 'Giulia' },
    msg('ok grazie, aspetto'),
    { type: 'agent.closed' },
    msg('4'),
  ],
  // Typos, help, a restart, noise.
  [
    { type: 'user.join' },
    msg('aiuto'),
    msg('🙂🙂'),
    msg('tb'),
    msg('mi chiede sempre la password'),
    { type: 'probe.result', summary: null },
    msg('ricomincia'),
    msg('outlook express'),
    msg('certificato non valido'),
  ],
];

interface Turn {
  snapshot: unknown;
  event: DialogEvent;
}

/** Every turn of the mix with the snapshot it starts from, as JSON from the store. */
function recordTurns(): Turn[] {
  const turns: Turn[] = [];
  for (const events of CONVERSATIONS) {
    let snapshot: unknown;
    for (const event of events) {
      turns.push({ snapshot, event });
      snapshot = JSON.parse(JSON.stringify(runTurn(snapshot, event).snapshot));
    }
  }
  return turns;
}

function runFor(turns: Turn[], ms: number): { count: number; elapsed: number } {
  const started = performance.now();
  let count = 0;
  let elapsed = 0;
  while (elapsed < ms) {
    for (const turn of turns) runTurn(turn.snapshot, turn.event);
    count += turns.length;
    elapsed = performance.now() - started;
  }
  return { count, elapsed };
}

export async function run(): Promise<Record<string, number>> {
  const turns = recordTurns();
  runFor(turns, 500);
  // Five windows of 0.5 s, median: one garbage-collection pause or a neighbour's burst on this
  // shared 2-core machine moves one window, not the figure.
  const rates = Array.from({ length: 5 }, () => {
    const { count, elapsed } = runFor(turns, 500);
    return (count / elapsed) * 1000;
  }).sort((a, b) => a - b);
  return { 'dialog.turnsPerSecond': Math.round(rates[2] ?? 0) };
}
