// Which Lighthouse audits muniseo keeps, and so which ones an assertion may name. muniseo keeps the four
// category scores, the metrics' values per run, and which SEO and accessibility audits failed on the median
// run (src/lighthouse/run-record.ts); never a whole Lighthouse report.
import type { LighthouseMetrics } from '../model/index.js';

/** Lighthouse's metric audits and the metric muniseo keeps for each (its `numericValue`, per run). */
export const metricAudits: Readonly<Record<string, keyof LighthouseMetrics>> = {
  'first-contentful-paint': 'fcp',
  'largest-contentful-paint': 'lcp',
  'cumulative-layout-shift': 'cls',
  'total-blocking-time': 'tbt',
  'speed-index': 'speedIndex',
  'server-response-time': 'serverResponseTime',
  interactive: 'interactive',
};

export interface LighthouseAuditIds {
  /** SEO and accessibility audits: muniseo knows whether each passed on a page's median run. */
  verdicts: ReadonlySet<string>;
  /** Every audit of Lighthouse's categories, kept by muniseo or not. */
  all: ReadonlySet<string>;
}

let cached: LighthouseAuditIds | undefined;

/** The audit ids of the Lighthouse muniseo runs, read from its default configuration (loaded once, on demand). */
export async function lighthouseAuditIds(): Promise<LighthouseAuditIds> {
  if (cached) return cached;
  const { default: config } = await import('lighthouse/core/config/default-config.js');
  const categories = config.categories ?? {};
  const idsOf = (category: string) => (categories[category]?.auditRefs ?? []).map((ref) => ref.id);
  cached = {
    verdicts: new Set([...idsOf('seo'), ...idsOf('accessibility')]),
    all: new Set(Object.keys(categories).flatMap(idsOf)),
  };
  return cached;
}
