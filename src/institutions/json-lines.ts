// JSON.parse says nothing about where a value was: this scan finds the line on which each
// element of the records array starts, so that problems in a JSON registry carry a line.

/**
 * Start lines of the elements of the records array: the top-level array when `recordsKey` is
 * undefined, else the array under that key of the top-level object. Assumes valid JSON.
 */
export function recordStartLines(text: string, recordsKey?: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let topLevelKey: string | undefined;
  let recordsDepth = -1;
  let expectRecord = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') {
        inString = false;
        if (depth === 1 && recordsKey !== undefined) topLevelKey = JSON.parse(text.slice(stringStart, i + 1)) as string;
      }
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') continue;
    if (expectRecord && char !== ']') {
      starts.push(line);
      expectRecord = false;
    }
    switch (char) {
      case '"':
        inString = true;
        stringStart = i;
        break;
      case '{':
        depth++;
        break;
      case '[':
        depth++;
        if (recordsDepth === -1 && (recordsKey === undefined ? depth === 1 : depth === 2 && topLevelKey === recordsKey)) {
          recordsDepth = depth;
          expectRecord = true;
        }
        break;
      case '}':
        depth--;
        break;
      case ']':
        if (depth === recordsDepth) {
          recordsDepth = -2; // done: later arrays are not records
          expectRecord = false;
        }
        depth--;
        break;
      case ',':
        if (depth === recordsDepth) expectRecord = true;
        break;
    }
  }
  return starts;
}
