// The chat function only issues test addresses: it must not bundle the receiving side (the
// message reader), which only the verify function and the local inbox load.
import { relative } from 'node:path';
import { functionSources, REPO_ROOT } from '../infra/function-sources';

const sourcesOf = (entry: string) => functionSources(entry).map((file) => relative(REPO_ROOT, file));

describe('who bundles the receiving side', () => {
  it('is not the chat function', () => {
    const chat = sourcesOf('functions/directline.ts');
    expect(chat).toContain('core/verify/test-addresses.ts');
    expect(chat).not.toContain('core/verify/message-facts.ts');
    expect(chat).not.toContain('core/verify/verify-service.ts');
  });

  it('is the verify function', () => {
    expect(sourcesOf('functions/verify.ts')).toContain('core/verify/message-facts.ts');
  });
});
