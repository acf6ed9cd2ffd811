// The schemas reject malformed data with a message naming the entry and the field, so a slip
// in a data file fails at load, not in a chat.
import {
  clientGuideSchema,
  getClientGuide,
  KnowledgeError,
  serviceFacts,
  serviceFactsSchema,
  symptomSchema,
} from '../../core/knowledge';
import { parseEntries, parseKnowledge } from '../../core/knowledge/load';

function validGuide(): Record<string, unknown> {
  return structuredClone(getClientGuide('outlook-2003')) as unknown as Record<string, unknown>;
}

function loadError(run: () => unknown): KnowledgeError {
  try {
    run();
  } catch (error) {
    if (error instanceof KnowledgeError) return error;
    throw error;
  }
  throw new Error('expected a KnowledgeError');
}

describe('knowledge schemas', () => {
  it('accept the real data', () => {
    expect(parseKnowledge(clientGuideSchema, validGuide(), "client 'outlook-2003'").id).toBe('outlook-2003');
  });

  it('reject a guide missing a topic, naming the client and the topic', () => {
    const guide = validGuide();
    const { encryption: _dropped, ...topics } = guide.topics as Record<string, unknown>;
    const error = loadError(() =>
      parseEntries(clientGuideSchema, ['outlook-2003'], { 'outlook-2003': { ...guide, topics } }, 'client'),
    );
    expect(error.message).toContain("client 'outlook-2003'");
    expect(error.message).toContain('topics.encryption');
    expect(error.code).toBe('Internal');
  });

  it('reject steps of unequal length in the two languages', () => {
    const guide = validGuide();
    const topics = guide.topics as Record<string, { it: string[]; en: string[] }>;
    topics.port = { it: ['uno', 'due'], en: ['one'] };
    const error = loadError(() => parseKnowledge(clientGuideSchema, guide, "client 'outlook-2003'"));
    expect(error.message).toContain('topics.port');
    expect(error.message).toContain('the Italian and English steps must correspond one to one');
  });

  it('reject an empty step and an unknown topic', () => {
    const guide = validGuide();
    const topics = guide.topics as Record<string, { it: string[]; en: string[] }>;
    topics.server = { it: ['  '], en: ['ok'] };
    expect(loadError(() => parseKnowledge(clientGuideSchema, guide, 'client')).message).toContain(
      'topics.server.it.0',
    );
    const withExtra = {
      ...validGuide(),
      topics: { ...(validGuide().topics as object), webmail: { it: ['x'], en: ['y'] } },
    };
    expect(loadError(() => parseKnowledge(clientGuideSchema, withExtra, 'client')).message).toContain(
      'webmail',
    );
  });

  it('reject a guide filed under another client id', () => {
    const error = loadError(() =>
      parseEntries(clientGuideSchema, ['outlook-2007'], { 'outlook-2007': validGuide() }, 'client'),
    );
    expect(error.message).toBe("knowledge base: client 'outlook-2007' is invalid: id: found 'outlook-2003'");
  });

  it('reject service facts with another port or a bad certificate URL', () => {
    const error = loadError(() =>
      parseKnowledge(
        serviceFactsSchema,
        { ...serviceFacts, submissionPort: 25, caCertificateUrl: 'cacert' },
        'service facts',
      ),
    );
    expect(error.message).toContain('service facts');
    expect(error.message).toContain('submissionPort');
    expect(error.message).toContain('caCertificateUrl');
  });

  it('reject a symptom pointing at a topic that does not exist', () => {
    const symptom = {
      id: 'relay-denied',
      title: { it: 'a', en: 'a' },
      cause: { it: 'b', en: 'b' },
      fix: { it: 'c', en: 'c' },
      topics: ['password'],
    };
    expect(loadError(() => parseKnowledge(symptomSchema, symptom, "symptom 'relay-denied'")).message).toMatch(
      /symptom 'relay-denied' is invalid: topics\.0/,
    );
  });
});
