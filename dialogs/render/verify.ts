// The verified resolution's replies: the offer of a test (a card whose button stays in the
// transcript, so the rating question keeps its own buttons), the test address once issued,
// and the verdict on the test message from its header facts: what went right, or what to fix.
import { serviceFacts } from '../../core/knowledge';
import type { Locale } from '../../core/knowledge/ids';
import type { DialogEffect, VerifyResult } from '../contract';
import type { DialogContext } from '../dialog-types';
import { say, type TextKey } from '../texts';
import { message, paragraphs, reply, withOutcome } from './activity';

export function verifyOffer(context: DialogContext): DialogEffect {
  const { locale } = context;
  const activity = message(locale, say(locale, 'verify.offer', { host: serviceFacts.outgoingHost }));
  const title = say(locale, 'verify.button');
  activity.attachments = [
    {
      contentType: 'application/vnd.microsoft.card.hero',
      content: { buttons: [{ type: 'imBack', title, value: title }] },
    },
  ];
  return reply(activity);
}

export function verifyReady(context: DialogContext, address: string, minutes: number): DialogEffect {
  // The address as code, so Web Chat neither links it nor mangles the `+`.
  return reply(
    message(context.locale, say(context.locale, 'verify.ready', { address: `\`${address}\``, minutes })),
  );
}

export function verifyResultText(locale: Locale, result: VerifyResult): string {
  const host = result.throughHost ?? serviceFacts.outgoingHost;
  if (result.findings.length === 0) {
    const elapsed =
      result.elapsedSeconds === null
        ? ''
        : say(locale, 'verify.elapsed', { seconds: Math.round(result.elapsedSeconds) });
    return say(locale, 'verify.ok', {
      host,
      protocol: result.protocol ?? 'ESMTPSA',
      tls: result.tlsVersion ?? 'TLS',
      elapsed,
    }).trim();
  }
  const servers = result.otherServers.map((server) => `\`${server}\``).join(', ');
  const via = servers === '' ? '' : say(locale, 'verify.via', { servers });
  const lines = result.findings.map(
    (finding) =>
      `- ${say(locale, `verify.finding.${finding}` as TextKey, { host: serviceFacts.outgoingHost, servers, via })}`,
  );
  return paragraphs(say(locale, 'verify.problems'), lines.join('\n'), say(locale, 'verify.retry'));
}

export function verifyResult(context: DialogContext, result: VerifyResult): DialogEffect {
  const activity = message(context.locale, verifyResultText(context.locale, result));
  if (result.findings.length > 0) return reply(activity);
  // Proof, not the customer's word: the console and analytics read this kind, never the text.
  return reply(
    withOutcome(activity, {
      kind: 'verified',
      client: context.client,
      symptom: context.symptom,
      verdict: null,
      locale: context.locale,
    }),
  );
}
