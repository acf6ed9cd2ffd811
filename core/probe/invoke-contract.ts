// The probe Lambda's wire contract, shared by the handler (functions/probe.ts) and the chat
// side's adapter (adapters/lambda-probe-client.ts): the payload it accepts and the result it
// returns. Failures come back as a typed result, never as a crashed invocation.
import * as z from 'zod';
import { probeRunSchema } from './report';

export const probeInvokeRequestSchema = z
  .object({
    host: z.string().min(1).max(253).optional(),
    ports: z.array(z.number().int().min(1).max(65535)).min(1).max(8).optional(),
    /** Probe now, past the cache (outage mode's scheduled health check); the result is cached. */
    fresh: z.boolean().optional(),
  })
  .strict();
export type ProbeInvokeRequest = z.infer<typeof probeInvokeRequestSchema>;

export const probeInvokeErrorSchema = z.object({
  code: z.enum(['BadArgument', 'ProbeRefused', 'ProbeFailed', 'Internal']),
  message: z.string(),
});

export const probeInvokeResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    summary: probeRunSchema.shape.summary,
    report: probeRunSchema.shape.report,
  }),
  z.object({ ok: z.literal(false), error: probeInvokeErrorSchema }),
]);
export type ProbeInvokeResult = z.infer<typeof probeInvokeResultSchema>;
