// The shape of Postino's knowledge base. Every data file in this folder is parsed with these
// schemas when the module loads, so a typo in the data fails fast (and in tests), not in a chat.
import * as z from 'zod';
import { clientIdSchema, symptomIdSchema, TOPIC_IDS, type TopicId, topicIdSchema } from './ids';

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

/**
 * One step of a client's walk through its screens. `for` names the topics the step serves:
 * an answer shows the step when it needs any of them, so "open the account window" (for
 * server, authentication, port and encryption) appears once however many of those it needs.
 */
export const walkStepSchema = z.object({
  for: z.array(topicIdSchema).min(1),
  it: nonEmpty,
  en: nonEmpty,
});
export type WalkStep = z.infer<typeof walkStepSchema>;

/** A client-specific warning, shown only with the topics it is about (all, when none named). */
export const cautionSchema = localizedTextSchema.extend({ for: z.array(topicIdSchema).min(1).optional() });
export type Caution = z.infer<typeof cautionSchema>;

const guideFields = {
  id: clientIdSchema,
  /** Display name, e.g. "Outlook Express 6". */
  name: localizedTextSchema,
  /** True when the steps come from Halnet's manual (labels verbatim), false when written beyond it. */
  fromManual: z.boolean(),
  /** Versions or products this guide covers, for the customer's reassurance. */
  covers: localizedTextSchema.optional(),
  /**
   * True when the client turns encryption on by itself with the settings the walk gives (iOS,
   * macOS, Thunderbird, Android apps): Halnet's CA steps then come with every setup.
   */
  tlsByDefault: z.boolean().default(false),
  /** Client-specific warnings; an answer shows at most the first that applies. */
  cautions: z.array(cautionSchema).default([]),
  /** Where the manual is wrong and this data deliberately differs from it: what and why. */
  corrections: z.array(nonEmpty).default([]),
};

/**
 * The client's screens walked once, in the order a person meets them: Halnet's CA (when
 * needed) first, then the account window opened once, tab by tab, and closed once.
 */
const walkSchema = z
  .array(walkStepSchema)
  .min(1)
  .refine((walk) => TOPIC_IDS.every((topic) => walk.some((step) => step.for.includes(topic))), {
    message: 'every topic needs at least one step',
  });

export const clientGuideSchema = z
  .object({ ...guideFields, walk: walkSchema })
  .strict()
  .transform((guide) => ({
    ...guide,
    /** Each topic's steps on their own, derived from the walk (for checks and the agent's view). */
    topics: Object.fromEntries(
      TOPIC_IDS.map((topic) => {
        const steps = guide.walk.filter((step) => step.for.includes(topic));
        return [topic, { it: steps.map((step) => step.it), en: steps.map((step) => step.en) }];
      }),
    ) as Record<TopicId, LocalizedSteps>,
  }));
export type ClientGuide = z.infer<typeof clientGuideSchema>;

export const symptomSchema = z.object({
  id: symptomIdSchema,
  title: localizedTextSchema,
  /**
   * The cause in one line of plain words, written to follow "Il server di Halnet funziona: "
   * (lower-case start, no codes): what the customer reads first.
   */
  headline: localizedTextSchema,
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
