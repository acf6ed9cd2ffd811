// Path tests with @xstate/graph over the machine's own events: every state is reached and
// every transition in the machine's definition (machine-wide ones from every state that does
// not override them) is taken by some edge of the explored graph. Also checks the fast pure
// transition the turn uses gives exactly what xstate's `transition()` gives, edge by edge.
import { getAdjacencyMap, getPathsFromEvents, getShortestPaths } from '@xstate/graph';
import { type AnyMachineSnapshot, getMicrosteps, initialTransition, transition } from 'xstate';
import { type MachineEvent, NOTHING_HEARD, RESTING_STATES, STATE_NAMES } from '../../dialogs/dialog-types';
import { dialogMachine } from '../../dialogs/machine';
import { pureInitialSnapshot, pureTransition } from '../../dialogs/pure-transition';
import { machineTransitions, ROOT } from '../../dialogs/tools/machine-graph';
import { probeSummary } from './fixtures/probe-summaries';

const heard = (extra: Partial<typeof NOTHING_HEARD>) => ({ ...NOTHING_HEARD, ...extra });
const message = (text: string, extra: Partial<typeof NOTHING_HEARD>): MachineEvent => ({
  type: 'MESSAGE',
  text,
  heard: heard(extra),
});

const OUTAGE = { id: 'outage-1', since: '2026-03-10T13:05:00.000Z', verdict: 'server_down' } as const;
const notice = (id: string, said: MachineEvent | null = null): MachineEvent => ({
  type: 'OUTAGE_NOTICE',
  outage: { ...OUTAGE, id },
  locale: null,
  followed: false,
  message: said?.type === 'MESSAGE' ? said : null,
});
const ended = (said: MachineEvent | null): MachineEvent => ({
  type: 'OUTAGE_ENDED',
  message: said?.type === 'MESSAGE' ? said : null,
});

const EVENTS: MachineEvent[] = [
  { type: 'JOIN', locale: null },
  { type: 'JOIN', locale: 'en' },
  message('thunderbird', { client: 'thunderbird' }),
  message('apple mail', { client: 'apple-mail' }),
  message('prima configurazione', { symptom: 'first-setup' }),
  message('535', { symptom: 'auth-failed', errors: ['SMTP 535'] }),
  message('outlook 2007 0x800CCC0E', {
    client: 'outlook-2007',
    symptom: 'cannot-connect',
    errors: ['0x800CCC0E'],
  }),
  message('sì', { answer: 'yes' }),
  message('no', { answer: 'no' }),
  message('5', { rating: 5 }),
  message('boh', {}),
  { type: 'EMPTY' },
  { type: 'SECRET' },
  { type: 'RESTART' },
  { type: 'HUMAN', reason: 'operatore', heard: NOTHING_HEARD },
  { type: 'HELP' },
  { type: 'LANGUAGE', locale: 'en' },
  { type: 'LANGUAGE', locale: 'it' },
  { type: 'CHANGED_CLIENT', heard: heard({}) },
  { type: 'CHANGED_CLIENT', heard: heard({ client: 'ios-mail' }) },
  { type: 'OTHER_PROBLEM', heard: heard({}) },
  { type: 'OTHER_PROBLEM', heard: heard({ symptom: 'relay-denied' }) },
  { type: 'OTHER_PROBLEM', heard: heard({ client: 'android-gmail' }) },
  { type: 'OTHER_PROBLEM', heard: heard({ client: 'eudora-7', symptom: 'tls-mismatch' }) },
  { type: 'CHANGED_CLIENT', heard: heard({ client: 'outlook-new', symptom: 'slow-sending' }) },
  { type: 'BACK_TO_BOT' },
  { type: 'SKIP_CHECK' },
  { type: 'SHOW_STEPS' },
  { type: 'RECHECK' },
  { type: 'PROBE_RESULT', summary: probeSummary('healthy') },
  { type: 'PROBE_RESULT', summary: probeSummary('server_down') },
  { type: 'PROBE_RESULT', summary: null },
  { type: 'AGENT_JOINED', agentName: 'Giulia' },
  { type: 'AGENT_RETURNED' },
  { type: 'AGENT_CLOSED' },
  { type: 'HANDOFF_QUEUED', position: 2 },
  { type: 'CALLBACK_OFFER', reason: 'timeout', hours: '' },
  { type: 'CALLBACK', contact: { kind: 'email', value: 'mario@example.it' } },
  message('non riesco a inviare', { vague: true }),
  message('outlook', { clientCandidates: ['outlook-classic', 'outlook-new'] }),
  { type: 'CHANGED_CLIENT', heard: heard({ vague: true }) },
  { type: 'OTHER_PROBLEM', heard: heard({ vague: true }) },
  { type: 'FOLLOW_LANGUAGE', locale: 'en' },
  { type: 'QUICK', topic: { question: 'port' } },
  { type: 'QUICK', topic: { wrong: { kind: 'host', given: 'smpt.hln.it' } } },
  { type: 'FULL_GUIDE' },
  { type: 'TECH_DETAILS' },
  { type: 'SHOW_WHERE', heard: heard({ symptom: 'cannot-connect' }) },
  { type: 'VERIFY' },
  { type: 'VERIFY_READY', address: 'verifica+abcd2345@verifica.hln.it', expiresInMinutes: 30 },
  {
    type: 'VERIFY_RESULT',
    result: {
      findings: [],
      throughHost: 'smtp.hln.it',
      protocol: 'ESMTPSA',
      authenticated: true,
      encrypted: true,
      tlsVersion: 'TLSv1.3',
      elapsedSeconds: 2,
      otherServers: [],
    },
  },
  { type: 'VERIFY_UNAVAILABLE' },
  // Outage mode (issue 12): told, waiting, an e-mail, over without an all-clear, cleared.
  notice('outage-1'),
  notice('outage-2', message('thunderbird', { client: 'thunderbird' })),
  { type: 'OUTAGE_NOTIFY_ME' },
  { type: 'OUTAGE_EMAIL' },
  { type: 'OUTAGE_CLEARED', outageId: 'outage-1' },
  { type: 'OUTAGE_CLEARED', outageId: 'outage-2' },
  ended(null),
  ended(message('non riesco a inviare', { vague: true })),
  ended(message('outlook 2007 0x800CCC0E', { client: 'outlook-2007', symptom: 'cannot-connect' })),
  ended(message('535', { symptom: 'auth-failed' })),
];

// What the guards look at; the exact client or symptom does not matter to the shape of the graph.
function serializeState(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context;
  return JSON.stringify([
    snapshot.value,
    c.locale,
    c.client !== null,
    c.symptom !== null,
    c.probed,
    c.answered,
    c.agentName !== null,
    // Told about an outage whose all-clear is still to come (which outage matters to two guards only).
    c.outage !== null && !c.outageCleared,
  ]);
}

const options = { events: EVENTS, serializeState, input: {} };
const adjacency = getAdjacencyMap(dialogMachine, options);
const vertices = Object.values(adjacency);

type Definition = ReturnType<typeof dialogMachine.getTransitionData>[number];

/** Every transition definition an explored edge selects, eventless ones included. */
function takenDefinitions(): Set<Definition> {
  const taken = new Set<Definition>();
  for (const vertex of vertices) {
    for (const { event } of Object.values(vertex.transitions) as Array<{ event: MachineEvent }>) {
      for (const definition of dialogMachine.getTransitionData(vertex.state, event)) taken.add(definition);
      for (const [next] of getMicrosteps(dialogMachine, vertex.state, event).slice(0, -1)) {
        // A microstep that does not rest moves on by its eventless transitions.
        for (const definition of dialogMachine.getStateNodeById(`postino.${String(next.value)}`).always ??
          []) {
          taken.add(definition);
        }
      }
    }
  }
  return taken;
}

/** Every transition definition of the machine, with a readable name. */
function allDefinitions(): Array<[Definition, string]> {
  const nodes = [dialogMachine.root, ...Object.values(dialogMachine.root.states)];
  return nodes.flatMap((node) => {
    const definitions = [...[...node.transitions.values()].flat(), ...(node.always ?? [])];
    const infos = machineTransitions().filter(
      (info) => info.source === (node === dialogMachine.root ? ROOT : node.key),
    );
    return definitions.map((definition, index): [Definition, string] => {
      const info = infos[index];
      if (info === undefined) throw new Error(`no description for transition ${index} of ${node.key}`);
      return [
        definition,
        `${info.source} ${info.event} [${info.guard ?? ''}] -> ${info.target ?? '(stays)'}`,
      ];
    });
  });
}

describe('paths through the statechart (@xstate/graph)', () => {
  it('reaches every resting state by a shortest path, and passes through answer', () => {
    const reached = new Set(getShortestPaths(dialogMachine, options).map((path) => String(path.state.value)));
    expect([...reached].sort()).toEqual([...RESTING_STATES].sort());
    const always = dialogMachine.getStateNodeById('postino.answer').always ?? [];
    expect(always.every((definition) => takenDefinitions().has(definition))).toBe(true);
    expect(STATE_NAMES.every((name) => reached.has(name) || name === 'answer')).toBe(true);
  });

  it('takes every transition of the definition', () => {
    const taken = takenDefinitions();
    const all = allDefinitions();
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([definition]) => !taken.has(definition)).map(([, name]) => name)).toEqual([]);
  });

  it('never rests in a state the snapshot cannot persist', () => {
    for (const vertex of vertices) {
      expect(RESTING_STATES as readonly string[]).toContain(String(vertex.state.value));
    }
  });

  it('the happy path by events: join, client and symptom at once, healthy probe, solved, rated', () => {
    const [path] = getPathsFromEvents(
      dialogMachine,
      [
        { type: 'JOIN', locale: null },
        message('outlook 2007 0x800CCC0E', { client: 'outlook-2007', symptom: 'cannot-connect' }),
        { type: 'PROBE_RESULT', summary: probeSummary('healthy') },
        message('sì', { answer: 'yes' }),
        message('5', { rating: 5 }),
      ],
      { input: {} },
    );
    expect(path?.steps.map((step) => String(step.state.value))).toEqual([
      'welcome',
      'askClient',
      'diagnose',
      'askSolved',
      'resolved',
      'thanks',
    ]);
  });

  it.each(['it', 'en'] as const)('the fast initial snapshot equals initialTransition() (%s)', (locale) => {
    const [expected] = initialTransition(dialogMachine, { locale });
    const snapshot = pureInitialSnapshot({ locale });
    expect(snapshot.value).toEqual(expected.value);
    expect(snapshot.context).toEqual(expected.context);
  });

  it('the fast pure transition equals xstate transition() on every explored edge', () => {
    let compared = 0;
    for (const vertex of vertices.slice(0, 45)) {
      for (const event of EVENTS) {
        const [expectedState, expectedActions] = transition(dialogMachine, vertex.state, event);
        const [state, actions] = pureTransition(vertex.state, event);
        expect(state.value).toEqual(expectedState.value);
        expect(state.context).toEqual(expectedState.context);
        expect(actions.map(({ type, params }) => ({ type, params }))).toEqual(
          expectedActions.map(({ type, params }) => ({ type, params })),
        );
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
