// What a study audited under an earlier catalogue can no longer stand for: rescore refuses it by name.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import { catalogueVersion, checksChangedSince } from '../../src/checks/catalogue-versions.js';

describe('catalogue version 2: intent signals that defaults cannot pass', () => {
  it('names every check whose verdict changed since version 1, and no check of version 2’s own studies', () => {
    expect(catalogueVersion).toBe(2);
    expect(checksChangedSince(1)).toEqual([
      'cms',
      'descriptions-written-per-page',
      'robots-txt-declares-sitemap',
      'search-engine-verification',
      'seo-plugin',
      'structured-data-institution',
    ]);
    expect(checksChangedSince(2)).toEqual([]);
  });

  it('drops open-graph-image (og:image counts in open-graph only), which rescore sees as a removed check', () => {
    expect(catalogue.map((check) => check.id)).not.toContain('open-graph-image');
    expect(catalogue.find((check) => check.id === 'open-graph')?.dimension).toBe('rich-results');
  });
});
