// The little XML the files need, written by hand so the output is stable byte for byte: text
// escaping, and Apple's property-list XML for the values a profile holds.

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type PlistValue =
  | string
  | number
  | boolean
  | Uint8Array
  | PlistValue[]
  | { [key: string]: PlistValue };

const PLIST_HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
  '<plist version="1.0">\n';

/** A property list in Apple's XML form; dictionary keys keep their insertion order. */
export function plistXml(root: PlistValue): string {
  return `${PLIST_HEADER}${plistValue(root, 0)}\n</plist>\n`;
}

function plistValue(value: PlistValue, depth: number): string {
  const pad = '\t'.repeat(depth);
  if (typeof value === 'string') return `${pad}<string>${escapeXml(value)}</string>`;
  if (typeof value === 'boolean') return `${pad}<${value}/>`;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new TypeError('plistXml: integers only');
    return `${pad}<integer>${value}</integer>`;
  }
  if (value instanceof Uint8Array) {
    // Base64 in lines of 52 characters, as Apple's tools write <data>.
    const lines =
      Buffer.from(value)
        .toString('base64')
        .match(/.{1,52}/g) ?? [];
    return [`${pad}<data>`, ...lines.map((line) => `${pad}${line}`), `${pad}</data>`].join('\n');
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return `${pad}<array/>`;
    return [`${pad}<array>`, ...value.map((item) => plistValue(item, depth + 1)), `${pad}</array>`].join(
      '\n',
    );
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return `${pad}<dict/>`;
  return [
    `${pad}<dict>`,
    ...entries.flatMap(([key, item]) => [
      `${pad}\t<key>${escapeXml(key)}</key>`,
      plistValue(item, depth + 1),
    ]),
    `${pad}</dict>`,
  ].join('\n');
}
