// A small deterministic dialog (a fake of the DialogRunner port) whose snapshot counts the
// transitions it saw, so tests can prove none was lost or applied twice. Words trigger effects:
// "probe", "password ...", "human", "bye", "rate N".

import type { DialogRunner } from '../../../core/ports/dialog-runner';
import type { DialogEffect, DialogEvent, DialogTurnResult } from '../../../dialogs/contract';

export interface CountingSnapshot {
  turns: number;
  seen: string[];
}

export const countingDialog: DialogRunner = (snapshot, event: DialogEvent, options) => {
  const previous = (snapshot as CountingSnapshot | undefined) ?? { turns: 0, seen: [] };
  const next: CountingSnapshot = { turns: previous.turns + 1, seen: [...previous.seen] };
  const effects: DialogEffect[] = [];
  const reply = (text: string) =>
    effects.push({ type: 'reply', activity: { type: 'message', text, locale: options?.locale ?? 'it' } });
  switch (event.type) {
    case 'user.join':
      reply(`welcome ${event.locale ?? 'none'}`);
      break;
    case 'user.message': {
      if (event.text.startsWith('password')) {
        // Like the real dialog: a secret is neither echoed nor kept in the snapshot.
        reply(`turn ${next.turns}: secret not kept`);
        effects.push({ type: 'redact-user-text', reason: 'password' });
        break;
      }
      next.seen.push(event.text);
      reply(`turn ${next.turns}: ${event.text}`);
      if (event.text === 'probe') effects.push({ type: 'probe' });
      if (event.text === 'human') {
        effects.push({
          type: 'handoff',
          context: {
            locale: 'it',
            client: 'thunderbird',
            symptom: 'auth-failed',
            reason: event.text,
            pastedErrors: [],
            stepsGiven: ['authentication'],
            probe: null,
          },
        });
      }
      if (event.text === 'bye') effects.push({ type: 'outcome', outcome: 'resolved' });
      const rating = /^rate (\d)$/.exec(event.text);
      if (rating) effects.push({ type: 'outcome', outcome: 'rated', rating: Number(rating[1]) });
      break;
    }
    case 'agent.joined':
      reply(`agent ${event.agentName} joined`);
      break;
    case 'probe.result':
      reply(`probe: ${event.summary ? event.summary.findings[0]?.verdict : 'none'}`);
      break;
    default:
      break;
  }
  return { snapshot: next, effects } satisfies DialogTurnResult;
};
