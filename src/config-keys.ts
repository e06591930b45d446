// Unknown keys in a configuration the user wrote: zod strips them silently, which turns a typo
// (`maxPage`) into a default (200 pages). They are found here, each with the closest valid key.
import { z } from 'zod';

export interface UnknownKey {
  /** Dotted path, e.g. `crawl.maxPage`. */
  path: string;
  /** The valid key at that level closest to the one written, when one is close enough. */
  suggestion?: string;
}

/** The object schema behind optional/default wrappers, or undefined when the schema is not an object. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 5; depth += 1) {
    if (current instanceof z.ZodObject) return current.shape as Record<string, z.ZodType>;
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Every key of `value` that `schema` does not know, depth first, in the order written. */
export function unknownKeys(value: unknown, schema: z.ZodType, prefix = ''): UnknownKey[] {
  const shape = objectShape(schema);
  if (!shape || typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const known = Object.keys(shape);
  const found: UnknownKey[] = [];
  for (const [key, nested] of Object.entries(value)) {
    const path = `${prefix}${key}`;
    const field = shape[key];
    if (!field) {
      const suggestion = closest(key, known);
      found.push({ path, ...(suggestion ? { suggestion: `${prefix}${suggestion}` } : {}) });
    } else {
      found.push(...unknownKeys(nested, field, `${path}.`));
    }
  }
  return found;
}

/** The candidate nearest to `word` by edit distance (case-insensitive), if within a third of its length. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.ceil(word.length / 3)) ? best.candidate : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** One line per unknown key: `unknown key "crawl.maxPage" (did you mean "crawl.maxPages"?)`. */
export function describeUnknownKeys(keys: UnknownKey[]): string {
  return keys.map((key) => `unknown key "${key.path}"${key.suggestion ? ` (did you mean "${key.suggestion}"?)` : ''}`).join('\n');
}
