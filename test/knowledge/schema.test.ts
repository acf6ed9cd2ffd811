// The schemas reject malformed data with a message naming the entry and the field, so a slip
// in a data file fails at load, not in a chat.
import {
  clientGuideSchema,
  KnowledgeError,
  serviceFacts,
  serviceFactsSchema,
  symptomSchema,
} from '../../core/knowledge';
import { CLIENT_GUIDES_DATA } from '../../core/knowledge/clients/registry';
import { parseEntries, parseKnowledge } from '../../core/knowledge/load';

function validGuide(): Record<string, unknown> {
  // The data as written (before parsing adds the topics derived from the walk).
  return structuredClone(CLIENT_GUIDES_DATA['outlook-2003']) as unknown as Record<string, unknown>;
}

function walkOf(guide: Record<string, unknown>): { for: string[]; it: string; en: string }[] {
  return guide.walk as { for: string[]; it: string; en: string }[];
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

  it("derive each topic's steps from the walk and default tlsByDefault to false", () => {
    const guide = parseKnowledge(clientGuideSchema, validGuide(), "client 'outlook-2003'");
    expect(guide.tlsByDefault).toBe(false);
    expect(guide.topics.server.it).toEqual(
      guide.walk.filter((step) => step.for.includes('server')).map((step) => step.it),
    );
  });

  it('reject a walk that never reaches a topic, naming the client and the walk', () => {
    const guide = validGuide();
    const walk = walkOf(guide)
      .map((step) => ({ ...step, for: step.for.filter((topic) => topic !== 'encryption') }))
      .filter((step) => step.for.length > 0);
    const error = loadError(() =>
      parseEntries(clientGuideSchema, ['outlook-2003'], { 'outlook-2003': { ...guide, walk } }, 'client'),
    );
    expect(error.message).toContain("client 'outlook-2003'");
    expect(error.message).toContain('walk: every topic needs at least one step');
    expect(error.code).toBe('Internal');
  });

  it('reject a guide still written topic by topic instead of as a walk', () => {
    const { walk: _walk, ...rest } = validGuide();
    const perTopic = { ...rest, topics: { server: { it: ['uno'], en: ['one'] } } };
    const message = loadError(() =>
      parseKnowledge(clientGuideSchema, perTopic, "client 'outlook-2003'"),
    ).message;
    expect(message).toContain('walk');
    expect(message).toContain('topics');
  });

  it('reject an empty step, a step for no topic and a step for an unknown topic', () => {
    const blank = validGuide();
    walkOf(blank)[0] = { for: ['ca-certificate'], it: '  ', en: 'ok' };
    expect(loadError(() => parseKnowledge(clientGuideSchema, blank, 'client')).message).toContain(
      'walk.0.it',
    );
    const none = validGuide();
    walkOf(none)[1] = { for: [], it: 'uno', en: 'one' };
    expect(loadError(() => parseKnowledge(clientGuideSchema, none, 'client')).message).toContain(
      'walk.1.for',
    );
    const unknown = validGuide();
    walkOf(unknown)[2] = { for: ['webmail'], it: 'uno', en: 'one' };
    expect(loadError(() => parseKnowledge(clientGuideSchema, unknown, 'client')).message).toContain(
      'walk.2.for.0',
    );
  });

  it('reject a caution for an unknown topic', () => {
    const guide = { ...validGuide(), cautions: [{ for: ['password'], it: 'a', en: 'b' }] };
    expect(loadError(() => parseKnowledge(clientGuideSchema, guide, 'client')).message).toContain(
      'cautions.0.for.0',
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
      headline: { it: 'h', en: 'h' },
      cause: { it: 'b', en: 'b' },
      fix: { it: 'c', en: 'c' },
      topics: ['password'],
    };
    expect(loadError(() => parseKnowledge(symptomSchema, symptom, "symptom 'relay-denied'")).message).toMatch(
      /symptom 'relay-denied' is invalid: topics\.0/,
    );
  });
});
