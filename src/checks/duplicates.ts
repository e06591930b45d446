// Grouping pages that share a value: the common core of the duplicate checks.
import { statusForShare } from './run.js';
import type { Finding, PageFacts } from '../model/index.js';
import { share } from './site-lookup.js';

/** Groups of two or more pages with the same key. */
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
 * decides. Its message is the check's `duplicated`, with `{duplicated}` pages of `{considered}`
 * sharing `{shared}` (what `shared` says of the largest group, e.g. its title).
 */
export function duplicatesFinding(
  groups: PageFacts[][],
  considered: number,
  shared: (group: PageFacts[]) => string,
): Finding<'duplicated'> {
  const duplicated = groups.reduce((sum, group) => sum + group.length, 0);
  const uniqueShare = share(considered - duplicated, considered);
  if (groups.length === 0) return { status: 'pass', value: 0 };
  const largest = [...groups].sort((a, b) => b.length - a.length)[0]!;
  return {
    status: statusForShare(uniqueShare),
    message: 'duplicated',
    values: { duplicated, considered, shared: shared(largest) },
    value: duplicated,
    examples: largest.map((page) => page.url),
  };
}
