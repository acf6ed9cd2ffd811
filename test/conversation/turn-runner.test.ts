import { MemoryConversationStore } from '../../adapters/memory/conversation-store';
import { HeadCachingStore } from '../../core/conversation/head-cache';
import { TurnRunner } from '../../core/conversation/turn-runner';
import { PostinoError } from '../../core/errors';
import type { ProbeSummary } from '../../dialogs/contract';
import { type CountingSnapshot, countingDialog } from './support/counting-dialog';

const HEALTHY: ProbeSummary = {
  host: 'smtp.hln.it',
  checkedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 120,
  findings: [{ verdict: 'healthy', ports: [587], evidence: [] }],
  ports: [],
};

function setup(probe: () => Promise<ProbeSummary> = async () => HEALTHY) {
  const clock = { now: () => Date.parse('2026-05-01T12:00:00Z') };
  const memory = new MemoryConversationStore(clock);
  const store = new HeadCachingStore(memory, clock);
  const warnings: string[] = [];
  const runner = new TurnRunner({
    store,
    dialog: countingDialog,
    probe: { probe },
    handoff: memory,
    clock,
    onWarning: (message) => warnings.push(message),
  });
  const start = async (id = 'c1') => {
    await store.create(id, { userId: 'dl_u', locale: 'it', createdAt: 'x', status: 'bot', recent: [] });
    return id;
  };
  const all = async (id = 'c1') => {
    const page = await memory.activitiesAfter(id, undefined);
    if (!page) throw new Error('no activities');
    return page.activities;
  };
  const message = (text: string, clientActivityID?: string) => ({
    type: 'message',
    text,
    from: { id: 'dl_u' },
    ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
  });
  return { memory, runner, start, all, message, warnings };
}

describe('TurnRunner', () => {
  it('stores the customer activity and the replies in one record, ids in order', async () => {
    const { runner, start, all, message } = setup();
    const id = await start();
    const result = await runner.userActivity(id, message('ciao', 'k1'));
    expect(result).toMatchObject({ id: 'c1|0000001', replayed: false, summary: { replies: 1 } });
    const activities = await all();
    expect(activities.map((a) => [a.id, a.type, (a.from as { role: string }).role, a.text])).toEqual([
      ['c1|0000001', 'message', 'user', 'ciao'],
      ['c1|0000002', 'message', 'bot', 'turn 1: ciao'],
    ]);
    expect(activities[0]?.channelData).toEqual({ clientActivityID: 'k1' });
    expect(activities[1]?.replyToId).toBe('c1|0000001');
  });

  it('maps webchat/join to the welcome with the browser language', async () => {
    const { runner, start, all } = setup();
    const id = await start();
    await runner.userActivity(id, {
      type: 'event',
      name: 'webchat/join',
      value: { language: 'en-GB' },
      from: { id: 'dl_u' },
    });
    expect((await all()).map((a) => a.text ?? a.name)).toEqual(['webchat/join', 'welcome en']);
  });

  it('stores a retried clientActivityID once and answers the same id', async () => {
    const { runner, start, all, message } = setup();
    const id = await start();
    const first = await runner.userActivity(id, message('ciao', 'same'));
    const retry = await runner.userActivity(id, message('ciao', 'same'));
    expect(retry).toMatchObject({ id: first.id, replayed: true });
    expect((await all()).filter((a) => a.text === 'ciao')).toHaveLength(1);
  });

  it('never stores a text the dialog marked as a secret', async () => {
    const { runner, start, all, message, memory } = setup();
    const id = await start();
    const result = await runner.userActivity(id, message('password Segreta123!', 'p1'));
    expect(result.summary.redacted).toBe(true);
    const stored = JSON.stringify([await all(), await memory.head(id)]);
    expect(stored).not.toContain('Segreta123');
    expect((await all())[0]?.text).toBe('[testo nascosto da Postino: sembrava una password]');
  });

  it('shows typing while the probe runs, then feeds its result back as a second transition', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { runner, start, all, message } = setup(async () => {
      await gate;
      return HEALTHY;
    });
    const id = await start();
    const turn = runner.userActivity(id, message('probe', 'pr'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await all()).map((a) => a.type)).toEqual(['message', 'message', 'typing']);
    release();
    expect((await turn).summary).toMatchObject({ probed: true, replies: 2 });
    expect((await all()).map((a) => a.text ?? a.type)).toEqual([
      'probe',
      'turn 1: probe',
      'typing',
      'probe: healthy',
    ]);
  });

  it('tells the dialog the probe failed (summary null) when it cannot run', async () => {
    const { runner, start, all, message, warnings } = setup(async () => {
      throw new PostinoError('ProbeFailed', 'unreachable');
    });
    const id = await start();
    await runner.userActivity(id, message('probe'));
    expect((await all()).at(-1)?.text).toBe('probe: none');
    expect(warnings).toEqual(['probe could not run']);
  });

  it('queues a handoff: handoff.initiate event with context and transcript, META queued', async () => {
    const { runner, start, all, message, memory } = setup();
    const id = await start();
    await runner.userActivity(id, message('ciao'));
    await runner.userActivity(id, message('human'));
    const event = (await all()).find((a) => a.name === 'handoff.initiate');
    expect(event).toMatchObject({ type: 'event', value: { client: 'thunderbird', symptom: 'auth-failed' } });
    const attachments = event?.attachments as Array<{ name: string; content: Array<{ text: string }> }>;
    const transcript = attachments[0];
    expect(transcript?.name).toBe('Transcript');
    expect(transcript?.content.map((entry) => entry.text)).toEqual([
      'ciao',
      'turn 1: ciao',
      'human',
      'turn 2: human',
    ]);
    expect(memory.meta.get(id)).toMatchObject({ status: 'queued', handoffActivityId: event?.id });
    expect((await memory.head(id))?.state.status).toBe('queued');
  });

  it('records outcomes in META', async () => {
    const { runner, start, message, memory } = setup();
    const id = await start();
    await runner.userActivity(id, message('bye'));
    await runner.userActivity(id, message('rate 4'));
    expect(memory.meta.get(id)).toMatchObject({ outcome: 'resolved', rating: 4 });
  });

  it('runs dialog events from the agents side as a turn of their own', async () => {
    const { runner, start, all, memory } = setup();
    const id = await start();
    const summary = await runner.dialogEvent(id, { type: 'agent.joined', agentName: 'Anna' });
    expect(summary.replies).toBe(1);
    expect((await all()).map((a) => [a.text, (a.from as { role: string }).role])).toEqual([
      ['agent Anna joined', 'bot'],
    ]);
    const snapshot = (await memory.head(id))?.state.snapshot as CountingSnapshot;
    expect(snapshot.turns).toBe(1);
  });

  it('answers NotFound for an unknown conversation', async () => {
    const { runner, message } = setup();
    await expect(runner.userActivity('ghost', message('hi'))).rejects.toMatchObject({ code: 'NotFound' });
  });

  it('serialises concurrent turns in one process: every transition applied exactly once', async () => {
    const { runner, start, all, memory, message } = setup();
    const id = await start();
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => runner.userActivity(id, message(`m${i}`, `k${i}`))),
    );
    const snapshot = (await memory.head(id))?.state.snapshot as CountingSnapshot;
    expect(snapshot.turns).toBe(25);
    const replies = (await all())
      .filter((a) => (a.from as { role: string }).role === 'bot')
      .map((a) => a.text as string);
    expect(replies.map((text) => Number(/turn (\d+)/.exec(text)?.[1])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });
});
