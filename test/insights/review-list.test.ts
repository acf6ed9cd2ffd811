// The unanswered-question loop end to end on the local server (dynalite, the real dialog and
// handlers, the official Direct Line client): a message the bot cannot place lands in the
// agents' review list redacted, with its context; an agent labels it; the labelled examples
// export as understanding-corpus entries that `npm run eval:nlu -- --corpus FILE` scores.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, api, botSays, localHandoff } from '../handoff/support/harness';
import { corpusEntrySchema } from '../nlu/score-corpus';

const run = promisify(execFile);
const local = localHandoff();
const MISSED = 'la mia zia dice che il coso non va, scrivetemi a mario.rossi@example.com o al 333 123 4567';
const CLIENT_ONLY = 'uso il postino di windows vecchio';

let agent: Agent;
let folder = '';

beforeAll(async () => {
  agent = await Agent.signIn(local.server);
  folder = mkdtempSync(join(tmpdir(), 'postino-review-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: the API's JSON is read loosely here.
type Entry = any;

async function waitForEntries(count: number): Promise<{ items: Entry[]; top: Entry[] }> {
  for (let i = 0; i < 50; i++) {
    const answer = await agent.call('GET', '/review?days=7');
    expect(answer.status).toBe(200);
    if (answer.body.items.length >= count) return answer.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the review list never reached ${count} entries`);
}

describe('the analytics counted as turns happen', () => {
  it('counts an answer by the client and symptom its channelData.postino names, and the time to it', async () => {
    const customer = await local.customer();
    await customer.say('uso thunderbird e non si collega al server, va in timeout');
    await customer.sees(
      (activity) =>
        activity.type === 'message' &&
        ['answer', 'server-problem'].includes(
          ((activity as { channelData?: { postino?: { kind?: string } } }).channelData?.postino?.kind ??
            '') as string,
        ),
      20_000,
    );
    const today = new Date().toISOString().slice(0, 10);
    let report: Entry;
    for (let i = 0; i < 50; i++) {
      report = (await agent.call('GET', `/analytics?from=${today}&to=${today}`)).body;
      if (report.totals.answers > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(report.totals.answers).toBe(1);
    expect(report.topClientsSymptoms).toEqual([
      { client: 'thunderbird', symptom: 'cannot-connect', count: 1 },
    ]);
    expect(report.totals.medianTimeToAnswerS).toEqual(expect.any(Number));
    expect(Object.values(report.days[0].verdicts)).toEqual([1]);
  }, 40_000);
});

describe('the review list of messages the bot missed', () => {
  it('files a message the bot could not place, redacted, with its context', async () => {
    const customer = await local.customer();
    await customer.say(MISSED);
    await customer.sees(botSays('Non ho riconosciuto il programma di posta'));
    await customer.say(CLIENT_ONLY);
    await customer.sees(botSays('Non ho riconosciuto il programma di posta'), 10_000, 3);
    const { items, top } = (await waitForEntries(2)) as { items: Entry[]; top: Entry[] };
    const missed = items.find((item: Entry) => item.text.startsWith('la mia zia'));
    expect(missed).toMatchObject({
      locale: 'it',
      state: 'askClient',
      client: null,
      symptom: null,
      label: null,
      text: 'la mia zia dice che il coso non va, scrivetemi a [email] o al [numero]',
    });
    expect(JSON.stringify(items)).not.toMatch(/mario\.rossi|123 4567/);
    expect(top.map((phrase: Entry) => phrase.phrasing)).toContain('uso il postino di windows vecchio');
    // The same turns counted in the day's analytics aggregates.
    const today = new Date().toISOString().slice(0, 10);
    const analytics = await agent.call('GET', `/analytics?from=${today}&to=${today}`);
    expect(analytics.status).toBe(200);
    expect(analytics.body.totals.missed).toBe(2);
    expect(analytics.body.totals.conversations).toBeGreaterThanOrEqual(2);
  });

  it('takes an agent’s label and refuses a malformed one with the documented error', async () => {
    const { items } = (await waitForEntries(2)) as { items: Entry[] };
    const clientOnly = items.find((item: Entry) => item.text === CLIENT_ONLY);
    const labelled = await agent.call('POST', '/review/label', {
      day: clientOnly.day,
      id: clientOnly.id,
      label: { kind: 'client', client: 'outlook-express' },
    });
    expect(labelled.status).toBe(200);
    expect(labelled.body.item).toMatchObject({
      label: { kind: 'client', client: 'outlook-express' },
      labelledBy: agent.name,
    });
    const zia = items.find((item: Entry) => item.text.startsWith('la mia zia'));
    expect(
      (await agent.call('POST', '/review/label', { day: zia.day, id: zia.id, label: { kind: 'nothing' } }))
        .status,
    ).toBe(200);

    const bad = await agent.call('POST', '/review/label', {
      day: zia.day,
      id: zia.id,
      label: { kind: 'client', client: 'netscape' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BadArgument');
    const missing = await agent.call('POST', '/review/label', {
      day: zia.day,
      id: 'nope',
      label: { kind: 'nothing' },
    });
    expect(missing.status).toBe(404);
    expect((await api(local.server, 'GET', '/review')).status).toBe(401);
  });

  it('exports the labelled examples as corpus entries that eval:nlu scores', async () => {
    const answer = await agent.call('GET', '/review/export?days=7');
    expect(answer.status).toBe(200);
    const entries = answer.body as Entry[];
    expect(entries).toEqual(
      expect.arrayContaining([
        { text: CLIENT_ONLY, client: 'outlook-express', symptom: null, lang: 'it', state: 'askClient' },
        expect.objectContaining({ client: null, symptom: null, lang: 'it' }),
      ]),
    );
    for (const entry of entries) expect(corpusEntrySchema.safeParse(entry).success).toBe(true);
    const file = join(folder, 'review-export.json');
    writeFileSync(file, JSON.stringify(entries, null, 2));
    const eval_ = await run('npx', ['tsx', 'test/nlu/eval-nlu.ts', '--corpus', file, '--misses', 'none'], {
      cwd: join(__dirname, '..', '..'),
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    // Scored (a miss of the bot may well stay a miss until the rules learn it): the file is
    // read, every entry counted, and the accuracy line printed.
    expect(eval_.stdout).toMatch(new RegExp(`^all\\s+${entries.length} messages`, 'm'));
    expect(eval_.stdout).toMatch(/^accuracy: \d+(\.\d)?%$/m);
  }, 60_000);
});
