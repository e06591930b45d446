// Every page Lighthouse audited, as Unlighthouse lists a whole site: its four scores, LCP, CLS, TBT
// and the muniseo checks that fail on it. Sortable without script: one table per sort key, already
// sorted; each column heading links to the table sorted by that column, and the stylesheet shows the
// table the address targets (the one sorted by the worst score otherwise).
import { lighthouseCategories, type LighthouseCategory, type LighthousePageResult, type SiteResult } from '../model/index.js';
import { crawledLink, type CrawledLink } from './crawled-link.js';
import { categoryLabels, formFactorLabels, labelOf } from './labels.js';
import type { ReportContext } from './report-context.js';

/** Sort keys: the worst of the four scores, each score, each metric, the failed checks. */
const sortKeys = ['worst', ...lighthouseCategories, 'lcp', 'cls', 'tbt', 'checks'] as const;
type SortKey = (typeof sortKeys)[number];

export interface AuditedPageRow {
  page: CrawledLink;
  formFactor: string;
  scores: string[];
  lcp: string;
  cls: string;
  tbt: string;
  failedChecks: string[];
}

export interface AuditedPagesHeading {
  label: string;
  /** The table sorted by this column, when it is not this one. */
  href?: string;
  /** `descending` or `ascending` on the column this table is sorted by (aria-sort). */
  sort?: 'ascending' | 'descending';
  /** ▲ or ▼ beside the label of that column. */
  mark?: string;
}

export interface AuditedPagesTable {
  id: string;
  caption: string;
  /** Shown unless the address targets another table. */
  isDefault: boolean;
  headings: AuditedPagesHeading[];
  rows: AuditedPageRow[];
}

export interface AuditedPages {
  count: string;
  tables: AuditedPagesTable[];
}

interface Entry {
  result: LighthousePageResult;
  failedChecks: string[];
  row: AuditedPageRow;
}

/** Undefined when Lighthouse audited no page of the site. */
export function auditedPages(context: ReportContext, site: SiteResult): AuditedPages | undefined {
  if (site.lighthouse.pages.length === 0) return undefined;
  const failingByUrl = new Map<string, string[]>();
  for (const page of site.pages) {
    for (const url of [page.url, page.finalUrl]) if (page.failingChecks) failingByUrl.set(url, page.failingChecks);
  }
  const entries: Entry[] = site.lighthouse.pages.map((result) => {
    const failedChecks = failingByUrl.get(result.url) ?? [];
    return { result, failedChecks, row: row(context, result, failedChecks) };
  });
  return {
    count: context.format.number(entries.length),
    tables: sortKeys.map((key) => ({
      id: tableId(key),
      caption: context.t('auditedPagesSortedBy', { key: keyLabel(context, key) }),
      isDefault: key === 'worst',
      headings: headings(context, key),
      rows: [...entries].sort((a, b) => compare(key, a, b)).map((entry) => entry.row),
    })),
  };
}

function tableId(key: SortKey): string {
  return `audited-pages-by-${key}`;
}

function keyLabel(context: ReportContext, key: SortKey): string {
  if (key === 'worst') return context.t('auditedPagesWorstScore');
  if (key === 'checks') return context.t('auditedPagesFailedChecks');
  if (key === 'lcp' || key === 'cls' || key === 'tbt') return key.toUpperCase();
  return labelOf(categoryLabels, key, context.lang);
}

/** Scores ascending and metrics descending: the worst page first, whichever the column. */
function direction(key: SortKey): 'ascending' | 'descending' {
  return key === 'lcp' || key === 'cls' || key === 'tbt' || key === 'checks' ? 'descending' : 'ascending';
}

function headings(context: ReportContext, sortedBy: SortKey): AuditedPagesHeading[] {
  const current = (label: string, key: SortKey): AuditedPagesHeading => ({
    label,
    sort: direction(key),
    mark: direction(key) === 'ascending' ? '▲' : '▼',
  });
  const sortable = (key: SortKey): AuditedPagesHeading =>
    key === sortedBy ? current(keyLabel(context, key), key) : { label: keyLabel(context, key), href: `#${tableId(key)}` };
  // The page column leads to the default order, by the worst score.
  const page: AuditedPagesHeading =
    sortedBy === 'worst' ? current(context.t('page'), 'worst') : { label: context.t('page'), href: `#${tableId('worst')}` };
  return [
    page,
    { label: context.t('formFactor') },
    ...lighthouseCategories.map((category) => sortable(category)),
    sortable('lcp'),
    sortable('cls'),
    sortable('tbt'),
    sortable('checks'),
  ];
}

function value(key: SortKey, entry: Entry): number | null {
  const { scores, metrics } = entry.result;
  if (key === 'worst') {
    const known = lighthouseCategories.map((category) => scores[category]).filter((score): score is number => typeof score === 'number');
    return known.length > 0 ? Math.min(...known) : null;
  }
  if (key === 'checks') return entry.failedChecks.length;
  if (key === 'lcp' || key === 'cls' || key === 'tbt') return metrics[key];
  return scores[key as LighthouseCategory];
}

/** Pages without a value (a Lighthouse error) last; ties by URL and form factor, so the order never varies. */
function compare(key: SortKey, a: Entry, b: Entry): number {
  const left = value(key, a);
  const right = value(key, b);
  if (left !== right) {
    if (left === null) return 1;
    if (right === null) return -1;
    return direction(key) === 'ascending' ? left - right : right - left;
  }
  if (a.result.url !== b.result.url) return a.result.url < b.result.url ? -1 : 1;
  return a.result.formFactor < b.result.formFactor ? -1 : a.result.formFactor > b.result.formFactor ? 1 : 0;
}

function row(context: ReportContext, result: LighthousePageResult, failedChecks: string[]): AuditedPageRow {
  const { format, lang } = context;
  const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : format.number(value * 100));
  return {
    page: crawledLink(result.url),
    formFactor: labelOf(formFactorLabels, result.formFactor, lang),
    scores: lighthouseCategories.map((category) => score(result.scores[category])),
    lcp: format.milliseconds(result.metrics.lcp),
    cls: format.number(result.metrics.cls, 3),
    tbt: format.milliseconds(result.metrics.tbt),
    failedChecks: failedChecks.map((id) => context.checkTitle(id)),
  };
}
