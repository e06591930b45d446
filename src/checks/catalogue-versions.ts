// Versions of the check catalogue, as `muniseo rescore` needs them: a stored study's index can be
// recomputed under the current definition only from check results the current catalogue would
// give again. A change to what a check finds (not to its weight, which is scoring) bumps
// `catalogueVersion` and lists the check here; a study audited before it needs a new crawl.

/** Version of the catalogue's verdicts, recorded with every study (`StudyMeta.catalogueVersion`). */
export const catalogueVersion = 2;

export interface CatalogueChange {
  /** The catalogue version this change introduced. */
  version: number;
  /** Checks whose verdicts changed: results stored before `version` no longer say what they would say now. */
  checks: string[];
}

/** Every change since version 1, oldest first. */
export const catalogueChanges: readonly CatalogueChange[] = [
  {
    // Intent signals that CMS and SEO-plugin defaults cannot pass (issue 12); `cms` also reads the
    // platform a credit names. `open-graph-image` left the catalogue (og:image counts in open-graph).
    version: 2,
    checks: [
      'cms',
      'descriptions-written-per-page',
      'robots-txt-declares-sitemap',
      'search-engine-verification',
      'seo-plugin',
      'structured-data-institution',
    ],
  },
];

/** Checks changed since a study audited under catalogue `since` (version 1 when the study did not record one). */
export function checksChangedSince(since: number, changes: readonly CatalogueChange[] = catalogueChanges): string[] {
  return [...new Set(changes.filter((change) => change.version > since).flatMap((change) => change.checks))].sort();
}
