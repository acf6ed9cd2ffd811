// The one-tap configuration offer: with the answer, a customer whose program takes a file
// (iPhone/iPad and Mac Mail, Thunderbird on desktop and Android, classic Outlook) gets one line
// and a button to the download page in their language; other programs get no offer.
import type { ClientId } from '../../core/knowledge/ids';
import type { ReplyActivity } from '../../dialogs/contract';
import { probeSummary } from './fixtures/probe-summaries';
import { Conversation } from './support/conversation';

function answerFor(client: string, locale: 'it' | 'en' = 'it'): ReplyActivity[] {
  const chat = new Conversation(locale);
  chat.say({ type: 'user.join', locale });
  chat.say(`${client}, prima configurazione`);
  return chat.say({ type: 'probe.result', summary: probeSummary('healthy') }).replies;
}

const offerOf = (replies: ReplyActivity[]) => replies.filter((reply) => reply.attachments !== undefined);

describe('configuration file offer', () => {
  it.each<[string, ClientId, string]>([
    ['iphone', 'ios-mail', '/config/apple?lang=it'],
    ['mail del mac', 'apple-mail', '/config/apple?lang=it'],
    ['thunderbird', 'thunderbird', '/config/thunderbird?lang=it'],
    ['k9', 'android-thunderbird', '/config/thunderbird?lang=it'],
    ['outlook 2016', 'outlook-classic', '/config/outlook?lang=it'],
  ])('offers %s users (%s) a button to %s after the steps', (said, _client, path) => {
    const replies = answerFor(said);
    const offers = offerOf(replies);
    expect(offers).toHaveLength(1);
    // After the steps, before the question whether it worked.
    const at = replies.indexOf(offers[0] as ReplyActivity);
    expect(replies[at - 1]?.text).toContain('smtp.hln.it');
    expect(replies.at(-1)?.text).toMatch(/risolto/);
    const [card] = offers[0]?.attachments ?? [];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card?.content.buttons).toEqual([expect.objectContaining({ type: 'openUrl', value: path })]);
  });

  it('tells Thunderbird users to use «Configura un account esistente»', () => {
    const [offer] = offerOf(answerFor('thunderbird'));
    expect(offer?.text).toContain('«Configura un account esistente»');
  });

  it('speaks English to an English conversation and never asks for the password', () => {
    const [offer] = offerOf(answerFor('iphone', 'en'));
    expect(offer?.text).toContain('configuration profile');
    expect(offer?.text).toContain('your device will ask for it');
    expect(offer?.attachments?.[0]?.content.buttons[0]).toEqual({
      type: 'openUrl',
      title: 'Download the profile',
      value: '/config/apple?lang=en',
    });
  });

  it.each(['outlook express', 'eudora', 'gmail'])('offers nothing to %s users', (said) => {
    expect(offerOf(answerFor(said))).toEqual([]);
  });
});
