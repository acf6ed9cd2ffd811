// zod schemas of everything the Direct Line surface reads from a request: headers, query,
// path parameters and bodies. Unknown activity fields are dropped (the server sets ids,
// timestamps, `from`, `conversation`); `channelData` is kept whole for Web Chat's echo.
import * as z from 'zod';

export const MAX_TEXT_LENGTH = 10_000;

export const conversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'malformed conversation id');

export const authorizationSchema = z
  .string()
  .max(4096)
  .regex(/^Bearer\s+\S+$/i, 'expected "Bearer <token>"')
  .transform((value) => value.replace(/^Bearer\s+/i, ''));

export const watermarkQuerySchema = z.object({
  watermark: z
    .string()
    .regex(/^\d{0,10}$/, 'watermark must be a number')
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : Number(value))),
});

export const incomingActivitySchema = z.object({
  type: z.string().min(1).max(64),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(35).optional(),
  name: z.string().max(128).optional(),
  value: z.unknown().optional(),
  localTimestamp: z.string().max(64).optional(),
  from: z
    .object({
      id: z.string().max(128).optional(),
      name: z.string().max(128).optional(),
      role: z.string().max(32).optional(),
    })
    .optional(),
  channelData: z.looseObject({ clientActivityID: z.string().min(1).max(128).optional() }).optional(),
  attachments: z.array(z.unknown()).optional(),
});
export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

const userSchema = z.object({
  id: z.string().max(128).optional(),
  name: z.string().max(128).optional(),
});

export const generateTokenBodySchema = z.object({
  user: z
    .object({
      id: z
        .string()
        .regex(/^dl_[A-Za-z0-9_-]{1,64}$/, 'user ids must start with dl_')
        .optional(),
      name: z.string().max(128).optional(),
    })
    .optional(),
  trustedOrigins: z.array(z.string().max(512)).max(20).optional(),
});

export const publicTokenBodySchema = z.object({ locale: z.string().max(35).optional() });

export const startConversationBodySchema = z.object({
  user: userSchema.optional(),
  locale: z.string().max(35).optional(),
  /**
   * Postino's extension (issue 10): greet at once. The conversation starts with the welcome
   * turn already run (as if `webchat/join` had been posted), so the greeting is in the first
   * frame of the stream instead of a round trip later. Stock clients omit it.
   */
  join: z.boolean().optional(),
  /** With `join`: the browser's languages, kept with the join event for the record. */
  languages: z.array(z.string().max(35)).max(8).optional(),
});
