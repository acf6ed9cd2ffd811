// Bad input never crashes the dialog and never loses the conversation: odd text gets a clear
// reply with the state kept; an event that is not a dialog event is a typed error with the
// state untouched; an old or tampered snapshot restarts cleanly and says so.
import { DialogError, dialogSnapshotSchema, runTurn, SNAPSHOT_VERSION } from '../../dialogs';
import { say } from '../../dialogs/texts';
import { conversationAt, effectsOf } from './support/conversation';

const at = (state: string) => conversationAt(state);

describe('bad text keeps the state and gets a clear reply', () => {
  it.each([
    ['empty', '', 'empty'],
    ['blank', '   \n\t ', 'empty'],
    ['control characters only', '\u0000\u0007\u001b\u007f', 'empty'],
  ] as const)('%s text in askSymptom', (_name, text, key) => {
    const conversation = at('askSymptom');
    const before = conversation.context;
    const turn = conversation.say(text);
    expect(turn.text).toContain(say('it', key));
    expect(turn.text).toContain(say('it', 'askSymptom'));
    expect(conversation.state).toBe('askSymptom');
    expect(conversation.context).toEqual(before);
  });

  it('emoji only: not understood, asked again', () => {
    const conversation = at('askClient');
    const turn = conversation.say('😀😀🙈📧');
    expect(turn.text).toContain(say('it', 'clientNotUnderstood'));
    expect(conversation.state).toBe('askClient');
  });

  it('control characters inside a message are ignored, the words still understood', () => {
    const conversation = at('askClient');
    conversation.say('thunder\u0000bird\u0007 ');
    conversation.say('\u001b[31mthunderbird\u001b[0m');
    expect(conversation.context.client).toBe('thunderbird');
  });

  it('100 kB of text is answered quickly, the state kept, nothing huge stored', () => {
    const conversation = at('askSymptom');
    const huge = `0x800CCC0E ${'a'.repeat(100 * 1024)}`;
    const started = performance.now();
    const turn = conversation.say(huge);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(turn.replies.length).toBeGreaterThan(0);
    expect(JSON.stringify(conversation.snapshot).length).toBeLessThan(5000);
    expect(conversation.context.symptom).toBe('cannot-connect');
  });

  it('100 kB of noise in askSolved keeps asking', () => {
    const conversation = at('askSolved');
    const turn = conversation.say('x'.repeat(100 * 1024));
    expect(turn.text).toContain(say('it', 'askSolvedAgain'));
    expect(conversation.state).toBe('askSolved');
  });
});

describe('events that are not dialog events', () => {
  const snapshot = () => at('askSolved').snapshot;

  it.each([
    ['an unknown type', { type: 'user.dance' }],
    ['no type', { text: 'ciao' }],
    ['a message without text', { type: 'user.message' }],
    ['a message with a number', { type: 'user.message', text: 42 }],
    ['a probe result with a broken summary', { type: 'probe.result', summary: { host: '' } }],
    ['an agent without a name', { type: 'agent.joined', agentName: '' }],
    ['null', null],
    ['a string', 'user.message'],
  ])('%s: a typed BadArgument error, the snapshot untouched', (_name, event) => {
    const before = snapshot();
    const copy = JSON.parse(JSON.stringify(before));
    let error: unknown;
    try {
      runTurn(before, event);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DialogError);
    expect((error as DialogError).code).toBe('BadArgument');
    expect(before).toEqual(copy);
  });
});

describe('snapshots', () => {
  const valid = () => at('askSolved').snapshot as Record<string, unknown>;
  const message = { type: 'user.message', text: 'Thunderbird' };

  it('a snapshot is small plain JSON that validates', () => {
    const snapshot = valid();
    expect(dialogSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.version).toBe(SNAPSHOT_VERSION);
  });

  it('an old version restarts cleanly with an apology, keeping the language', () => {
    const old = { ...valid(), version: 0, context: { ...(valid().context as object), locale: 'en' } };
    const result = runTurn(old, message);
    const text = result.effects
      .map((effect) => (effect.type === 'reply' ? effect.activity.text : ''))
      .join('\n');
    expect(text).toContain(say('en', 'snapshotOutdated'));
    // The message is then read as the first answer of the new conversation.
    expect(dialogSnapshotSchema.parse(result.snapshot)).toMatchObject({
      state: 'askSymptom',
      context: { locale: 'en', client: 'thunderbird' },
    });
  });

  it.each([
    ['a future version', (s: Record<string, unknown>) => ({ ...s, version: SNAPSHOT_VERSION + 1 })],
    ['no version', ({ version: _v, ...s }: Record<string, unknown>) => s],
    ['an unknown state', (s: Record<string, unknown>) => ({ ...s, state: 'hacked' })],
    ['a transient state', (s: Record<string, unknown>) => ({ ...s, state: 'answer' })],
    [
      'wrong context types',
      (s: Record<string, unknown>) => ({ ...s, context: { ...(s.context as object), probed: 'yes' } }),
    ],
    [
      'an unknown client id',
      (s: Record<string, unknown>) => ({
        ...s,
        context: { ...(s.context as object), client: 'lotus-notes' },
      }),
    ],
    ['a missing context', ({ context: _c, ...s }: Record<string, unknown>) => s],
    ['an array', () => [1, 2, 3]],
    ['a string', () => 'askSolved'],
    ['a number', () => 42],
    ['a NaN version', (s: Record<string, unknown>) => ({ ...s, version: Number.NaN })],
    [
      'an oversized error list',
      (s: Record<string, unknown>) => ({
        ...s,
        context: { ...(s.context as object), pastedErrors: Array(50).fill('x') },
      }),
    ],
  ])('%s: restarts cleanly and says so', (_name, tamper) => {
    const result = runTurn(tamper(valid()), message);
    const text = result.effects
      .map((effect) => (effect.type === 'reply' ? effect.activity.text : ''))
      .join('\n');
    expect(text).toContain(say('it', 'snapshotInvalid'));
    expect(dialogSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  });

  it('a snapshot that survives a turn keeps working turn after turn', () => {
    const conversation = at('askSolved');
    const turn = conversation.say('sì');
    expect(effectsOf(turn, 'outcome')).toEqual([{ type: 'outcome', outcome: 'resolved' }]);
    expect(conversation.state).toBe('resolved');
  });

  it('is deterministic: the same snapshot and event give the same result', () => {
    const snapshot = valid();
    expect(runTurn(snapshot, { type: 'user.message', text: 'no' })).toEqual(
      runTurn(snapshot, { type: 'user.message', text: 'no' }),
    );
  });
});
