// The error the knowledge base throws when its own data does not match its schema (a bug in
// the data, found at load time) or when a caller asks for an id it does not know.
import { PostinoError } from '../errors';

export class KnowledgeError extends PostinoError {
  constructor(message: string, options?: ErrorOptions) {
    super('Internal', message, options);
  }
}
