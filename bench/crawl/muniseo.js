// Benchmark child (a): muniseo's crawl with extraction and checks, as the audit wires them:
// studyConcurrency sites at once, a study-wide limiter, facts kept per site until its checks
// have run, then dropped (a study streams each finished site to SQLite). Politeness is lifted
// for the benchmark: more requests per host, no delay.
// With `bare: true`, the parse hook only loads the page in cheerio and lists its links, like
// the baseline: the crawl engine's own cost, without extraction and checks.
import * as cheerio from 'cheerio';
import PQueue from 'p-queue';
import { crawlConfigSchema } from '../../dist/config.js';
import { crawlSite } from '../../dist/crawl/site-crawl.js';
import { extractPageFacts } from '../../dist/extract/page-facts.js';
import { catalogue } from '../../dist/checks/catalogue.js';
import { runChecks } from '../../dist/checks/run.js';
import { startMeasure, report } from './measure.js';

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
const globalLimiter = new PQueue({ concurrency: globalConcurrency });
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
  const facts = new Map();
  const crawl = await crawlSite(`${origin}/`, config, {
    globalLimiter,
    parse: (snapshot, siteOrigin) => {
      const page = extractPageFacts({
        url: snapshot.finalUrl,
        status: snapshot.status,
        headers: snapshot.headers,
        body: snapshot.body,
        siteOrigin,
      });
      facts.set(snapshot.finalUrl, page);
      return {
        links: page.links.filter((link) => link.kind === 'http' && link.internal && link.url).map((link) => link.url),
        contentHash: page.contentHash,
        wordCount: page.wordCount,
        hasAppRoot: page.hasAppRoot,
        noscriptText: page.noscriptText,
      };
    },
  });
  const home = crawl.pages.find((page) => page.discoveredBy === 'seed');
  const checks = runChecks(
    {
      institution: { id: origin, name: origin, kind: 'commune', url: origin },
      origin: new URL(home?.finalUrl ?? origin).origin,
      pages: [...facts.values()].filter((page) => page.status < 400),
      snapshots: crawl.pages,
      robots: crawl.robots,
      sitemaps: crawl.sitemaps,
      homeProbes: crawl.homeProbes,
      soft404: crawl.soft404,
      traps: crawl.traps,
      home: home ? facts.get(home.finalUrl) : undefined,
      renderedWith: crawl.stats.renderedWith,
      rawVsRendered: crawl.rawVsRendered,
    },
    catalogue,
  );
  if (crawl.outcome !== 'ok') failures.push(`site ${origin}: ${crawl.outcome} (${crawl.reason})`);
  countFailures(crawl);
  pages += crawl.stats.htmlPages;
  findings += checks.length;
}

await Promise.all(origins.map((origin) => sites.add(() => (bare ? crawlOnly(origin) : auditOne(origin)))));
report({
  ...finish(pages),
  checksPerSite: bare ? 0 : findings / origins.length,
  failures: failures.length,
  failureExamples: failures.slice(0, 5),
});
process.exit(0);
