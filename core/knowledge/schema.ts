// The shape of Postino's knowledge base. Every data file in this folder is parsed with these
// schemas when the module loads, so a typo in the data fails fast (and in tests), not in a chat.
import * as z from 'zod';
import { clientIdSchema, symptomIdSchema, topicIdSchema } from './ids';

const nonEmpty = z.string().trim().min(1);

/** The same text in both of Postino's languages. */
export const localizedTextSchema = z.object({ it: nonEmpty, en: nonEmpty });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** An ordered list of steps in both languages; each step is one markdown line. */
export const localizedStepsSchema = z
  .object({ it: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) })
  .refine((steps) => steps.it.length === steps.en.length, {
    message: 'the Italian and English steps must correspond one to one',
  });
export type LocalizedSteps = z.infer<typeof localizedStepsSchema>;

export const serviceFactsSchema = z.object({
  outgoingHost: nonEmpty,
  incomingPop3Host: nonEmpty,
  incomingPop3Port: z.literal(110),
  submissionPort: z.literal(587),
  implicitTlsPort: z.literal(465),
  legacyPort: z.literal(25),
  caCertificateUrl: z.url(),
  authenticationRequired: z.literal(true),
});
export type ServiceFacts = z.infer<typeof serviceFactsSchema>;

export const clientGuideSchema = z.object({
  id: clientIdSchema,
  /** Display name, e.g. "Outlook Express 6". */
  name: localizedTextSchema,
  /** True when the steps come from Halnet's manual (labels verbatim), false when written beyond it. */
  fromManual: z.boolean(),
  /** Versions or products this guide covers, for the customer's reassurance. */
  covers: localizedTextSchema.optional(),
  /** Steps per topic; every topic is present so any symptom can be answered for any client. */
  topics: z.record(topicIdSchema, localizedStepsSchema),
  /** Client-specific warnings shown with the steps (e.g. the new Outlook connects from Microsoft's cloud). */
  cautions: z.array(localizedTextSchema).default([]),
  /** Where the manual is wrong and this data deliberately differs from it: what and why. */
  corrections: z.array(nonEmpty).default([]),
});
export type ClientGuide = z.infer<typeof clientGuideSchema>;

export const symptomSchema = z.object({
  id: symptomIdSchema,
  title: localizedTextSchema,
  cause: localizedTextSchema,
  fix: localizedTextSchema,
  /** The client topics whose steps fix this symptom, in the order to show them. */
  topics: z.array(topicIdSchema),
});
export type Symptom = z.infer<typeof symptomSchema>;

/** What a data file writes before parsing (defaults such as `cautions: []` may be left out). */
export type ClientGuideInput = z.input<typeof clientGuideSchema>;
export type SymptomInput = z.input<typeof symptomSchema>;

// Short explanations of the service facts, for answers that say why and not only what.
export const SERVICE_NOTE_IDS = [
  'why-587',
  'port-465',
  'why-not-25',
  'authentication',
  'ca-certificate',
  'encryption-cost',
  'provider-smtp-own-line',
  'incoming-pop3',
] as const;
export const serviceNoteIdSchema = z.enum(SERVICE_NOTE_IDS);
export type ServiceNoteId = z.infer<typeof serviceNoteIdSchema>;
export const serviceNotesSchema = z.record(serviceNoteIdSchema, localizedTextSchema);
export type ServiceNotes = z.infer<typeof serviceNotesSchema>;
