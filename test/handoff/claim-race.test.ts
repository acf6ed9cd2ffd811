// Two agents claiming the same conversation at the same moment, against dynalite: the claim
// is one conditional write, so exactly one wins and the other gets 409 with who holds it.
import { Agent, botSays, localHandoff } from './support/harness';

describe('claim race', () => {
  const local = localHandoff();

  it('lets exactly one of two simultaneous claims win, every time', async () => {
    const [giulia, marco] = await Promise.all([Agent.signIn(local.server, 0), Agent.signIn(local.server, 1)]);
    for (let round = 0; round < 5; round++) {
      const me = await local.customer();
      await me.say('voglio parlare con un operatore');
      await me.sees(botSays('Ti metto in coda'));
      const path = `/conversations/${me.conversationId}/claim`;
      const answers = await Promise.all([giulia.call('POST', path), marco.call('POST', path)]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = answers[0]?.status === 200 ? giulia : marco;
      const loser = answers.find((answer) => answer.status === 409);
      expect(loser?.body.error).toMatchObject({ code: 'Conflict', heldBy: { agentId: winner.agentId } });
      // The customer hears of exactly one agent.
      await me.sees(botSays(`**${winner.name}**`));
      const transcript = await winner.call('GET', `/conversations/${me.conversationId}`);
      const accepted = transcript.body.activities.filter(
        (a: { name?: string; value?: { state?: string } }) =>
          a.name === 'handoff.status' && a.value?.state === 'accepted',
      );
      expect(accepted).toHaveLength(1);
      expect(accepted[0].value.agentId).toBe(winner.agentId);
    }
  });
});
