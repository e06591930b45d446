// The study report: a static site in the study folder (index.html, sites/*.html, compare.html),
// its exports (data/*.csv, results.json) and, on request, report.pdf.
//
// It scales to a national study (36,000 institutions) in memory that does not grow with the
// study: no list of results, pages or findings is ever held. Two streaming passes over the
// stored results, each result parsed, used and dropped, and a third for the data files:
//   1. every result feeds the aggregates (StudySummaryBuilder: a few numbers per institution,
//      counters and score lists per peer group);
//   2. once the aggregates are final, every result is read again and its institution's page is
//      written at once, placed among its peers (site-pages.ts); from 2,000 institutions on, worker
//      threads share this pass, each reading its own share of the study;
//   *. the CSV exports and results.json (data-files.ts), beside pass 1, in a thread of their own
//      from 2,000 institutions on.
// The index page is written from the aggregates alone, while the worker threads of pass 2 write
// their pages.
//
// How a new section gets its data: an index section, as an aggregate fed row by row in pass 1 —
// a field of StudySummaryBuilder (or an accumulator of its own whose `add(result)` is called
// beside `builder.add` below and whose `finish()` the section reads), kept to counts, sums and a
// few numbers per institution, never the result, its pages or its findings. A part of the
// institution page reads the result it is given in pass 2 and the aggregates (context.summary),
// which reach the page threads by structured cloning: plain data, Map and Set, no functions and no
// class whose methods the page needs. A chart drawn on every institution page goes through
// context.charts with `repeated` bars when it can (see RepeatedBars in charts.ts).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import type { PeersFile } from '../model/index.js';
import { pathInStudy } from '../store/study-folder.js';
import type { StudyStore } from '../store/study-store.js';
import { exportColumns } from './csv-exports.js';
import { dataFilePaths, type DataFilesJob, dataFilesThread, startDataFiles } from './data-files.js';
import { compareEditions, readEarlierEdition, type Comparison } from './editions.js';
import { methodology } from './methodology.js';
import { printPdf } from './pdf.js';
import { reportContext, type ReportContext } from './report-context.js';
import { keepReportFiles, readReportFiles, replaceReportFiles } from './report-files.js';
import { frame } from './page-frame.js';
import { pageThreads, writeSitePages } from './site-pages.js';
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
  /** A published study's peers file (`--peers`): each site page places the site among those peers. */
  peers?: PeersFile;
  /** Peer-group columns of the sites file (as `sites --group-by`); default: the study's setting, else kind × stratum. */
  groupBy?: string;
  /**
   * Threads writing the institutions' pages, this one included.
   * @default one per 2,000 institutions, at most one per core and 4
   */
  pageThreads?: number;
  /**
   * Whether the data files (data/*.csv, results.json) are written in a worker thread of their own.
   * @default from 2,000 institutions on
   */
  dataFilesThread?: boolean;
}

export interface WrittenReport {
  indexPath: string;
  /** Every file written, index first. */
  files: string[];
  pdfPath?: string;
  /** Institution pages each thread wrote, this one first. */
  pagesByThread: number[];
  /** Whether a worker thread wrote the data files. */
  dataFilesThread: boolean;
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
  const dataJob: DataFilesJob = { storePath: store.path, dataDir: inStudy('data'), resultsPath: inStudy('results.json'), meta, groupBy };
  const dataPaths = dataFilePaths(dataJob);
  // The data files are written beside this pass, in a thread of their own for a national study.
  const inThread = dataFilesThread(store.counts().done, options.dataFilesThread);
  const dataFiles = startDataFiles(store, dataJob, inThread);
  try {
    for (const result of store.siteResults()) builder.add(result);
  } catch (error) {
    await dataFiles.catch(() => undefined);
    keepReportFiles(dir, previousFiles, dataPaths);
    throw error;
  }
  const summary = builder.finish();
  const context = reportContext(options.lang, meta, summary, options.peers);
  const templates = loadTemplates(options.lang);
  try {
    const comparison = options.compareWith ? await compareEditions(context, readEarlierEdition(options.compareWith)) : undefined;
    const indexPath = inStudy('index.html');
    const noWebsite = registryNoWebsite(store.registryImports());
    const agreement = store.agreement();
    const pending = store.counts().pending;
    // The index page (its sensitivity analysis is the longest part) is made while the worker
    // threads write their share of the institutions' pages.
    const writeIndex = async () => writeFileSync(indexPath, await indexPage(context, templates, comparison, pending, noWebsite, agreement));
    const pages = await writeSitePages(store, context, templates, dir, pageThreads(summary.sites.length, options.pageThreads), writeIndex);
    files.push(indexPath, ...pages.paths);

    if (comparison) {
      const path = inStudy('compare.html');
      writeFileSync(path, templates.render('compare', { ...frame(context, '', comparison.title), comparison }));
      files.push(path);
    }

    const cssPath = inStudy('report.css');
    copyFileSync(stylesheetPath, cssPath);
    await dataFiles;
    files.push(cssPath, ...dataPaths);

    const report: WrittenReport = { indexPath, files, pagesByThread: pages.byThread, dataFilesThread: inThread };
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
    if (!finished) {
      // A thread still writing the data files is let finish before they are set aside.
      await dataFiles.catch(() => undefined);
      keepReportFiles(dir, previousFiles, [...dataPaths, ...files]);
    }
    context.charts.finalize();
  }
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
