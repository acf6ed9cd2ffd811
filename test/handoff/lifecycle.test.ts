// The whole handoff against the local server (dynalite, the real chat and agent handlers, the
// local authorizer): a customer in the official DirectLineJS client asks for a human; the
// queue lists it with the bundle; an agent claims and writes (the customer sees the agent's
// name); the customer answers and the agent's poll sees it; transfer; hand back (the bot
// resumes); a second handoff is closed (rating question, CSAT counted).
import type { Activity } from 'botframework-directlinejs';
import { Agent, botSays, localHandoff, textOf } from './support/harness';

describe('handoff lifecycle', () => {
  const local = localHandoff({ demoSmtp: true });

  it('goes from the bot to an agent, to a colleague, back to the bot, and ends with a rating', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const marco = await Agent.signIn(local.server, 1);
    const me = await local.customer();
    await me.sees(botSays('Quale programma di posta usi?'));
    await me.say('Thunderbird');
    await me.sees(botSays('Che problema hai'));
    await me.say('voglio parlare con un operatore, mi dice 535 5.7.8 authentication failed');
    await me.sees(botSays('Ti metto in coda'));
    await me.sees(botSays('Sei il prossimo in coda'));

    // The queue lists it, oldest first, with the bundle's headline.
    const queue = await giulia.call('GET', '/queue');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find(
      (i: { conversationId: string }) => i.conversationId === me.conversationId,
    );
    expect(item).toMatchObject({ status: 'queued', client: 'thunderbird', locale: 'it', heldBy: null });
    expect(item.waitingSeconds).toBeGreaterThanOrEqual(0);

    // Transcript + bundle, including the stored handoff.initiate event with its transcript.
    const before = await giulia.call('GET', `/conversations/${me.conversationId}`);
    expect(before.status).toBe(200);
    expect(before.body.bundle).toMatchObject({
      client: 'thunderbird',
      status: 'queued',
      pastedErrors: [expect.stringContaining('535 5.7.8')],
    });
    const initiate = before.body.activities.find((a: { name?: string }) => a.name === 'handoff.initiate');
    expect(initiate.value).toMatchObject({ client: 'thunderbird', locale: 'it' });
    expect(initiate.attachments[0]).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    expect(initiate.attachments[0].content.some((e: { text?: string }) => e.text === 'Thunderbird')).toBe(
      true,
    );

    // Claim: the customer is told who will answer; handoff.status accepted is stored.
    const claim = await giulia.call('POST', `/conversations/${me.conversationId}/claim`);
    expect(claim.status).toBe(200);
    expect(claim.body.bundle.heldBy).toEqual({ agentId: giulia.agentId, name: 'Giulia (Halnet)' });
    await me.sees(botSays('**Giulia (Halnet)** ti risponderà a breve'));

    // The agent writes: the customer's DirectLineJS client shows it under the agent's name.
    const sent = await giulia.call('POST', `/conversations/${me.conversationId}/messages`, {
      text: 'Ciao, sono Giulia. Vedo l’errore 535: controlliamo la password SMTP.',
    });
    expect(sent.status).toBe(201);
    const fromAgent = await me.sees((a) => a.type === 'message' && textOf(a).startsWith('Ciao, sono Giulia'));
    expect(fromAgent.from).toEqual({ id: `agent:${giulia.agentId}`, name: 'Giulia (Halnet)', role: 'bot' });
    // agentId is the agent's raw sub: the console marks its own messages by it, not by name.
    expect(fromAgent.channelData).toEqual({
      postino: { agent: true, agentName: 'Giulia (Halnet)', agentId: giulia.agentId },
    });

    // The customer answers; the bot stays silent; the agent's poll (watermark) sees it.
    const mark = (await giulia.call('GET', `/conversations/${me.conversationId}`)).body.watermark as number;
    const seen = me.session.received.length;
    await me.say('ok, la reimposto adesso');
    const poll = await giulia.call('GET', `/conversations/${me.conversationId}?watermark=${mark}`);
    expect(poll.body.activities.map((a: Activity) => textOf(a))).toEqual(['ok, la reimposto adesso']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(me.session.received.slice(seen).filter((a) => a.from.role === 'bot')).toEqual([]);

    // Transfer to Marco: the customer is told; Giulia can no longer write.
    const transfer = await giulia.call('POST', `/conversations/${me.conversationId}/transfer`, {
      toAgentId: marco.agentId,
    });
    expect(transfer.status).toBe(200);
    await me.sees(botSays('**Marco (Halnet)** ti risponderà a breve'));
    const late = await giulia.call('POST', `/conversations/${me.conversationId}/messages`, {
      text: 'ancora io',
    });
    expect(late.status).toBe(409);
    expect(late.body.error.heldBy).toEqual({ agentId: marco.agentId, name: 'Marco (Halnet)' });
    expect(
      (await marco.call('POST', `/conversations/${me.conversationId}/messages`, { text: 'Sono Marco.' }))
        .status,
    ).toBe(201);
    await me.sees((a) => textOf(a) === 'Sono Marco.' && a.from.name === 'Marco (Halnet)');

    // Hand back: the bot resumes (it knows the client and symptom, so it goes on from there).
    const handBack = await marco.call('POST', `/conversations/${me.conversationId}/release`);
    expect(handBack.status).toBe(200);
    expect(handBack.body.bundle.status).toBe('bot');
    await me.sees(botSays('Sono di nuovo Postino'));
    const after = await marco.call('GET', `/conversations/${me.conversationId}`);
    const statuses = after.body.activities
      .filter((a: { name?: string }) => a.name === 'handoff.status')
      .map((a: { value: { state: string; message: string } }) => `${a.value.state}:${a.value.message}`);
    expect(statuses).toEqual(['accepted:claimed', 'accepted:transferred', 'completed:returned-to-bot']);

    // A second handoff, closed by the agent: the customer gets the rating question and rates.
    const from = me.session.received.length;
    await me.say('operatore');
    await me.sees(botSays('Sei il prossimo in coda'), 10_000, from);
    expect((await marco.call('POST', `/conversations/${me.conversationId}/claim`)).status).toBe(200);
    const close = await marco.call('POST', `/conversations/${me.conversationId}/close`);
    expect(close.status).toBe(200);
    await me.sees(botSays('La conversazione con l’operatore è terminata'), 10_000, from);
    await me.sees(botSays('Quanto sei soddisfatto'), 10_000, from);
    await me.say('4');
    await me.sees(botSays('Grazie per la tua valutazione'), 10_000, from);

    const metrics = await marco.call('GET', '/metrics');
    expect(metrics.status).toBe(200);
    // Handed off twice, counted once: the console's percentage is of distinct conversations.
    expect(metrics.body.today).toMatchObject({
      conversations: 1,
      handedOff: 1,
      handedOffPct: 100,
      csatCount: 1,
      csatAverage: 4,
    });
    expect(metrics.body.days).toHaveLength(7);
  });
});
