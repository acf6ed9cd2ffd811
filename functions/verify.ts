// Lambda entry point of the verified resolution's receiving side on AWS: SES receives mail for
// the verify domain, its receipt rule stores the message in S3 and invokes this function with
// the SES event (recipients, message id). The function takes the message from S3 (deleting it),
// and the VerifyService drops it (no live code) or posts the verdict into the conversation.
import { Logger } from '@aws-lambda-powertools/logger';
import type { SESEvent } from 'aws-lambda';
import * as z from 'zod';
import type { S3TestMessageSource } from '../adapters/s3/test-message-source';
import type { DialogRunner } from '../core/ports/dialog-runner';
import type { VerifyService } from '../core/verify/verify-service';
import { type VerifyFunctionConfig, verifyFunctionConfigFrom } from './verify/config';

const sesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        ses: z.object({
          mail: z.object({ messageId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/), timestamp: z.string() }),
          receipt: z.object({ recipients: z.array(z.string().max(320)).max(50) }),
        }),
      }),
    )
    .max(10),
});

export interface VerifyHandlerOptions {
  config: VerifyFunctionConfig;
  service: VerifyService;
  source: Pick<S3TestMessageSource, 'take' | 'discard'>;
  logger: Logger;
}

export function createVerifyHandler(options: VerifyHandlerOptions) {
  return async (event: SESEvent): Promise<void> => {
    const parsed = sesEventSchema.safeParse(event);
    if (!parsed.success) {
      options.logger.warn('not an SES receipt event', { issues: parsed.error.issues.length });
      return;
    }
    for (const record of parsed.data.Records) {
      const { mail, receipt } = record.ses;
      // A message to no live code is dropped without being read.
      const live = await Promise.all(
        receipt.recipients.map((recipient) => options.service.accepts(recipient)),
      );
      if (!live.some(Boolean)) {
        await options.source.discard(mail.messageId);
        options.logger.info('test message dropped', { reason: 'no live code' });
        continue;
      }
      const raw = await options.source.take(mail.messageId, options.config.verify.maxBytes);
      const outcome = await options.service.receive({
        recipients: receipt.recipients,
        raw,
        arrivedAt: new Date(mail.timestamp),
      });
      // Never the message, never the address: the outcome's kind and findings only.
      options.logger.info('test message read', {
        outcome: outcome.kind,
        ...(outcome.kind === 'posted' ? { findings: outcome.result.findings } : { reason: outcome.reason }),
      });
    }
  };
}

let fromEnvironment: Promise<(event: SESEvent) => Promise<void>> | undefined;

export const handler = async (event: SESEvent): Promise<void> => {
  fromEnvironment ??= fromProcessEnvironment().catch((error: unknown) => {
    fromEnvironment = undefined;
    throw error;
  });
  return (await fromEnvironment)(event);
};

/**
 * The app and with it the AWS SDK clients (S3, DynamoDB) are loaded by the first event, not
 * during Lambda's init: they are most of the function's cold start (bench/bundles.bench.ts).
 */
async function fromProcessEnvironment(): Promise<(event: SESEvent) => Promise<void>> {
  const config = verifyFunctionConfigFrom(process.env);
  const [{ createVerifyApp }, { S3Client }, { S3TestMessageSource }] = await Promise.all([
    import('./verify/app'),
    import('@aws-sdk/client-s3'),
    import('../adapters/s3/test-message-source'),
  ]);
  const dialog: DialogRunner = async (...args) => (await import('../dialogs/index')).runTurn(...args);
  return createVerifyHandler({
    config,
    service: createVerifyApp(config, { dialog }),
    source: new S3TestMessageSource(new S3Client({}), config.bucket, config.prefix),
    logger: new Logger({ serviceName: 'postino-verify' }),
  });
}
