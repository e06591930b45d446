// data/sites.csv, checks.csv, pages.csv and lighthouse.csv: one row per institution, check,
// crawled page and Lighthouse page. Columns are documented in docs/report-exports.md; a test
// keeps the two in step. Rows are written as sites stream by, never held all in memory.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { explainCheckResult } from '../checks/explain.js';
import { BufferedFile } from './buffered-file.js';
import { formatCsvRow } from '../institutions/csv.js';
import { clusterOf, dimensions, lighthouseCategories, type SiteResult } from '../model/index.js';
import { lighthouseError, lighthouseReason, pageError, siteReason } from './crawl-texts.js';

export type CsvValue = string | number | boolean | null | undefined;

/** Dimensions with a column of their own in sites.csv. */
export const indexDimensions = dimensions.filter((dimension) => dimension !== 'public-sector');

const column = (name: string) => name.replace(/-/g, '_');

export const exportColumns = {
  'sites.csv': [
    'id',
    'name',
    'kind',
    'url',
    'insee',
    'siren',
    'population',
    'stratum',
    'departement',
    'region',
    'epci',
    'peer_group',
    'outcome',
    'reason',
    'reason_fr',
    'pages_crawled',
    'html_pages',
    'documents',
    'max_depth',
    'rendered_with',
    'crawl_duration_ms',
    'robots_txt',
    'sitemap_urls',
    'index',
    'level',
    'level_label_fr',
    'level_label_en',
    ...indexDimensions.map((dimension) => `index_${column(dimension)}`),
    'started_at',
    'finished_at',
    'cms',
    'cms_version',
    'seo_plugins',
    'theme',
    'platform',
    'vendor',
    'vendor_evidence',
    'cluster',
  ],
  'checks.csv': [
    'site_id',
    'check_id',
    'scope',
    'dimension',
    'status',
    'value',
    'message_id',
    'evidence',
    'evidence_fr',
    'pages_affected',
    'pages_checked',
    'examples',
  ],
  'pages.csv': [
    'site_id',
    'url',
    'final_url',
    'status',
    'depth',
    'discovered_by',
    'content_type',
    'size',
    'truncated',
    'timing_ms',
    'rendered_with',
    'redirects',
    'title',
    'meta_description',
    'h1_count',
    'word_count',
    'canonical',
    'indexable',
    'error',
    'error_fr',
  ],
  'lighthouse.csv': [
    'site_id',
    'url',
    'page_type',
    'reason',
    'reason_fr',
    'form_factor',
    'runs',
    ...lighthouseCategories.map(column),
    ...lighthouseCategories.map((category) => `spread_${column(category)}`),
    'fcp_ms',
    'lcp_ms',
    'cls',
    'tbt_ms',
    'speed_index_ms',
    'server_response_time_ms',
    'failing_seo_audits',
    'failing_accessibility_audits',
    'lighthouse_version',
    'chromium_version',
    'error_code',
    'error_message',
    'error_message_fr',
  ],
} as const;

export type ExportFile = keyof typeof exportColumns;

/**
 * One CSV cell (RFC 4180). Crawled text that a spreadsheet would read as a formula (starting
 * with = + - @ or a control character) gets a leading apostrophe: the export is opened by
 * people, in spreadsheets, and a crawled title must not run there either.
 */
/** A value as the text of its cell; text a spreadsheet would run as a formula is prefixed with `'`. */
function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row of an export, as a CSV line without its line break. */
export function csvRow(values: readonly CsvValue[]): string {
  return formatCsvRow(values.map(cellText));
}

/** One cell, quoted as the CSV needs. */
export const csvCell = (value: CsvValue): string => csvRow([value]);

/** One row of sites.csv (also what `muniseo export --format csv` prints). */
export function sitesCsvRow(result: SiteResult, peerGroup: string): CsvValue[] {
  const { institution: site, crawl, index, attribution } = result;
  return [
    site.id,
    site.name,
    site.kind,
    site.url,
    site.insee,
    site.siren,
    site.population,
    site.stratum,
    site.departement,
    site.region,
    site.epci,
    peerGroup,
    result.outcome,
    result.reason,
    result.reason === undefined ? undefined : siteReason(result, 'fr'),
    crawl.pagesCrawled,
    crawl.htmlPages,
    crawl.documents,
    crawl.maxDepth,
    crawl.renderedWith,
    crawl.durationMs,
    crawl.robotsTxt.status,
    crawl.sitemaps.reduce((sum, sitemap) => sum + sitemap.urlCount, 0),
    index?.score,
    index?.level,
    index?.label.fr,
    index?.label.en,
    ...indexDimensions.map((dimension) => index?.dimensions[dimension]),
    result.startedAt,
    result.finishedAt,
    attribution?.cms?.id,
    attribution?.cms?.version,
    attribution?.seoPlugins.join(' '),
    attribution?.theme,
    attribution?.platform,
    attribution?.vendor?.name,
    attribution?.vendor?.evidence,
    attribution ? clusterOf(site.id, attribution) : undefined,
  ];
}

/** A CSV file whose every row has the header's width. */
class CsvFile {
  private readonly file: BufferedFile;

  constructor(
    readonly path: string,
    private readonly width: number,
    header: readonly string[],
  ) {
    this.file = new BufferedFile(path);
    this.write(header);
  }

  write(values: readonly CsvValue[]): void {
    if (values.length !== this.width) throw new Error(`${this.path}: row of ${values.length} cells, header has ${this.width}`);
    this.file.write(`${csvRow(values)}\r\n`);
  }

  close(): void {
    this.file.close();
  }
}

export class CsvExports {
  private readonly files: Record<ExportFile, CsvFile>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const open = (name: ExportFile) => new CsvFile(join(dataDir, name), exportColumns[name].length, exportColumns[name]);
    this.files = {
      'sites.csv': open('sites.csv'),
      'checks.csv': open('checks.csv'),
      'pages.csv': open('pages.csv'),
      'lighthouse.csv': open('lighthouse.csv'),
    };
  }

  get paths(): string[] {
    return Object.values(this.files).map((file) => file.path);
  }

  add(result: SiteResult, peerGroup: string): void {
    const site = result.institution;
    this.files['sites.csv'].write(sitesCsvRow(result, peerGroup));
    for (const check of result.checks) {
      this.files['checks.csv'].write([
        site.id,
        check.id,
        check.scope,
        check.dimension,
        check.status,
        check.value,
        check.message?.id,
        explainCheckResult(check, 'en'),
        explainCheckResult(check, 'fr'),
        check.pagesAffected,
        check.pagesChecked,
        check.examples.join(' '),
      ]);
    }
    for (const page of result.pages) {
      this.files['pages.csv'].write([
        site.id,
        page.url,
        page.finalUrl,
        page.status,
        page.depth,
        page.discoveredBy,
        page.contentType,
        page.size,
        page.truncated,
        page.timingMs,
        page.renderedWith,
        page.redirects,
        page.title,
        page.metaDescription,
        page.h1Count,
        page.wordCount,
        page.canonical,
        page.indexable,
        page.error,
        pageError(page, 'fr'),
      ]);
    }
    for (const page of result.lighthouse.pages) {
      this.files['lighthouse.csv'].write([
        site.id,
        page.url,
        page.pageType,
        page.reason,
        lighthouseReason(page, 'fr'),
        page.formFactor,
        page.runs.length,
        ...lighthouseCategories.map((category) => page.scores[category]),
        ...lighthouseCategories.map((category) => page.spread[category]),
        page.metrics.fcp,
        page.metrics.lcp,
        page.metrics.cls,
        page.metrics.tbt,
        page.metrics.speedIndex,
        page.metrics.serverResponseTime,
        page.failingSeoAudits.join(' '),
        page.failingAccessibilityAudits.join(' '),
        page.lighthouseVersion,
        page.chromiumVersion,
        page.error?.code,
        page.error?.message,
        lighthouseError(page, 'fr'),
      ]);
    }
  }

  close(): void {
    for (const file of Object.values(this.files)) file.close();
  }
}
