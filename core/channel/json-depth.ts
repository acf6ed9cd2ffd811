// How deeply a JSON text nests, read from the text itself (no recursion, so a body nested
// thousands deep cannot exhaust the stack here). Bodies nested past MAX_JSON_DEPTH are refused
// before anything recursive (validation, serialisation for the store) walks them.

/** Web Chat's deepest activities (adaptive card values, channelData) stay far below this. */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of arrays and objects in a JSON text (0 for a scalar). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === 0x5d || char === 0x7d) {
      depth--;
    }
  }
  return deepest;
}
