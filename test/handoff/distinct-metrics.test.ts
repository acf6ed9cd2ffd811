// The console's handed-off and resolved-by-bot figures count distinct conversations: one handed
// off twice, or resolved, reopened with a new problem and resolved again, counts once (the
// percentages are of the day's conversations and must never pass 100 %).
import { Agent, botSays, localHandoff } from './support/harness';

describe('daily metrics count distinct conversations', () => {
  const local = localHandoff({ demoSmtp: true });

  const today = async (agent: Agent) => (await agent.call('GET', '/metrics')).body.today;

  it('counts a conversation handed off twice once', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const me = await local.customer();
    await me.say('operatore');
    await me.sees(botSays('Sei il prossimo in coda'));
    await me.say('torna al bot');
    await me.sees(botSays('ho annullato la richiesta'));
    const from = me.session.received.length;
    await me.say('operatore');
    await me.sees(botSays('Sei il prossimo in coda'), 10_000, from);
    expect((await giulia.call('POST', `/conversations/${me.conversationId}/claim`)).status).toBe(200);
    expect((await giulia.call('POST', `/conversations/${me.conversationId}/close`)).status).toBe(200);
    await me.sees(botSays('Quanto sei soddisfatto'), 10_000, from);
    expect(await today(giulia)).toMatchObject({
      conversations: 1,
      handedOff: 1,
      handedOffPct: 100,
      abandoned: 1,
    });
  });

  it('counts a conversation resolved, reopened and resolved again once', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    const me = await local.customer();
    await me.say('Thunderbird');
    await me.say('errore 535 autenticazione non riuscita');
    await me.sees(botSays('Il problema è risolto?'), 15_000);
    await me.say('sì');
    await me.sees(botSays('Quanto sei soddisfatto'));
    expect(await today(giulia)).toMatchObject({ conversations: 2, resolvedByBot: 1 });
    // A new problem in the same conversation, solved too.
    const from = me.session.received.length;
    await me.say('ho un altro problema: con Outlook 2016 mi da errore 0x800CCC0E');
    await me.sees(botSays('Il problema è risolto?'), 15_000, from);
    await me.say('sì');
    await me.sees(botSays('Quanto sei soddisfatto'), 10_000, from);
    expect(await today(giulia)).toMatchObject({
      conversations: 2,
      resolvedByBot: 1,
      resolvedByBotPct: 50,
      handedOff: 1,
      handedOffPct: 50,
    });
  });
});
