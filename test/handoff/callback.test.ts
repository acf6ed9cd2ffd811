// No agent available: outside the working hours the customer is offered a call back at once;
// during hours, after HANDOFF_CLAIM_TIMEOUT_S unclaimed (noticed by the customer's polling or
// by an agent's queue listing, as Lambda has no timer). A valid email or phone number is kept
// on the conversation for the agents; the bot stays available meanwhile.
import { type LocalServer, startLocalServer } from '../../local/server';
import { Agent, botSays, type Customer, customer, textOf } from './support/harness';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Working hours that exclude today and the next days (UTC): only three days from now. */
function closedToday(): string {
  return `${DAYS[(new Date().getUTCDay() + 3) % 7]} 09:00-18:00 UTC`;
}

describe('call back', () => {
  const customers: Customer[] = [];
  afterAll(() => {
    for (const c of customers) c.session.end();
  });

  describe('outside working hours', () => {
    let server: LocalServer;
    beforeAll(async () => {
      server = await startLocalServer({ port: 0, serveWeb: false, workingHours: closedToday() });
    });
    afterAll(() => server.close());

    it('offers a call back, keeps a valid contact for the agents and lets the bot carry on', async () => {
      const me = await customer(server);
      customers.push(me);
      await me.say('voglio parlare con un operatore');
      const offer = await me.sees(botSays('non sono in servizio'));
      expect(textOf(offer)).toContain('(orari: ');
      expect(textOf(offer)).toContain('09:00-18:00 (UTC)');
      // Not a contact: an error code and a port stay ordinary messages.
      await me.say('mi dice 0x800CCC0E sulla porta 587');
      await me.sees(botSays('Sei in coda'));
      await me.say('scrivetemi a Mario.Rossi@Example.it per favore');
      await me.sees(botSays('ti ricontatterà a **mario.rossi@example.it**'));
      // The bot is available: it asks for the client, as the conversation knew none.
      await me.sees(botSays('Quale programma di posta usi?'));
      const giulia = await Agent.signIn(server, 0);
      const queue = await giulia.call('GET', '/queue');
      expect(queue.body.workingHours.open).toBe(false);
      const item = queue.body.items.find(
        (i: { conversationId: string }) => i.conversationId === me.conversationId,
      );
      expect(item.callback).toMatchObject({ kind: 'email', value: 'mario.rossi@example.it' });
      const bundle = (await giulia.call('GET', `/conversations/${me.conversationId}`)).body.bundle;
      expect(bundle.callback.capturedAt).toEqual(expect.any(String));
    });

    it('accepts a phone number too (English)', async () => {
      const me = await customer(server, 'en-US');
      customers.push(me);
      await me.say('I want to talk to a human');
      await me.sees(botSays('Our agents are not on duty right now'));
      await me.say('call me on +39 02 1234 5678');
      await me.sees(botSays('get back to you at **+390212345678**'));
    });
  });

  describe('claim timeout', () => {
    let server: LocalServer;
    beforeAll(async () => {
      server = await startLocalServer({ port: 0, serveWeb: false, claimTimeoutSeconds: 1 });
    });
    afterAll(() => server.close());

    it('offers a call back once to a customer who only polls, and counts it abandoned', async () => {
      const giulia = await Agent.signIn(server, 0);
      const me = await customer(server);
      customers.push(me);
      await me.say('operatore');
      await me.sees(botSays('Sei il prossimo in coda'));
      // No message from the customer: DirectLineJS's polling alone brings the offer.
      await me.sees(botSays('Gli operatori sono tutti occupati'), 5000);
      await new Promise((resolve) => setTimeout(resolve, 800));
      const offers = me.session.received.filter(botSays('Gli operatori sono tutti occupati'));
      expect(offers).toHaveLength(1);
      expect((await giulia.call('GET', '/metrics')).body.today.abandoned).toBe(1);
      // An agent can still take it.
      expect((await giulia.call('POST', `/conversations/${me.conversationId}/claim`)).status).toBe(200);
    });

    it('is also noticed by an agent listing the queue', async () => {
      const giulia = await Agent.signIn(server, 0);
      const me = await customer(server);
      customers.push(me);
      await me.say('operatore');
      await me.sees(botSays('Sei il prossimo in coda'));
      me.session.end(); // the customer stops polling (tab in the background)
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await giulia.call('GET', '/queue');
      const transcript = await giulia.call('GET', `/conversations/${me.conversationId}`);
      expect(transcript.body.activities.some(botSays('Gli operatori sono tutti occupati'))).toBe(true);
    });
  });
});
