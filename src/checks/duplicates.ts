// Grouping pages that share a value: the common core of the duplicate checks.
import { statusForShare } from './run.js';
import { type Finding, isIndexable, type PageFacts, resolvedCanonical, urlKey } from '../model/index.js';
import { share } from './site-lookup.js';

/**
 * Pages a search engine would index under their own URL: no noindex, and a canonical that is the
 * page itself, or none. Only these compete as duplicates: a page with noindex, or canonicalised
 * to another URL, already tells engines which URL to keep (Google, "Consolidate duplicate URLs").
 */
export function indexedUnderOwnUrl(pages: readonly PageFacts[]): PageFacts[] {
  return pages.filter((page) => {
    if (!isIndexable(page)) return false;
    const canonical = resolvedCanonical(page);
    return canonical === undefined || canonical === urlKey(page.url);
  });
}

/** Groups of two or more pages with the same key (pages without a key are left out), in order of first appearance. */
export function duplicateGroups(pages: PageFacts[], key: (page: PageFacts) => string | undefined): PageFacts[][] {
  const groups = new Map<string, PageFacts[]>();
  for (const page of pages) {
    const value = key(page);
    if (!value) continue;
    groups.set(value, [...(groups.get(value) ?? []), page]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * A finding from duplicate groups among `considered` pages: the share of pages that are unique
 * decides. Its message is the check's `duplicated`, with `{duplicated}` pages of `{considered}`,
 * and `{shared}`, what `shared` quotes of the largest group (its title, its description) when
 * the check gives `shared`. The largest group's pages are the examples.
 */
export function duplicatesFinding(
  groups: PageFacts[][],
  considered: number,
  shared?: (group: PageFacts[]) => string,
): Finding<'duplicated'> {
  const duplicated = groups.reduce((sum, group) => sum + group.length, 0);
  const uniqueShare = share(considered - duplicated, considered);
  if (groups.length === 0) return { status: 'pass', value: 0 };
  const largest = [...groups].sort((a, b) => b.length - a.length)[0]!;
  return {
    status: statusForShare(uniqueShare),
    message: 'duplicated',
    values: { duplicated, considered, ...(shared ? { shared: shared(largest) } : {}) },
    value: duplicated,
    examples: largest.map((page) => page.url),
  };
}
