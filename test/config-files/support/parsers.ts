// The kept parsers the configuration files are checked with: `plist` (ESM only, so it runs in a
// Node child where ESM loads natively; jest here compiles to CommonJS) and @xmldom/xmldom's
// DOMParser in strict mode (any well-formedness error or warning throws).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, onWarningStopParsing } from '@xmldom/xmldom';

const ROOT = join(__dirname, '..', '..', '..');

/** Parses a property list with the `plist` package; <data> comes back as `{ base64 }`. */
export function parsePlist(xml: string): unknown {
  const script = `
    import { parse } from 'plist';
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const value = parse(input);
    process.stdout.write(JSON.stringify(value, (key, item) =>
      item instanceof Uint8Array ? { base64: Buffer.from(item).toString('base64') } : item));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    input: xml,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** Parses XML strictly: errors and warnings both fail. */
export function parseXmlStrict(xml: string, mimeType: 'text/xml' | 'application/xml' = 'text/xml'): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, mimeType);
}

/** The text of the only element named `name` under `parent` (throws when not exactly one). */
export function onlyText(parent: Document | import('@xmldom/xmldom').Element, name: string): string {
  const found = parent.getElementsByTagName(name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found.item(0)?.textContent ?? '';
}

export const TEST_CA_PEM = readFileSync(join(__dirname, '..', 'fixtures', 'test-ca.pem'), 'utf8');
export const GOLDEN_DIR = join(__dirname, '..', 'golden');
