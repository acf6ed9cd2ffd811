// A small dialog (a fake of the DialogRunner port) that behaves as outage mode asks of the real
// one, with texts of its own so these tests do not depend on the dialog's: while an outage is
// passed with the turn it gives the known-problem answer once per outage and emits
// `outage-join` ("human" waits in the group, "email x@y" leaves a call back); it answers every
// `outage.cleared` (the core must make that happen once). It records what each turn was told.
import type { DialogRunner } from '../../../core/ports/dialog-runner';
import type { DialogEffect, DialogTurnResult } from '../../../dialogs/contract';

export interface OutageDialogCall {
  event: string;
  outageId: string | null;
}

interface Snapshot {
  told: string[];
}

export function outageTestDialog(calls: OutageDialogCall[] = []): DialogRunner {
  return (snapshot, event, options) => {
    const outage = options?.outage ?? null;
    calls.push({ event: event.type, outageId: outage?.id ?? null });
    const told = [...((snapshot as Snapshot | undefined)?.told ?? [])];
    const effects: DialogEffect[] = [];
    const reply = (text: string) =>
      effects.push({ type: 'reply', activity: { type: 'message', text, locale: options?.locale ?? 'it' } });
    switch (event.type) {
      case 'user.join':
        reply('welcome');
        break;
      case 'user.message': {
        const email = /^email (\S+@\S+)$/.exec(event.text)?.[1];
        const wantsHuman = event.text === 'human';
        if (outage && (!told.includes(outage.id) || wantsHuman || email)) {
          if (!told.includes(outage.id)) {
            told.push(outage.id);
            reply(`known problem since ${outage.since}`);
          } else {
            reply(wantsHuman ? 'you wait in the outage group' : 'we will write when it is back');
          }
          effects.push({
            type: 'outage-join',
            outageId: outage.id,
            wantsHuman,
            ...(email ? { callback: { kind: 'email' as const, value: email } } : {}),
          });
        } else if (event.text === 'probe') {
          reply('checking');
          effects.push({ type: 'probe' });
        } else {
          reply(`echo: ${event.text}`);
        }
        break;
      }
      case 'probe.result':
        reply(`probe: ${event.summary ? event.summary.findings[0]?.verdict : 'none'}`);
        break;
      case 'outage.cleared':
        reply(`cleared ${event.outageId}`);
        break;
      default:
        reply(`event ${event.type}`);
    }
    return { snapshot: { told } satisfies Snapshot, effects } satisfies DialogTurnResult;
  };
}
