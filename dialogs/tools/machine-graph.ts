// Reads the statechart's definition (not its behaviour): every transition with its source,
// event, guard and target, straight from `machine.root`. The Mermaid diagram is drawn from
// it and the path tests check every transition listed here is actually taken.
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { dialogMachine } from '../machine';

export const ROOT = '*';
export const ALWAYS = 'always';

export interface TransitionInfo {
  /** The state the transition is defined on; ROOT for the machine-wide ones. */
  source: string;
  /** The event type, or ALWAYS for an eventless transition. */
  event: string;
  guard: string | null;
  /** The target state; null when the transition only runs actions and stays. */
  target: string | null;
  reenter: boolean;
}

// A guard is a name from setup(), or a combinator such as and([...]) holding names.
function guardLabel(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  const combined = guard as { guards?: unknown[]; name?: string; type?: string };
  if (Array.isArray(combined.guards)) {
    const joiner = combined.name === 'or' ? ' || ' : ' && ';
    return combined.guards.map(guardLabel).join(joiner);
  }
  return combined.type ?? combined.name ?? 'guard';
}

function transitionsOf(node: AnyStateNode, source: string): TransitionInfo[] {
  const infos: TransitionInfo[] = [];
  const definitions = [
    ...[...node.transitions.values()].flat(),
    ...(node.always ?? []).map((definition) => ({ ...definition, eventType: ALWAYS })),
  ];
  for (const definition of definitions) {
    const target = definition.target?.[0]?.key ?? null;
    infos.push({
      source,
      event: definition.eventType,
      guard: guardLabel(definition.guard),
      target,
      reenter: Boolean(definition.reenter),
    });
  }
  return infos;
}

/** Every transition of the machine, root first, then each top-level state in order. */
export function machineTransitions(machine: AnyStateMachine = dialogMachine): TransitionInfo[] {
  const root = machine.root as AnyStateNode;
  return [
    ...transitionsOf(root, ROOT),
    ...Object.values(root.states).flatMap((node) =>
      transitionsOf(node as AnyStateNode, (node as AnyStateNode).key),
    ),
  ];
}

export function stateNames(machine: AnyStateMachine = dialogMachine): string[] {
  return Object.keys((machine.root as AnyStateNode).states);
}

export function initialState(machine: AnyStateMachine = dialogMachine): string {
  const initial = (machine.root as AnyStateNode).initial?.target?.[0]?.key;
  if (initial === undefined) throw new Error('the machine has no initial state');
  return initial;
}
