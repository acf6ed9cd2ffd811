// What the console reads besides the transcript: the daily metrics (conversations, resolved
// by the bot, handed off, abandoned, CSAT), the canned replies from the knowledge base, the
// agents for a transfer and a re-run of the probe (through the Lambda Invoke route locally).
import { Agent, botSays, localHandoff } from './support/harness';

describe('console data', () => {
  const local = localHandoff({ demoSmtp: true });

  it('counts conversations, containment, handoffs, abandoned and CSAT for today and the week', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    // One resolved by the bot and rated 5.
    const solved = await local.customer();
    await solved.say('Thunderbird');
    await solved.say('errore 535 autenticazione non riuscita');
    await solved.sees(botSays('Il problema è risolto?'), 15_000);
    await solved.say('sì');
    await solved.sees(botSays('Quanto sei soddisfatto'));
    await solved.say('5');
    await solved.sees(botSays('Grazie per la tua valutazione'));
    // One handed off and abandoned (back to the bot before any claim).
    const gaveUp = await local.customer();
    await gaveUp.say('operatore');
    await gaveUp.sees(botSays('Sei il prossimo in coda'));
    await gaveUp.say('torna al bot');
    await gaveUp.sees(botSays('ho annullato la richiesta'));
    // One handed off, closed by an agent and rated 2.
    const served = await local.customer();
    await served.say('operatore');
    await served.sees(botSays('Sei il prossimo in coda'));
    await giulia.call('POST', `/conversations/${served.conversationId}/claim`);
    await giulia.call('POST', `/conversations/${served.conversationId}/close`);
    await served.sees(botSays('Quanto sei soddisfatto'));
    await served.say('2');
    await served.sees(botSays('Grazie per la tua valutazione'));

    const metrics = await giulia.call('GET', '/metrics');
    expect(metrics.status).toBe(200);
    const expected = {
      conversations: 3,
      resolvedByBot: 1,
      resolvedByBotPct: 33.3,
      handedOff: 2,
      handedOffPct: 66.7,
      abandoned: 1,
      csatAverage: 3.5,
      csatCount: 2,
    };
    expect(metrics.body.today).toEqual({ date: new Date().toISOString().slice(0, 10), ...expected });
    expect(metrics.body.last7Days).toEqual({ date: 'last7', ...expected });
    expect(
      metrics.body.days.slice(0, 6).every((day: { conversations: number }) => day.conversations === 0),
    ).toBe(true);
  });

  it('gives the canned replies for the customer’s client and symptom, in their language', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const me = await local.customer('en-US');
    await me.say('I use Thunderbird and I want to talk to a human');
    await me.sees(botSays('You are next in the queue'));
    const canned = await giulia.call('GET', `/conversations/${me.conversationId}/canned`);
    expect(canned.status).toBe(200);
    expect(canned.body).toMatchObject({ locale: 'en', client: 'thunderbird' });
    const topics = canned.body.replies.map((reply: { topic: string }) => reply.topic);
    expect(new Set(topics).size).toBe(topics.length);
    expect(topics).toContain('port');
    const port = canned.body.replies.find((reply: { topic: string }) => reply.topic === 'port');
    expect(port.text).toMatch(/^Port 587 \(Thunderbird\):\n1\. /);
    expect(port.text).not.toContain('**');
  });

  it('lists the agents for a transfer and re-runs the probe', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const agents = await giulia.call('GET', '/agents');
    expect(agents.body.agents.map((a: { name: string }) => a.name).sort()).toEqual([
      'Giulia (Halnet)',
      'Marco (Halnet)',
    ]);
    expect(agents.body.agents.find((a: { name: string }) => a.name === 'Giulia (Halnet)').online).toBe(true);
    const me = await local.customer();
    await me.say('operatore');
    await me.sees(botSays('Ti metto in coda'));
    const probe = await giulia.call('POST', `/conversations/${me.conversationId}/probe`);
    expect(probe.status).toBe(200);
    expect(probe.body.probe.findings[0].verdict).toEqual(expect.any(String));
    expect(probe.body.probe.ports.length).toBeGreaterThan(0);
  });
});
