// The committed diagram is the machine's: regenerate with `npm run docs:diagram` when it changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_NAMES } from '../../dialogs/dialog-types';
import { machineTransitions } from '../../dialogs/tools/machine-graph';
import { diagramPage, mermaidDiagram } from '../../dialogs/tools/mermaid';

describe('docs/dialog-diagram.md', () => {
  it('equals a fresh generation from the machine', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'dialog-diagram.md'), 'utf8');
    expect(committed).toBe(diagramPage());
  });

  it('names every state and draws every targeted transition', () => {
    const diagram = mermaidDiagram();
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const name of STATE_NAMES) expect(diagram).toContain(`  state ${name}\n`);
    expect(diagram).toContain('[*] --> welcome');
    expect(diagram).toMatch(/diagnose --> serverProblem : PROBE_RESULT \[halnetProblem\]/);
    expect(diagram).toMatch(/anyState --> handoffRequested : HUMAN/);
    for (const info of machineTransitions()) {
      if (info.target !== null && info.source !== '*')
        expect(diagram).toContain(`${info.source} --> ${info.target} :`);
    }
  });
});
