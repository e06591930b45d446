// Benchmark child (a): muniseo's audit of each site (auditSite: crawl, extraction, checks, the
// site's result), as a study runs it: studyConcurrency sites at once, a study-wide limiter,
// extraction pool and turn for checks, each result dropped once made (a study streams each
// finished site to SQLite). Politeness is lifted for the benchmark: more requests per host, no delay.
// With `bare: true`, the parse hook only loads the page in cheerio and lists its links, like
// the baseline: the crawl engine's own cost, without extraction and checks.
import * as cheerio from 'cheerio';
import PQueue from 'p-queue';
import { crawlConfigSchema, studyConfigSchema } from '../../dist/config.js';
import { crawlSite } from '../../dist/crawl/site-crawl.js';
import { auditSite } from '../../dist/audit.js';
import { ExtractionPool } from '../../dist/extract/extraction-pool.js';
import { SiteJudge } from '../../dist/judge.js';
import { boundHeapGrowth } from '../../dist/heap-growth.js';
import { startMeasure, report } from './measure.js';

// As the command line does before any work (bin/muniseo.js).
boundHeapGrowth();

const { origins, pagesPerHost, perHost, globalConcurrency, studyConcurrency, bare } = JSON.parse(process.argv[2]);
const config = crawlConfigSchema.parse({
  maxPages: pagesPerHost + 10,
  maxDepth: 20,
  perHostConcurrency: perHost,
  minDelaySecs: 0,
  siteBudgetSecs: 3600,
  requestTimeoutSecs: 60,
  browserFallback: false,
  // The fixture web lives on 127.0.0.1.
  allowPrivateNetwork: true,
});
// Lighthouse off: the audit without a lane runs none.
const studyConfig = studyConfigSchema.parse({ crawl: config, concurrency: studyConcurrency, lighthouse: { enabled: false } });
const globalLimiter = new PQueue({ concurrency: globalConcurrency });
const extraction = new ExtractionPool();
const judging = new SiteJudge();
const checking = new PQueue({ concurrency: 1 });
const sites = new PQueue({ concurrency: studyConcurrency });
const finish = startMeasure();
let pages = 0;
let findings = 0;
const failures = [];

function countFailures(crawl) {
  for (const page of crawl.pages) if (page.error || page.status >= 400) failures.push(`${page.requestedUrl}: ${page.error ?? page.status}`);
}

function bareParse(snapshot) {
  const $ = cheerio.load(snapshot.body);
  const links = [];
  $('a[href]').each((_, element) => {
    try {
      links.push(new URL($(element).attr('href'), snapshot.finalUrl).href);
    } catch {
      // Not a URL: a bare crawler skips it.
    }
  });
  return { links, contentHash: String(snapshot.body.length) + snapshot.finalUrl };
}

async function crawlOnly(origin) {
  const crawl = await crawlSite(`${origin}/`, config, { globalLimiter, parse: bareParse });
  if (crawl.outcome !== 'ok') failures.push(`site ${origin}: ${crawl.outcome} (${crawl.reason})`);
  countFailures(crawl);
  pages += crawl.stats.htmlPages;
}

async function auditOne(origin) {
  const result = await auditSite(
    { id: origin, name: origin, kind: 'commune', url: `${origin}/` },
    { config: studyConfig, globalLimiter, extraction, judging, checking, allowPrivateNetwork: true },
  );
  if (result.outcome !== 'ok') failures.push(`site ${origin}: ${result.outcome} (${result.reason})`);
  for (const page of result.pages) if (page.error || page.status >= 400) failures.push(`${page.url}: ${page.error ?? page.status}`);
  pages += result.crawl.htmlPages;
  findings += result.checks.length;
}

await Promise.all(origins.map((origin) => sites.add(() => (bare ? crawlOnly(origin) : auditOne(origin)))));
await Promise.all([extraction.close(), judging.close()]);
report({
  ...finish(pages),
  checksPerSite: bare ? 0 : findings / origins.length,
  failures: failures.length,
  failureExamples: failures.slice(0, 5),
});
process.exit(0);
