// While an agent holds the conversation the bot is silent, except for an explicit request to
// return to the bot: that releases the agent's hold (the agent sees why in the transcript and
// can no longer write). Leaving the queue unclaimed counts as abandoned.
import { Agent, botSays, localHandoff, textOf } from './support/harness';

describe('customer back to the bot', () => {
  const local = localHandoff();

  it('keeps the bot silent while held, then ends the hold when the customer asks for the bot', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const me = await local.customer();
    await me.say('operatore');
    await me.sees(botSays('Ti metto in coda'));
    expect((await giulia.call('POST', `/conversations/${me.conversationId}/claim`)).status).toBe(200);
    await me.sees(botSays('**Giulia (Halnet)**'));

    // Messages the bot would normally answer (a client name, "restart", "help") get no reply.
    const seen = me.session.received.length;
    await me.say('Thunderbird');
    await me.say('ricomincia');
    await me.say('aiuto');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const botReplies = me.session.received
      .slice(seen)
      .filter((a) => a.from.role === 'bot' && a.type === 'message');
    expect(botReplies).toEqual([]);

    await me.say('torna al bot');
    await me.sees(botSays('Sono di nuovo Postino'), 10_000, seen);
    const transcript = await giulia.call('GET', `/conversations/${me.conversationId}`);
    const last = transcript.body.activities
      .filter((a: { name?: string }) => a.name === 'handoff.status')
      .at(-1);
    expect(last.value).toMatchObject({ state: 'completed', message: 'customer-returned-to-bot' });
    expect(transcript.body.bundle).toMatchObject({ status: 'bot', heldBy: null });
    const write = await giulia.call('POST', `/conversations/${me.conversationId}/messages`, {
      text: 'ci sei?',
    });
    expect(write.status).toBe(409);
    expect(me.session.received.some((a) => textOf(a) === 'ci sei?')).toBe(false);
    const queue = await giulia.call('GET', '/queue');
    expect(queue.body.items.map((i: { conversationId: string }) => i.conversationId)).not.toContain(
      me.conversationId,
    );
  });

  it('counts a customer who leaves the queue unclaimed as abandoned, and a claim then fails', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const before = (await giulia.call('GET', '/metrics')).body.today.abandoned as number;
    const me = await local.customer('en-US');
    await me.say('I want to talk to a human');
    await me.sees(botSays('You are next in the queue'));
    await me.say('back to the bot');
    await me.sees(botSays('I have cancelled the request for an agent'));
    const claim = await giulia.call('POST', `/conversations/${me.conversationId}/claim`);
    expect(claim.status).toBe(409);
    expect(claim.body.error.message).toContain('not waiting');
    expect((await giulia.call('GET', '/metrics')).body.today.abandoned).toBe(before + 1);
  });
});
