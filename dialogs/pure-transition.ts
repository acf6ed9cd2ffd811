// XState's pure `transition(logic, snapshot, event)` builds a throw-away actor (and actor
// system) on every call to serve as the "inert actor scope" that collects actions without
// running them; on this machine that costs ~2/3 of a turn. This is the same function with
// the inert scope built once: the machine has no invoked or spawned actors, so nothing is
// ever registered in the scope's system, and the collector is swapped per call (turns are
// synchronous). A test checks it returns exactly what xstate's `transition()` and
// `initialTransition()` return.
import { type AnyActorScope, createActor, type SnapshotFrom } from 'xstate';
import type { Locale } from '../core/knowledge/ids';
import type { MachineEvent } from './dialog-types';
import { type DialogMachine, dialogMachine } from './machine';

type Snapshot = SnapshotFrom<DialogMachine>;
export type ExecutableAction = { type: string; params?: unknown };

let collected: ExecutableAction[] = [];
let scope: AnyActorScope | undefined;

function inertScope(): AnyActorScope {
  if (scope === undefined) {
    const self = createActor(dialogMachine, { input: {} });
    scope = {
      self,
      defer: () => {},
      id: '',
      logger: () => {},
      sessionId: '',
      stopChild: () => {},
      system: self.system,
      emit: () => {},
      actionExecutor: (action: ExecutableAction) => {
        collected.push(action);
      },
    } as unknown as AnyActorScope;
  }
  return scope;
}

/** The initial snapshot for `input`, like xstate's `initialTransition()` (its actions are not needed). */
export function pureInitialSnapshot(input: { locale?: Locale }): Snapshot {
  const actorScope = inertScope();
  collected = [];
  return dialogMachine.getInitialSnapshot(actorScope, input) as Snapshot;
}

/** The next snapshot and the actions to execute, like xstate's `transition()`; runs nothing. */
export function pureTransition(snapshot: Snapshot, event: MachineEvent): [Snapshot, ExecutableAction[]] {
  const actorScope = inertScope();
  const actions: ExecutableAction[] = [];
  collected = actions;
  try {
    const next = dialogMachine.transition(snapshot, event, actorScope) as Snapshot;
    return [next, actions];
  } finally {
    collected = [];
  }
}
