// What a check says about a page or a site, and the check result a site stores.
export type FindingStatus = 'pass' | 'warn' | 'fail' | 'na';

export interface Finding {
  status: FindingStatus;
  /** A measured value (a length, a count, a share). */
  value?: number | string | boolean;
  /** Why, in a sentence a site owner can act on. */
  evidence?: string;
  /** Example URLs (site checks). */
  examples?: string[];
}

/** Dimensions of the SEO practice index; `public-sector` facts are reported beside it, never inside. */
export const dimensions = ['indexability', 'on-page', 'rich-results', 'performance', 'intent', 'public-sector'] as const;
export type Dimension = (typeof dimensions)[number];

/** A check's result for one site: page checks are aggregated over the site's pages. */
export interface CheckResult {
  id: string;
  scope: 'page' | 'site';
  dimension: Dimension;
  status: FindingStatus;
  value?: number | string | boolean;
  evidence?: string;
  /** Page checks: pages that warn or fail. */
  pagesAffected: number;
  /** Page checks: pages the check applied to. */
  pagesChecked: number;
  examples: string[];
}

/** Each check's weight in its dimension, by check id: what scoring needs of the catalogue. */
export type CheckWeights = ReadonlyMap<string, number>;
