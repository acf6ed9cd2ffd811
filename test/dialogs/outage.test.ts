// Outage mode, the dialog's side (issue 12), through the real runTurn in both languages: while
// Halnet's server is down for everyone the customer hears the known problem first (cause,
// since when, do not change anything) and never settings steps; they may be told here when
// it is back, leave an e-mail, ask for a person (no queue: the group) or say it is something
// else; the all-clear is told once per outage, and a turn without an outage is today's turn.
import type { OutageNotice } from '../../dialogs/contract';
import { outageRequestIn } from '../../dialogs/outage-request';
import { outageTime } from '../../dialogs/render/outage';
import { dialogSnapshotSchema } from '../../dialogs/snapshot';
import { say } from '../../dialogs/texts';
import { runTurn } from '../../dialogs/turn';
import {
  Conversation,
  conversationAt,
  effectsOf,
  join,
  onlyEffect,
  PATHS_TO,
  probeResult,
  type Turn,
} from './support/conversation';

const OUTAGE: OutageNotice = {
  id: 'outage-1773147900000',
  since: '2026-03-10T13:05:00.000Z',
  verdict: 'server_down',
};
const LATER: OutageNotice = { id: 'outage-1773231000000', since: '2026-03-11T12:10:00.000Z', verdict: null };
const cleared = (outage: OutageNotice = OUTAGE) => ({ type: 'outage.cleared', outageId: outage.id }) as const;

/** A conversation whose every turn comes with `outage`, as the core passes it while it lasts. */
function during(outage: OutageNotice = OUTAGE, locale?: 'it' | 'en'): Conversation {
  const conversation = new Conversation(locale);
  conversation.outage = outage;
  return conversation;
}

const choices = (locale: 'it' | 'en') => [
  say(locale, 'choice.outage-notify'),
  say(locale, 'choice.outage-email'),
  say(locale, 'choice.outage-other'),
];

/** The known-problem answer: first, short, cause first, no settings steps, marked for machines. */
function expectOutageAnswer(turn: Turn, locale: 'it' | 'en', outage: OutageNotice = OUTAGE) {
  const [first] = turn.replies;
  const text = first?.text ?? '';
  expect(text.startsWith(locale === 'it' ? 'Il server di Halnet' : 'Halnet’s outgoing mail server')).toBe(
    true,
  );
  expect(text).toContain('`smtp.hln.it`');
  expect(text).toContain(outageTime(outage.since));
  expect(text).toContain(locale === 'it' ? '**non cambiarle**' : '**please don’t change them**');
  expect(text.length).toBeLessThanOrEqual(600);
  expect(first?.locale).toBe(locale);
  expect(first?.channelData?.postino).toMatchObject({
    kind: 'server-problem',
    verdict: outage.verdict,
    locale,
  });
  // No settings steps anywhere in the turn: no numbered list, no port to set.
  expect(turn.text).not.toMatch(/^\d+\. /m);
  expect(turn.text).not.toMatch(/\b(587|465)\b|porta|port /i);
  expect(onlyEffect(turn, 'outage-join')).toEqual({
    type: 'outage-join',
    outageId: outage.id,
    wantsHuman: false,
  });
  expect(effectsOf(turn, 'probe')).toEqual([]);
}

describe('outage mode: the known-problem answer', () => {
  it.each([
    ['2026-03-10T13:05:00.000Z', '14:05'],
    ['2026-07-01T08:30:00Z', '10:30'],
    ['2026-10-25T00:59:00Z', '02:59'],
    ['2026-10-25T01:00:00Z', '02:00'],
    ['2026-03-10T23:30:00+00:00', '00:30'],
  ])('tells the start %s in Italian time as %s, whatever the machine’s zone', (since, time) => {
    expect(outageTime(since)).toBe(time);
  });

  it.each(['it', 'en'] as const)(
    'a customer who opens the chat (%s) hears it first, instead of the greeting',
    (locale) => {
      const conversation = during();
      const turn = conversation.say(join(locale));
      expectOutageAnswer(turn, locale);
      expect(turn.replies).toHaveLength(1);
      expect(turn.text).not.toContain(say(locale, 'greeting', { host: 'smtp.hln.it' }));
      expect(turn.choices).toEqual(choices(locale));
      expect(conversation.state).toBe('outage');
      expect(conversation.context.outage).toEqual(OUTAGE);
    },
  );

  it('a first message "outlook non invia più": the answer only, the clients it may be kept', () => {
    const conversation = during();
    const turn = conversation.say('outlook non invia più');
    expectOutageAnswer(turn, 'it');
    expect(turn.replies).toHaveLength(1);
    expect(conversation.context.clientCandidates).toEqual(
      expect.arrayContaining(['outlook-classic', 'outlook-new']),
    );
    // Once it is something else, the question asks only among those clients.
    const other = conversation.say(say('it', 'choice.outage-other'));
    expect(other.text).toContain(say('it', 'askWhichClient'));
    expect(other.choices).toContain('Outlook (versione classica)');
    expect(other.choices).not.toContain('Thunderbird');
  });

  it('a first message naming the client and pasting an error: both kept, no steps', () => {
    const conversation = during();
    const turn = conversation.say('thunderbird mi dà 535 5.7.8 authentication failed');
    expectOutageAnswer(turn, 'it');
    expect(turn.replies[0]?.channelData?.postino).toMatchObject({
      client: 'thunderbird',
      symptom: 'auth-failed',
    });
    expect(conversation.context).toMatchObject({
      client: 'thunderbird',
      symptom: 'auth-failed',
      pastedErrors: ['thunderbird mi dà 535 5.7.8 authentication failed'],
    });
  });

  it('an English customer on the Italian default is told in English, with the way back', () => {
    const conversation = during();
    const turn = conversation.say('my thunderbird cannot send emails anymore');
    expectOutageAnswer(turn, 'en');
    expect(turn.choices).toEqual([...choices('en'), say('it', 'choice.continue-it')]);
    expect(conversation.context).toMatchObject({ locale: 'en', client: 'thunderbird', localeFollowed: true });
  });

  it('mid-conversation: told before anything else, the steps it was heading to withheld', () => {
    const conversation = new Conversation();
    for (const said of PATHS_TO.askSymptom ?? []) conversation.say(said);
    conversation.outage = OUTAGE;
    const turn = conversation.say('Prima configurazione');
    expectOutageAnswer(turn, 'it');
    expect(turn.replies[0]?.channelData?.postino).toMatchObject({
      client: 'thunderbird',
      symptom: 'first-setup',
    });
    expect(conversation.state).toBe('outage');
  });

  it('is not repeated in the same outage, and told again for a new one', () => {
    const conversation = during();
    conversation.say(join());
    const second = conversation.say('ok, grazie');
    expect(second.text).toBe(say('it', 'outage.still'));
    expect(second.choices).toEqual(choices('it'));
    expect(effectsOf(second, 'outage-join')).toEqual([]);
    // Opening the page again in the same outage: welcome back and the reminder, not the answer.
    const reload = conversation.say(join());
    expect(reload.text).toBe(`${say('it', 'welcomeBack')}\n\n${say('it', 'outage.still')}`);
    conversation.outage = LATER;
    const next = conversation.say('ci sei?');
    expectOutageAnswer(next, 'it', LATER);
    expect(next.replies[0]?.channelData?.postino?.verdict).toBeNull();
    expect(conversation.context.outage).toEqual(LATER);
  });

  it('a restart keeps the outage told: the next turn is not told again', () => {
    const conversation = during();
    conversation.say(join());
    expect(conversation.say('ricomincia').text).toContain(say('it', 'restarted'));
    const turn = conversation.say('Thunderbird');
    expect(effectsOf(turn, 'outage-join')).toEqual([]);
    expect(turn.text).toContain(say('it', 'askSymptom'));
  });

  it('a queued customer is told and stays queued: they asked for a person already', () => {
    const conversation = conversationAt('handoffRequested');
    conversation.outage = OUTAGE;
    const turn = conversation.say('allora?');
    expect(turn.replies).toHaveLength(1);
    expect(turn.text).toContain(say('it', 'outage.queued'));
    expect(turn.choices).toEqual([say('it', 'choice.back-to-bot')]);
    expect(onlyEffect(turn, 'outage-join')).toEqual({
      type: 'outage-join',
      outageId: OUTAGE.id,
      wantsHuman: true,
    });
    expect(effectsOf(turn, 'handoff-cancel')).toEqual([]);
    expect(conversation.state).toBe('handoffRequested');
  });

  it('while an agent holds the conversation the bot stays silent', () => {
    const conversation = conversationAt('withAgent');
    conversation.outage = OUTAGE;
    const turn = conversation.say('Giulia, ci sei?');
    expect(turn.effects).toEqual([]);
    expect(conversation.context.outage).toBeNull();
  });

  it('the probe on its way is kept silently when it comes back after the answer', () => {
    const conversation = new Conversation();
    for (const said of PATHS_TO.diagnose ?? []) conversation.say(said);
    conversation.outage = OUTAGE;
    expectOutageAnswer(conversation.say('allora?'), 'it');
    const late = conversation.say(probeResult('server_down'));
    expect(late.effects).toEqual([]);
    expect(conversation.state).toBe('outage');
    expect(conversation.context.probed).toBe(true);
  });
});

describe('outage mode: what the customer may ask meanwhile', () => {
  it.each(['it', 'en'] as const)('"tell me here" (%s): a short note, by button or in words', (locale) => {
    const conversation = during(OUTAGE, locale);
    conversation.say(join());
    const button = conversation.say(say(locale, 'choice.outage-notify'));
    expect(button.text).toBe(say(locale, 'outage.notifyMe'));
    const words = conversation.say(locale === 'it' ? 'avvisami quando torna' : 'let me know when it works');
    expect(words.text).toBe(say(locale, 'outage.notifyMe'));
    expect(conversation.state).toBe('outage');
  });

  it.each(['it', 'en'] as const)(
    '"leave my e-mail" (%s): the address asked, checked, joined as a call back',
    (locale) => {
      const conversation = during(OUTAGE, locale);
      conversation.say(join());
      const asked = conversation.say(say(locale, 'choice.outage-email'));
      expect(asked.text).toBe(say(locale, 'outage.askEmail'));
      expect(conversation.state).toBe('outageEmail');
      // A phone number or no address at all is not where an all-clear can be sent.
      for (const text of ['333 123 4567', 'aspetta']) {
        const wrong = conversation.say(text);
        expect(wrong.text).toBe(say(locale, 'outage.emailInvalid'));
        expect(effectsOf(wrong, 'outage-join')).toEqual([]);
      }
      const left = conversation.say('Mario.Rossi@Example.IT');
      expect(onlyEffect(left, 'outage-join')).toEqual({
        type: 'outage-join',
        outageId: OUTAGE.id,
        wantsHuman: false,
        callback: { kind: 'email', value: 'mario.rossi@example.it' },
      });
      expect(left.text).toBe(say(locale, 'outage.emailNoted', { contact: 'mario.rossi@example.it' }));
      expect(effectsOf(left, 'callback')).toEqual([]);
      expect(conversation.state).toBe('outage');
    },
  );

  it('an address written straight after the answer is taken too', () => {
    const conversation = during();
    conversation.say(join());
    const turn = conversation.say('scrivetemi a anna@example.org');
    expect(onlyEffect(turn, 'outage-join').callback).toEqual({ kind: 'email', value: 'anna@example.org' });
  });

  it.each(['it', 'en'] as const)('a person (%s): no queue, the group, the team will write here', (locale) => {
    const conversation = during(OUTAGE, locale);
    conversation.say(join());
    const turn = conversation.say(
      locale === 'it' ? 'voglio parlare con un operatore' : 'I want to talk to a human',
    );
    expect(effectsOf(turn, 'handoff')).toEqual([]);
    expect(onlyEffect(turn, 'outage-join')).toEqual({
      type: 'outage-join',
      outageId: OUTAGE.id,
      wantsHuman: true,
    });
    expect(turn.text).toBe(say(locale, 'outage.human'));
    expect(conversation.state).toBe('outage');
  });

  it('a person asked in the very first message: the answer first, then the group', () => {
    const conversation = during();
    const turn = conversation.say('voglio un operatore');
    expect(turn.replies[0]?.channelData?.postino?.kind).toBe('server-problem');
    expect(turn.replies[1]?.text).toBe(say('it', 'outage.human'));
    expect(effectsOf(turn, 'outage-join').map((effect) => effect.wantsHuman)).toEqual([false, true]);
    expect(effectsOf(turn, 'handoff')).toEqual([]);
  });

  it.each(['it', 'en'] as const)(
    '"it is something else" (%s): the normal dialog, its steps included',
    (locale) => {
      const conversation = during(OUTAGE, locale);
      conversation.say(join());
      const other = conversation.say(say(locale, 'choice.outage-other'));
      expect(other.text).toContain(say(locale, 'otherProblem'));
      expect(other.text).toContain(say(locale, 'askClient'));
      expect(conversation.state).toBe('askClient');
      conversation.say('Thunderbird');
      const symptom = conversation.say(locale === 'it' ? 'Prima configurazione' : 'First setup');
      expect(effectsOf(symptom, 'probe')).toEqual([{ type: 'probe' }]);
      expect(effectsOf(symptom, 'outage-join')).toEqual([]);
    },
  );

  it('a password is still never kept', () => {
    const conversation = during();
    conversation.say(join());
    const turn = conversation.say('la mia password è Segreta123!');
    expect(onlyEffect(turn, 'redact-user-text')).toEqual({ type: 'redact-user-text', reason: 'password' });
    expect(turn.text).toBe(`${say('it', 'secretWarning')}\n\n${say('it', 'outage.still')}`);
    expect(JSON.stringify(conversation.snapshot)).not.toContain('Segreta123');
    // Also as the very first message: told first, redacted all the same.
    const first = during();
    const opening = first.say('password: Segreta123! e outlook non va');
    expect(opening.replies[0]?.channelData?.postino?.kind).toBe('server-problem');
    expect(effectsOf(opening, 'redact-user-text')).toHaveLength(1);
    expect(JSON.stringify(first.snapshot)).not.toContain('Segreta123');
  });

  it('no settings on request while the server is down: the reminder instead', () => {
    const conversation = during();
    conversation.say('thunderbird non invia');
    for (const text of [say('it', 'choice.full-guide'), say('it', 'verify.button')]) {
      const turn = conversation.say(text);
      expect(turn.text).toBe(say('it', 'outage.still'));
      expect(effectsOf(turn, 'verify-start')).toEqual([]);
    }
  });

  it('a change of language tells the answer again in that language, without joining twice', () => {
    const conversation = during();
    conversation.say(join());
    const turn = conversation.say('English please');
    expect(turn.replies[0]?.text).toBe(say('en', 'languageChanged'));
    expect(turn.replies[1]?.text?.startsWith('Halnet’s outgoing mail server')).toBe(true);
    expect(turn.choices).toEqual(choices('en'));
    expect(effectsOf(turn, 'outage-join')).toEqual([]);
  });

  it('reads the outage requests only as such', () => {
    expect(outageRequestIn('Avvisami quando torna!')).toBe('OUTAGE_NOTIFY_ME');
    expect(outageRequestIn('fammi sapere quando funziona')).toBe('OUTAGE_NOTIFY_ME');
    expect(outageRequestIn("I'll wait here")).toBe('OUTAGE_NOTIFY_ME');
    expect(outageRequestIn('lascio la mia email')).toBe('OUTAGE_EMAIL');
    expect(outageRequestIn('email me please')).toBe('OUTAGE_EMAIL');
    expect(outageRequestIn('outlook non invia le email')).toBeNull();
    expect(outageRequestIn('quando torna?')).toBeNull();
    // Outside the outage the same words are ordinary words.
    const conversation = new Conversation();
    conversation.say(join());
    expect(conversation.say('avvisami quando torna').text).toContain(say('it', 'clientNotUnderstood'));
  });
});

describe('outage mode: the all-clear', () => {
  function toldAtJoin(locale: 'it' | 'en' = 'it'): Conversation {
    const conversation = during(OUTAGE, locale);
    conversation.say(join());
    conversation.outage = null; // the core passes none once it is over
    return conversation;
  }

  it.each(['it', 'en'] as const)('is told once (%s), asking whether sending works', (locale) => {
    const conversation = toldAtJoin(locale);
    const turn = conversation.say(cleared());
    expect(turn.replies).toHaveLength(1);
    expect(turn.text).toBe(say(locale, 'outage.back'));
    expect(turn.choices).toEqual([say(locale, 'choice.yes'), say(locale, 'choice.no')]);
    expect(conversation.state).toBe('serverBack');
    expect(conversation.say(cleared()).effects).toEqual([]);
    expect(conversation.say(cleared(LATER)).effects).toEqual([]);
  });

  it('is never told to a conversation that was not told about that outage', () => {
    const fresh = conversationAt('askClient');
    expect(fresh.say(cleared()).effects).toEqual([]);
    const told = toldAtJoin();
    expect(told.say(cleared(LATER)).effects).toEqual([]);
    expect(told.state).toBe('outage');
  });

  it('"yes": resolved, with the offer of a test and the rating question', () => {
    const conversation = toldAtJoin();
    conversation.say(cleared());
    const turn = conversation.say(say('it', 'choice.yes'));
    expect(onlyEffect(turn, 'outcome')).toEqual({ type: 'outcome', outcome: 'resolved' });
    expect(turn.text).toContain(say('it', 'resolved'));
    expect(
      turn.replies.some(
        (reply) => reply.attachments?.[0]?.content.buttons[0]?.title === say('it', 'verify.button'),
      ),
    ).toBe(true);
    expect(turn.text).toContain(say('it', 'askRating'));
    expect(conversation.state).toBe('askRating');
  });

  it('"no" without a client: the normal questions, in the customer’s language', () => {
    const conversation = toldAtJoin('en');
    conversation.say(cleared());
    const turn = conversation.say('no');
    expect(turn.text).toBe(`${say('en', 'outage.backNo')}\n\n${say('en', 'askClient')}`);
    expect(conversation.state).toBe('askClient');
  });

  it('"no" with the client and problem known: a fresh check of the server, then its steps', () => {
    const conversation = conversationAt('askSolved');
    conversation.outage = OUTAGE;
    conversation.say('niente, ancora non va');
    conversation.outage = null;
    conversation.say(cleared());
    const turn = conversation.say('No, non ancora');
    expect(effectsOf(turn, 'probe')).toEqual([{ type: 'probe' }]);
    expect(conversation.state).toBe('diagnose');
    expect(conversation.context.probed).toBe(false);
    expect(conversation.say(probeResult('healthy')).text).toMatch(/^\d+\. /m);
  });

  it('an agent holding the conversation: the news alone, the agent keeps leading', () => {
    const conversation = toldAtJoin();
    conversation.say({ type: 'agent.joined', agentName: 'Giulia' });
    const turn = conversation.say(cleared());
    expect(turn.replies).toHaveLength(1);
    expect(turn.text).toBe(say('it', 'outage.backNote'));
    expect(turn.choices).toEqual([]);
    expect(conversation.state).toBe('withAgent');
    expect(conversation.say(cleared()).effects).toEqual([]);
  });

  it('a customer who went on with something else gets the news without losing their question', () => {
    const conversation = during();
    conversation.say(join());
    conversation.say(say('it', 'choice.outage-other'));
    conversation.outage = null;
    const turn = conversation.say(cleared());
    expect(turn.text).toBe(say('it', 'outage.backNote'));
    expect(conversation.state).toBe('askClient');
    expect(conversation.say('Thunderbird').text).toContain(say('it', 'askSymptom'));
  });
});

describe('outage mode: before and after', () => {
  it('an outage over without an all-clear: the conversation just goes on, told later if it comes', () => {
    const conversation = during();
    conversation.say(join());
    conversation.outage = null;
    const turn = conversation.say('Thunderbird');
    expect(turn.text).toBe(
      `${say('it', 'clientNoted', { client: 'Thunderbird' })}\n\n${say('it', 'askSymptom')}`,
    );
    expect(conversation.state).toBe('askSymptom');
    expect(conversation.say(cleared()).text).toBe(say('it', 'outage.backNote'));
    expect(conversation.say(cleared()).effects).toEqual([]);
  });

  it('an outage over while the e-mail was asked: a plain question moves on as usual', () => {
    const conversation = during();
    conversation.say('thunderbird non invia');
    conversation.say(say('it', 'choice.outage-email'));
    conversation.outage = null;
    const turn = conversation.say('allora?');
    expect(turn.text).toBe(say('it', 'askWhatHappens'));
    expect(conversation.state).toBe('askSymptom');
  });

  it.each(Object.keys(PATHS_TO))(
    'with no outage (null) a conversation to %s is the same as without the option',
    (state) => {
      let withNone: unknown;
      let withNull: unknown;
      for (const said of PATHS_TO[state] ?? []) {
        const event = typeof said === 'string' ? { type: 'user.message', text: said } : said;
        const plain = runTurn(withNone, event);
        const nulled = runTurn(withNull, event, { outage: null });
        expect(nulled).toEqual(plain);
        withNone = plain.snapshot;
        withNull = nulled.snapshot;
      }
      expect((withNone as { state: string }).state).toBe(state);
    },
  );

  it('refuses an outage option it cannot read with a clear error', () => {
    const snapshot = conversationAt('askClient').snapshot;
    expect(() =>
      runTurn(
        snapshot,
        { type: 'user.message', text: 'Thunderbird' },
        {
          outage: { id: 'outage-1', since: 'ieri', verdict: null },
        },
      ),
    ).toThrow(/not an outage notice: since/);
  });

  it('loads a snapshot saved before outage mode, and refuses an outage state without its outage', () => {
    const saved = conversationAt('askSymptom').snapshot as { context: Record<string, unknown> };
    const { outage: _outage, outageCleared: _cleared, ...older } = saved.context;
    const parsed = dialogSnapshotSchema.parse({ ...saved, context: older });
    expect(parsed.context).toMatchObject({ outage: null, outageCleared: false, client: 'thunderbird' });
    const turn = runTurn(
      { ...saved, context: older },
      { type: 'user.message', text: 'Prima configurazione' },
    );
    // Not restarted: the turn goes on from askSymptom to the check of the server.
    expect(turn.effects).toContainEqual({ type: 'probe' });
    expect(turn.effects).not.toContainEqual(
      expect.objectContaining({
        type: 'reply',
        activity: expect.objectContaining({ text: say('it', 'snapshotInvalid') }),
      }),
    );
    expect(dialogSnapshotSchema.safeParse({ ...saved, state: 'outage' }).success).toBe(false);
  });
});
