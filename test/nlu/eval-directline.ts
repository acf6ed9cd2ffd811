// `npm run eval:directline`: the understanding scored the way a customer meets it, through the
// Direct Line API of a running Postino (`DIRECTLINE_SECRET=… npm start -- --demo-smtp` in
// another terminal). Each first message of the corpus (the ones that answer no earlier
// question) opens a conversation on the Italian widget and is sent as typed; the replies'
// `channelData.postino` must name the expected client and symptom, or be a fitting question
// when the message names none, in the language the message is written in, and every answer
// must stay inside the budget (1,500 characters). Options: `--url`, `--split holdout|tune|all`,
// `--limit N`. The last line is `accuracy: NN.N%`; the exit code is non-zero under 95 %.
import { ACCURACY_BAR, type CorpusEntry, loadCorpus, percent } from './score-corpus';

interface Reply {
  type: string;
  text?: string;
  locale?: string;
  from?: { role?: string };
  channelData?: { postino?: { kind?: string; client?: string | null; symptom?: string | null } };
}

const MAX_ANSWER_CHARS = 1500;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

async function call<T>(url: string, init: { method: string; token: string; body?: unknown }): Promise<T> {
  const response = await fetch(url, {
    method: init.method,
    headers: { authorization: `Bearer ${init.token}`, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) throw new Error(`${init.method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Opens a conversation on the Italian widget, sends `text`, returns the bot's replies to it. */
async function ask(base: string, secret: string, text: string): Promise<Reply[]> {
  const api = `${base}/v3/directline`;
  const { token, conversationId } = await call<{ token: string; conversationId: string }>(
    `${api}/tokens/generate`,
    { method: 'POST', token: secret, body: {} },
  );
  await call(`${api}/conversations`, { method: 'POST', token, body: { locale: 'it' } });
  const activities = `${api}/conversations/${conversationId}/activities`;
  await call(activities, {
    method: 'POST',
    token,
    body: { type: 'event', name: 'webchat/join', value: { locale: 'it' }, locale: 'it' },
  });
  const before = await call<{ watermark?: string }>(activities, { method: 'GET', token });
  await call(activities, { method: 'POST', token, body: { type: 'message', text, locale: 'it' } });
  const after = await call<{ activities: Reply[] }>(`${activities}?watermark=${before.watermark ?? ''}`, {
    method: 'GET',
    token,
  });
  return after.activities.filter((activity) => activity.from?.role === 'bot' && activity.type === 'message');
}

interface Verdict {
  ok: boolean;
  why: string;
}

function judge(entry: CorpusEntry, replies: Reply[]): Verdict {
  const outcomes = replies.flatMap((reply) =>
    reply.channelData?.postino?.kind ? [reply.channelData.postino] : [],
  );
  const last = outcomes.at(-1);
  if (last === undefined) return { ok: false, why: 'no concluding reply' };
  const long = replies.find((reply) => (reply.text ?? '').length > MAX_ANSWER_CHARS);
  if (long) return { ok: false, why: `answer of ${long.text?.length} characters` };
  // The text's own language where the corpus states it (null: a name, a code, a pasted error,
  // too short: the widget's Italian is as right as anything). Older entries state only the
  // conversation's language, which a first message on the Italian widget cannot know.
  const expectedLocale = entry.language ?? null;
  const wrongLocale = replies.find((reply) => expectedLocale !== null && reply.locale !== expectedLocale);
  if (wrongLocale) return { ok: false, why: `answered in ${wrongLocale.locale}, wanted ${expectedLocale}` };
  if (entry.question || entry.wrongValue) {
    return outcomes.some((outcome) => outcome.kind === 'quick-answer')
      ? { ok: true, why: '' }
      : { ok: false, why: 'no direct answer' };
  }
  const clientOk = entry.client === null || last.client === entry.client;
  const symptomOk = entry.symptom === null || last.symptom === entry.symptom;
  // A message that names neither (or a vague one) must get a question, not a guess.
  const fitting = last.kind === 'question' || last.kind === 'handoff';
  if (!clientOk || !symptomOk) {
    return { ok: false, why: `got ${last.kind} ${last.client}/${last.symptom}` };
  }
  if ((entry.client === null || entry.symptom === null) && !fitting && last.kind !== 'server-problem') {
    return { ok: false, why: `got ${last.kind} where a question fits` };
  }
  return { ok: true, why: '' };
}

async function main(): Promise<void> {
  const base = option('url', 'http://127.0.0.1:3978');
  const secret = process.env.DIRECTLINE_SECRET;
  if (!secret) throw new Error('set DIRECTLINE_SECRET to the secret the server was started with');
  const split = option('split', 'holdout');
  const limit = Number(option('limit', '100000'));
  const entries = loadCorpus()
    .filter((entry) => entry.state === undefined)
    .filter((entry) => split === 'all' || (entry.split ?? 'tune') === split)
    .slice(0, limit);
  let passed = 0;
  for (const entry of entries) {
    const verdict = judge(entry, await ask(base, secret, entry.text));
    if (verdict.ok) passed += 1;
    else console.log(`- ${JSON.stringify(entry.text.slice(0, 100))}: ${verdict.why}`);
  }
  const accuracy = entries.length === 0 ? 1 : passed / entries.length;
  console.log(`${split}: ${passed}/${entries.length} first messages through Direct Line`);
  console.log(`accuracy: ${percent(accuracy)}`);
  if (accuracy < ACCURACY_BAR) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
