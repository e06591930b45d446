// The study report: a static site in the study folder (index.html, sites/*.html, compare.html),
// its exports (data/*.csv, results.json) and, on request, report.pdf.
// Two streaming passes over the stored results: the first gathers figures and writes the CSV
// exports, the second writes one page per institution, placed among its peers.
import { closeSync, copyFileSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { pathInStudy } from '../store/study-folder.js';
import type { StudyStore } from '../store/study-store.js';
import { CsvExports, exportColumns } from './csv-exports.js';
import { compareEditions, readEarlierEdition, type Comparison } from './editions.js';
import { methodology } from './methodology.js';
import { printPdf } from './pdf.js';
import { reportContext, type ReportContext } from './report-context.js';
import { keepReportFiles, readReportFiles, replaceReportFiles } from './report-files.js';
import { writeStudyJson } from './results-json.js';
import { sitePage } from './site-page.js';
import {
  answerSection,
  failingSection,
  groupsSection,
  institutionRows,
  intentRows,
  notAuditedSection,
  publicSectorThemes,
} from './study-findings.js';
import { StudySummaryBuilder, maturityLevels } from './study-summary.js';
import { loadTemplates, stylesheetPath, type PageTemplates } from './templates.js';
import { keyPracticesSection, registryNoWebsite, uncertaintySection } from './uncertainty-sections.js';
import { vendorsSection } from './vendors-section.js';
import type { NoWebsiteCount, StoredAgreement } from '../store/study-store.js';

export interface ReportOptions {
  /** The study folder (holding study.sqlite); the report is written into it. */
  studyDir: string;
  lang: 'fr' | 'en';
  /** Also print the index to report.pdf with the system Chromium. */
  pdf?: boolean;
  /** Folder of another study (holding study.sqlite) to compare with. */
  compareWith?: string;
  /** Chromium for the PDF; default: findChrome(). */
  chromePath?: string;
  /** Peer-group columns of the sites file (as `sites --group-by`); default: the study's setting, else kind × stratum. */
  groupBy?: string;
}

export interface WrittenReport {
  indexPath: string;
  /** Every file written, index first. */
  files: string[];
  pdfPath?: string;
}

const downloads = ['data/sites.csv', 'data/checks.csv', 'data/pages.csv', 'data/lighthouse.csv', 'results.json', 'study.sqlite'];

export async function writeReport(store: StudyStore, options: ReportOptions): Promise<WrittenReport> {
  const meta = store.readMeta();
  if (!meta) throw new Error(`no study in ${store.path}`);
  const dir = options.studyDir;
  const inStudy = (relativePath: string) => pathInStudy(dir, relativePath);
  mkdirSync(inStudy('sites'), { recursive: true });
  const previousFiles = readReportFiles(dir);
  const files: string[] = [];
  let finished = false;

  const groupBy = options.groupBy ?? groupBySetting(meta.config);
  const builder = new StudySummaryBuilder(groupBy);
  for (const name of Object.keys(exportColumns)) inStudy(`data/${name}`);
  const exports = new CsvExports(inStudy('data'));
  try {
    for (const result of store.siteResults()) exports.add(result, builder.add(result).groupKey);
  } finally {
    exports.close();
  }
  const summary = builder.finish();
  const context = reportContext(options.lang, meta, summary);
  const templates = loadTemplates(options.lang);
  try {
    const comparison = options.compareWith ? await compareEditions(context, readEarlierEdition(options.compareWith)) : undefined;
    const indexPath = inStudy('index.html');
    const noWebsite = registryNoWebsite(store.registryImports());
    const agreement = store.agreement();
    writeFileSync(indexPath, await indexPage(context, templates, comparison, store.counts().pending, noWebsite, agreement));
    files.push(indexPath);

    const byId = new Map(summary.sites.map((site) => [site.id, site]));
    for (const result of store.siteResults()) {
      const site = byId.get(result.institution.id);
      if (!site) continue;
      const path = inStudy(`sites/${site.fileName}.html`);
      const page = await sitePage(context, result, site);
      writeFileSync(
        path,
        templates.render('site', {
          ...frame(context, '../', `${page.name} — ${context.t('reportTitle', { name: meta.name })}`),
          site: page,
        }),
      );
      files.push(path);
    }

    if (comparison) {
      const path = inStudy('compare.html');
      writeFileSync(path, templates.render('compare', { ...frame(context, '', comparison.title), comparison }));
      files.push(path);
    }

    const cssPath = inStudy('report.css');
    copyFileSync(stylesheetPath, cssPath);
    const resultsPath = inStudy('results.json');
    writeJsonFile(resultsPath, (write) => writeStudyJson(write, meta, store.siteResults()));
    files.push(cssPath, ...exports.paths, resultsPath);

    const report: WrittenReport = { indexPath, files };
    if (options.pdf) {
      const pdfPath = inStudy('report.pdf');
      await printPdf(indexPath, pdfPath, {
        chromePath: options.chromePath,
        header: meta.fictional ? context.t('fictionalNotice') : undefined,
      });
      files.push(pdfPath);
      report.pdfPath = pdfPath;
    }
    // Pages of institutions no longer in the study must not linger from an earlier report.
    replaceReportFiles(dir, previousFiles, files);
    finished = true;
    return report;
  } finally {
    if (!finished) keepReportFiles(dir, previousFiles, [...exports.paths, ...files]);
    context.charts.finalize();
  }
}

/** What every page shows around its content. */
function frame(context: ReportContext, root: string, pageTitle: string) {
  return {
    lang: context.lang,
    root,
    pageTitle,
    tool: `${context.meta.tool.name} ${context.meta.tool.version}`,
    fictional: context.meta.fictional === true,
    generatedBy: context.t('generatedBy', { tool: context.meta.tool.name, version: context.meta.tool.version }),
  };
}

async function indexPage(
  context: ReportContext,
  templates: PageTemplates,
  comparison: Comparison | undefined,
  pending: number,
  noWebsite: readonly NoWebsiteCount[],
  agreement: StoredAgreement | undefined,
): Promise<string> {
  const { t, format, meta } = context;
  const period = meta.finishedAt
    ? t('studyPeriod', { start: format.date(meta.startedAt), end: format.date(meta.finishedAt) })
    : t('studyUnfinished', { start: format.date(meta.startedAt), pending: format.number(pending) });
  const levelNames = maturityLevels.map((level) => context.levelName(level));
  return templates.render('index', {
    ...frame(context, '', t('reportTitle', { name: meta.name })),
    period,
    levelNames,
    // A too-small group's note spans the level columns, the median and the IQR.
    tooSmallColspan: levelNames.length + 2,
    keyPractices: keyPracticesSection(context),
    answer: await answerSection(context),
    uncertainty: uncertaintySection(context, noWebsite),
    groups: await groupsSection(context),
    vendors: vendorsSection(context),
    failing: await failingSection(context),
    intent: intentRows(context),
    publicSector: publicSectorThemes(context),
    notAudited: notAuditedSection(context),
    comparison,
    institutions: institutionRows(context),
    methodology: methodology(context, agreement),
    downloads,
  });
}

function groupBySetting(config: unknown): string | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const value = (config as Record<string, unknown>)['groupBy'];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function writeJsonFile(path: string, produce: (write: (chunk: string) => void) => void): void {
  const fd = openSync(path, 'w');
  try {
    produce((chunk) => writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
}
