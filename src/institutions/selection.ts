// Filters and sampling applied to an import, with the summary still accounting for every record.
import { exclusionOf, type InstitutionFilters } from './filters.js';
import { countByKindAndStratum } from './ledger.js';
import { stratifiedSample } from './sample.js';
import type { ImportResult } from './types.js';

export interface Selection {
  filters?: InstitutionFilters;
  sample?: { size: number; seed: string | number };
  /** Groups whose shares the sample keeps (default kind × stratum). */
  groupBy?: string;
}

export function selectInstitutions(result: ImportResult, selection: Selection): ImportResult {
  const skipped = { ...result.summary.skipped };
  const count = (category: string, n = 1) => {
    if (n > 0) skipped[category] = (skipped[category] ?? 0) + n;
  };
  let institutions = result.institutions.filter((institution) => {
    const flag = selection.filters ? exclusionOf(institution, selection.filters) : undefined;
    if (flag) count(`excluded by ${flag}`);
    return flag === undefined;
  });
  if (selection.sample) {
    const sampled = stratifiedSample(institutions, selection.sample.size, selection.sample.seed, selection.groupBy);
    count('not drawn in the sample', institutions.length - sampled.length);
    institutions = sampled;
  }
  // Institutions without a website pass the same filters; a sample is drawn among those with one,
  // and the count describes the registry as filtered, not the sample.
  const withoutWebsite = (result.withoutWebsite ?? []).filter(
    (institution) => !selection.filters || exclusionOf(institution, selection.filters) === undefined,
  );
  const { noWebsite: _counted, ...summary } = result.summary;
  const selected: ImportResult = { institutions, problems: result.problems, summary: { ...summary, kept: institutions.length, skipped } };
  if (withoutWebsite.length > 0) {
    selected.withoutWebsite = withoutWebsite;
    selected.summary.noWebsite = countByKindAndStratum(withoutWebsite);
  }
  return selected;
}
