// Parses the knowledge base's data files with their zod schemas. A failure names the entry
// (e.g. "client 'outlook-2003'") and every bad field path, so a typo in the data is found by
// the first test or the first cold start, never in the middle of a chat.
import type * as z from 'zod';
import { KnowledgeError } from './knowledge-error';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Parses `data` with `schema`, throwing a KnowledgeError that names `what` and the bad fields. */
export function parseKnowledge<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new KnowledgeError(`knowledge base: ${what} is invalid: ${describeIssues(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}

/** Parses a list of entries keyed by id, checking each entry's own id matches its key. */
export function parseEntries<S extends z.ZodType<{ id: string }>>(
  schema: S,
  ids: readonly string[],
  entries: Readonly<Record<string, unknown>>,
  kind: string,
): z.infer<S>[] {
  return ids.map((id) => {
    const entry = parseKnowledge(schema, entries[id], `${kind} '${id}'`);
    if (entry.id !== id) {
      throw new KnowledgeError(`knowledge base: ${kind} '${id}' is invalid: id: found '${entry.id}'`);
    }
    return entry;
  });
}
