// What a configuration file is made for: the customer's e-mail address and the SMTP service's
// user name, validated with zod at every entry (form, query, Autodiscover request). A password
// is never part of it: the device or program asks for it when the file is installed, and a
// request that carries one is refused rather than silently ignored.
import * as z from 'zod';
import { localeSchema } from '../knowledge/ids';

/** The mail programs a file exists for, by format. */
export const CONFIG_KINDS = ['apple', 'thunderbird', 'outlook'] as const;
export const configKindSchema = z.enum(CONFIG_KINDS);
export type ConfigKind = z.infer<typeof configKindSchema>;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'an e-mail address like nome@dominio.it' }))
  .transform((value) => value.toLowerCase());

// Halnet's SMTP user names are short account names or e-mail addresses: letters, digits and
// `. _ - + @`, nothing that could break out of an XML element or a header.
export const usernameSchema = z
  .string()
  .trim()
  .min(1, 'the SMTP user name is required')
  .max(64)
  .regex(/^[A-Za-z0-9._+@-]+$/, 'letters, digits and . _ - + @ only');

/** Field names that would carry a secret: refused wherever an account is read. */
const SECRET_FIELDS = /pass|pwd|secret|token/i;

export const accountSchema = z
  .object({ email: emailSchema, username: usernameSchema })
  .strict()
  .describe('the customer e-mail address and SMTP user name (never a password)');
export type Account = z.infer<typeof accountSchema>;

/** The download form's fields (`lang` chooses the language of the profile's texts). */
export const downloadFormSchema = z
  .record(z.string(), z.string())
  .refine((fields) => !Object.keys(fields).some((name) => SECRET_FIELDS.test(name)), {
    message: 'a password is never sent to Postino: the device asks for it',
  })
  .pipe(z.object({ lang: localeSchema.catch('it'), email: emailSchema, username: usernameSchema }).strict())
  .transform(({ lang, email, username }) => ({ lang, account: { email, username } }));

/** Thunderbird's lookup: `?emailaddress=` (optional: without it the file uses placeholders). */
export const autoconfigQuerySchema = z.object({ emailaddress: emailSchema.optional() });
