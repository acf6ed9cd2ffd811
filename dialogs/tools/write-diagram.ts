// `npm run docs:diagram`: writes docs/dialog-diagram.md from the machine's definition.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diagramPage } from './mermaid';

export const DIAGRAM_PATH = join(__dirname, '..', '..', 'docs', 'dialog-diagram.md');

mkdirSync(dirname(DIAGRAM_PATH), { recursive: true });
writeFileSync(DIAGRAM_PATH, diagramPage());
console.log(`wrote ${DIAGRAM_PATH}`);
