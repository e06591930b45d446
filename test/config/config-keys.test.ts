import { describe, expect, it } from 'vitest';
import { studyConfigSchema } from '../../src/config.js';
import { closest, describeUnknownKeys, unknownKeys } from '../../src/config-keys.js';

describe('unknown keys in a configuration file', () => {
  it('finds a misspelt key at any depth, with the closest valid key', () => {
    const keys = unknownKeys({ crawl: { maxPage: 5, maxDepth: 2 }, concurency: 3, lighthouse: { enable: false } }, studyConfigSchema);
    expect(keys).toEqual([
      { path: 'crawl.maxPage', suggestion: 'crawl.maxPages' },
      { path: 'concurency', suggestion: 'concurrency' },
      { path: 'lighthouse.enable', suggestion: 'lighthouse.enabled' },
    ]);
    expect(describeUnknownKeys(keys)).toContain('unknown key "crawl.maxPage" (did you mean "crawl.maxPages"?)');
  });

  it('accepts every key the schema knows, and suggests nothing for a key unlike any', () => {
    expect(
      unknownKeys({ crawl: { maxPages: 5, userAgent: 'x' }, lighthouse: { formFactor: 'desktop' }, groupBy: 'kind' }, studyConfigSchema),
    ).toEqual([]);
    expect(unknownKeys({ colour: 'blue' }, studyConfigSchema)).toEqual([{ path: 'colour' }]);
  });

  it('measures closeness case-insensitively and within a third of the word', () => {
    expect(closest('MAXPAGES', ['maxPages', 'maxDepth'])).toBe('maxPages');
    expect(closest('xyz', ['maxPages', 'maxDepth'])).toBeUndefined();
  });
});
