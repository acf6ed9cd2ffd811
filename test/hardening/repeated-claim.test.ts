// An agent who claims a conversation they already hold (a double click, a retry, five tabs)
// gets 200 each time, but the customer is told once that the agent joined.
import { call } from '../channel/support/http';
import { Agent, botSays, type Customer, localHandoff } from '../handoff/support/harness';

describe('a repeated claim', () => {
  const local = localHandoff();

  async function announcements(me: Customer, name: string) {
    const all = await call(`${local.server.directLineUrl}/conversations/${me.conversationId}/activities`, {
      token: me.token,
    });
    const activities = all.json.activities as Array<{
      type: string;
      text?: string;
      name?: string;
      value?: { state?: string };
    }>;
    return {
      joined: activities.filter((a) => a.type === 'message' && a.text?.includes(`**${name}**`)).length,
      accepted: activities.filter((a) => a.name === 'handoff.status' && a.value?.state === 'accepted').length,
    };
  }

  it('announces the agent once, for two claims in a row and for five at once', async () => {
    const giulia = await Agent.signIn(local.server, 0);
    for (const parallel of [false, true]) {
      const me = await local.customer();
      await me.say('voglio parlare con un operatore');
      await me.sees(botSays('Ti metto in coda'));
      const path = `/conversations/${me.conversationId}/claim`;
      const answers = parallel
        ? await Promise.all(Array.from({ length: 5 }, () => giulia.call('POST', path)))
        : [await giulia.call('POST', path), await giulia.call('POST', path)];
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
      await me.sees(botSays(`**${giulia.name}**`));
      expect(await announcements(me, giulia.name)).toEqual({ joined: 1, accepted: 1 });
    }
  });
});
