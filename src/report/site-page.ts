// One institution's page: its place among its peers, the fixes that would raise its index most,
// every finding with example URLs, and Lighthouse page by page (and every audited page, sortable).
import {
  type CheckResult,
  dimensions as dimensionOrder,
  lighthouseCategories,
  type LighthousePageResult,
  type PeerComparison,
  type PeersFile,
  type PerformanceVariability,
  type SiteResult,
} from '../model/index.js';
import { explainCheckResult } from '../checks/explain.js';
import { IndexVersionMismatchError, placeAmongPeers } from '../peers/index.js';
import { pairedBars, wrapLabel, type Chart } from './charts.js';
import { lighthouseError, lighthouseReason, problemTexts, renderingReason, siteReason, trapDescription } from './crawl-texts.js';
import { rankFixes } from './index-definition.js';
import { categoryLabels, formFactorLabels, kindLabels, labelOf, outcomeLabels, pageTypeLabels, statusLabels } from './labels.js';
import { stratumTitle } from './peer-groups.js';
import { auditedPages, type AuditedPages } from './audited-pages.js';
import { crawledLink, type CrawledLink } from './crawled-link.js';
import { peersSection, type PeersSection } from './peers-section.js';
import type { ReportContext } from './report-context.js';
import { peerPlace, type SiteSummary } from './study-summary.js';

export interface SitePage {
  name: string;
  website: CrawledLink;
  facts: { label: string; value: string }[];
  notAudited?: string;
  indexSentence?: string;
  /** What to know to read the index (e.g. performance computed without Lighthouse). */
  indexNotes: string[];
  place?: {
    sentence: string;
    medianLabel: string;
    rows: { dimension: string; site: string; median: string; difference: string }[];
    chart: Chart;
  };
  fixes: {
    title: string;
    rationale: string;
    gain: string;
    level?: string;
    /** Most peers of the `--peers` study pass this check. */
    peerBacked?: string;
    status: string;
    evidence: string;
    examples: CrawledLink[];
  }[];
  /** The site among the peers of a published study (`--peers`). */
  peers?: PeersSection;
  findings: { dimension: string; rows: FindingRow[] }[];
  lighthouse: LighthouseRow[];
  lighthouseColumns: string[];
  showSpread: boolean;
  /** Every audited page with its scores, metrics and failed checks, one pre-sorted table per column. */
  auditedPages?: AuditedPages;
  /** What the crawl noted: notes on its course, JavaScript rendering, robots.txt and sitemap problems, traps. */
  crawlNotes: { heading: string; items: string[] }[];
  /** How far performance moved between runs of the same page (several runs per page only). */
  performanceVariability?: string;
}

export interface FindingRow {
  title: string;
  status: string;
  statusClass: string;
  value: string;
  evidence: string;
  pages: string;
  examples: CrawledLink[];
}

export interface LighthouseRow {
  page: CrawledLink;
  pageType: string;
  reason: string;
  formFactor: string;
  runs: string;
  scores: string[];
  metrics: string;
  spread: string;
  error: string;
}

/** Fixes listed on a page, at most. */
const maxFixes = 10;

/** Made once: a new Intl.PluralRules per fix cost more than the rest of the fix's text. */
const pluralRules = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

export async function sitePage(context: ReportContext, result: SiteResult, site: SiteSummary): Promise<SitePage> {
  const peers = placed(result, context.peers);
  const { t, format, lang } = context;
  const { institution, crawl } = result;
  const facts = [
    { label: t('kind'), value: labelOf(kindLabels, institution.kind, lang) },
    { label: t('stratum'), value: institution.stratum ? stratumTitle(institution.stratum).title[lang] : '—' },
    { label: t('population'), value: format.number(institution.population) },
    { label: t('departement'), value: institution.departement ?? '—' },
    { label: t('outcome'), value: labelOf(outcomeLabels, site.outcome, lang) },
    { label: t('pagesCrawled'), value: format.number(crawl.pagesCrawled) },
    { label: t('htmlPages'), value: format.number(crawl.htmlPages) },
    { label: t('documents'), value: format.number(crawl.documents) },
    { label: t('renderedWith'), value: t(crawl.renderedWith === 'browser' ? 'renderedWith_browser' : 'renderedWith_http') },
  ];
  const page: SitePage = {
    name: institution.name,
    website: crawledLink(institution.url),
    facts,
    fixes: [],
    indexNotes: [],
    findings: findingsByDimension(context, result.checks),
    lighthouse: result.lighthouse.pages.map((entry) => lighthouseRow(context, entry)),
    lighthouseColumns: lighthouseCategories.map((category) => labelOf(categoryLabels, category, lang)),
    showSpread: result.lighthouse.pages.some((entry) => entry.runs.length > 1),
    auditedPages: auditedPages(context, result),
    crawlNotes: crawlNotes(context, result),
    performanceVariability: variabilitySentence(context, result.lighthouse.performanceVariability),
  };
  const index = result.index;
  if (!index) {
    page.notAudited = t('siteNotAudited', { outcome: labelOf(outcomeLabels, site.outcome, lang), reason: siteReason(result, lang) }).trim();
    return page;
  }
  page.indexSentence = t('siteIndexSentence', {
    score: format.number(index.score),
    level: index.level,
    label: context.levelLabel(index.level),
  });
  page.indexNotes = (index.notes ?? []).map((note) => note[lang]);
  const ranked = rankFixes(result.checks, result.lighthouse.pages, index, result.visibility);
  // What most peers already do comes first, most widely done first; then the rest by gain.
  const peerShare = new Map((peers?.peerBackedFixes ?? []).map((fix, order) => [fix.checkId, { share: fix.passingShare, order }]));
  const peerOrder = (id: string) => peerShare.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  page.fixes = [...ranked]
    .sort((a, b) => peerOrder(a.check.id) - peerOrder(b.check.id))
    .slice(0, maxFixes)
    .map((fix) => ({
      title: context.checkTitle(fix.check.id),
      rationale: context.checkMeta(fix.check.id)?.rationale[lang] ?? '',
      gain: t(pluralRules[lang].select(Math.abs(fix.gain)) === 'one' ? 'pointGain' : 'pointsGain', {
        gain: format.signed(fix.gain, 1),
      }),
      ...(fix.index.level > index.level
        ? { level: t('levelWouldBecome', { level: fix.index.level, label: context.levelLabel(fix.index.level) }) }
        : {}),
      ...(peerShare.has(fix.check.id)
        ? { peerBacked: t('peerBackedFix', { share: format.percent(peerShare.get(fix.check.id)?.share) }) }
        : {}),
      status: labelOf(statusLabels, fix.check.status, lang),
      evidence: explainCheckResult(fix.check, lang),
      examples: fix.check.examples.map(crawledLink),
    }));
  page.place = await placeInGroup(context, site, index.dimensions);
  if (peers) page.peers = peersSection(context, peers);
  return page;
}

async function placeInGroup(
  context: ReportContext,
  site: SiteSummary,
  siteDimensions: Record<string, number | null>,
): Promise<SitePage['place']> {
  const { t, format, lang, summary } = context;
  const place = peerPlace(summary, site);
  if (!place || site.score === null) return undefined;
  const median = place.median ?? 0;
  const position = t(site.score > median ? 'placeAbove' : site.score < median ? 'placeBelow' : 'placeEqual');
  const percentile = format.number(place.percentile);
  const groupLabel = place.group.identity.label[lang];
  let sentence: string;
  if (place.reference === 'group') {
    sentence = t('placeSentence', {
      group: groupLabel,
      n: format.number(place.group.audited),
      percentile,
      position,
      median: format.number(place.median, 1),
    });
  } else {
    const all = t('placeAll', { n: format.number(summary.all.audited), percentile, position, median: format.number(place.median, 1) });
    sentence =
      place.group === summary.all
        ? all
        : `${t('placeTooSmall', { group: groupLabel, n: format.number(place.group.audited), all: format.number(summary.all.audited) })} ${all}`;
  }
  const medianLabel = t(place.reference === 'group' ? 'groupMedian' : 'studyMedian');
  const dimensions = orderedDimensions(siteDimensions);
  const rows = dimensions.map((dimension) => {
    const value = siteDimensions[dimension] ?? null;
    const reference = place.dimensionMedians[dimension] ?? null;
    return {
      dimension: context.dimensionName(dimension),
      site: format.number(value),
      median: format.number(reference, 1),
      difference: value === null || reference === null ? '—' : format.signed(value - reference, 1),
    };
  });
  const series: [string, string] = [t('thisSite'), medianLabel];
  const chartRows = dimensions.flatMap((dimension, order) => [
    { category: wrapLabel(context.dimensionName(dimension)), order, series: series[0], value: siteDimensions[dimension] ?? 0 },
    { category: wrapLabel(context.dimensionName(dimension)), order, series: series[1], value: place.dimensionMedians[dimension] ?? 0 },
  ]);
  const chart = await context.charts.render(
    'chart-dimensions',
    pairedBars(t('index'), series),
    chartRows,
    {
      title: t('dimensionsChartTitle', { reference: t(place.reference === 'group' ? 'referenceGroup' : 'referenceStudy') }),
      alt: t('dimensionsChartAlt', {
        summary: rows
          .map((row) => t('dimensionsSummaryItem', { dimension: row.dimension, site: row.site, median: row.median }))
          .join(lang === 'fr' ? ' ; ' : '; '),
      }),
    },
    {
      columns: [t('dimension'), series[0], series[1], t('difference')],
      rows: rows.map((row) => [row.dimension, row.site, row.median, row.difference]),
    },
    // Drawn on every page with other lengths: bars Vega drew once are reused (the same SVG).
    { valueField: 'value', domain: [0, 100] },
  );
  return { sentence, medianLabel, rows, chart };
}

function orderedDimensions(values: Record<string, number | null>): string[] {
  const known = dimensionOrder.filter((dimension) => dimension in values);
  const others = Object.keys(values)
    .filter((dimension) => !(dimensionOrder as readonly string[]).includes(dimension))
    .sort();
  return [...known, ...others];
}

function findingsByDimension(context: ReportContext, checks: CheckResult[]): SitePage['findings'] {
  const groups = new Map<string, FindingRow[]>();
  const sorted = [...checks].sort((a, b) => context.checkOrder(a.id) - context.checkOrder(b.id));
  for (const check of sorted) {
    const rows = groups.get(check.dimension) ?? [];
    rows.push(findingRow(context, check));
    groups.set(check.dimension, rows);
  }
  return orderedDimensions(Object.fromEntries([...groups.keys()].map((dimension) => [dimension, null]))).map((dimension) => ({
    dimension: context.dimensionName(dimension),
    rows: groups.get(dimension) ?? [],
  }));
}

function findingRow(context: ReportContext, check: CheckResult): FindingRow {
  const { format, lang } = context;
  let value = '—';
  if (check.scope === 'page' && typeof check.value === 'number') value = format.percent(check.value);
  else if (typeof check.value === 'number') value = format.number(check.value, 2);
  else if (typeof check.value === 'boolean') value = context.t(check.value ? 'yesShort' : 'noShort');
  else if (typeof check.value === 'string') value = check.value;
  return {
    title: context.checkTitle(check.id),
    status: labelOf(statusLabels, check.status, lang),
    statusClass: `status-${check.status}`,
    value,
    evidence: explainCheckResult(check, lang),
    pages:
      check.scope === 'page' && check.pagesChecked > 0
        ? `${format.number(check.pagesAffected)} / ${format.number(check.pagesChecked)}`
        : '—',
    examples: check.examples.map(crawledLink),
  };
}

function variabilitySentence(context: ReportContext, variability: PerformanceVariability | undefined): string | undefined {
  if (!variability) return undefined;
  const points = (value: number) => context.format.number(Math.round(value * 100));
  return context.t('performanceVariability', {
    pages: context.format.number(variability.pagesMeasured),
    runs: context.format.number(variability.runsPerPage),
    median: points(variability.medianSpread),
    largest: points(variability.largestSpread),
    url: variability.largestSpreadUrl,
  });
}

function lighthouseRow(context: ReportContext, entry: LighthousePageResult): LighthouseRow {
  const { format, lang } = context;
  const score = (value: number | null | undefined) => (value === null || value === undefined ? '—' : format.number(value * 100));
  const metrics = entry.metrics;
  const metricText = [
    `LCP ${format.milliseconds(metrics.lcp)}`,
    `FCP ${format.milliseconds(metrics.fcp)}`,
    `TBT ${format.milliseconds(metrics.tbt)}`,
    `CLS ${format.number(metrics.cls, 3)}`,
    `Speed Index ${format.milliseconds(metrics.speedIndex)}`,
    `TTFB ${format.milliseconds(metrics.serverResponseTime)}`,
  ].join(' · ');
  return {
    page: crawledLink(entry.url),
    pageType: labelOf(pageTypeLabels, entry.pageType, lang),
    reason: lighthouseReason(entry, lang),
    formFactor: labelOf(formFactorLabels, entry.formFactor, lang),
    runs: format.number(entry.runs.length),
    scores: lighthouseCategories.map((category) => score(entry.scores[category])),
    metrics: entry.error ? '—' : metricText,
    spread:
      entry.runs.length > 1
        ? lighthouseCategories.map((category) => `${labelOf(categoryLabels, category, lang)} ${score(entry.spread[category])}`).join(' · ')
        : '—',
    error: entry.error ? `${context.t('colon', { label: entry.error.code })} ${lighthouseError(entry, lang)}` : '',
  };
}

/** Items of one group of crawl notes shown at most; the rest are counted. */
const maxNotes = 10;

function crawlNotes(context: ReportContext, result: SiteResult): SitePage['crawlNotes'] {
  const { t, format, lang } = context;
  const { crawl } = result;
  const capped = (items: string[]) =>
    items.length > maxNotes ? [...items.slice(0, maxNotes), t('moreNotes', { count: format.number(items.length - maxNotes) })] : items;
  const groups = [
    // A site not audited says why in its first paragraph already.
    { heading: t('crawlNotesCourse'), items: result.index && result.reason ? [siteReason(result, lang)] : [] },
    { heading: t('crawlNotesRendering'), items: crawl.rawVsRendered?.reason ? [renderingReason(crawl.rawVsRendered, lang)] : [] },
    { heading: t('crawlNotesRobots'), items: problemTexts(crawl.robotsTxt.problems, crawl.robotsTxt.problemMessages, lang) },
    {
      heading: t('crawlNotesSitemaps'),
      items: crawl.sitemaps.flatMap((sitemap) =>
        problemTexts(sitemap.errors, sitemap.errorMessages, lang).map((error) => t('sitemapNote', { url: sitemap.url, error })),
      ),
    },
    {
      heading: t('crawlNotesTraps'),
      items: crawl.traps.map((trap) =>
        t('trapNote', { trap: trapDescription(trap, lang), skipped: format.number(trap.skipped), example: trap.example }),
      ),
    },
  ];
  return groups.filter((group) => group.items.length > 0).map((group) => ({ heading: group.heading, items: capped(group.items) }));
}

/**
 * The site among the `--peers` study's institutions, when given. One scored with another index
 * version is not placed: the command line refuses such a peers file before auditing, but a
 * resumed study may keep results of an earlier version.
 */
function placed(result: SiteResult, peers: PeersFile | undefined): PeerComparison | undefined {
  if (!peers) return undefined;
  try {
    return placeAmongPeers(result, peers);
  } catch (error) {
    if (error instanceof IndexVersionMismatchError) return undefined;
    throw error;
  }
}
