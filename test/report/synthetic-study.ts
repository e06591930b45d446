// Synthetic studies for report tests and the report benchmark: deterministic SiteResults built
// from an index number, saved through the real StudyStore into a real SQLite file.
import { join } from 'node:path';
import type {
  CheckResult,
  CrawlOutcome,
  FindingStatus,
  Institution,
  InstitutionKind,
  LighthousePageResult,
  LighthouseRun,
  SiteAttribution,
  SiteResult,
} from '../../src/model/index.js';
import { clusterOf } from '../../src/model/index.js';
import { catalogue, checkWeights } from '../../src/checks/catalogue.js';
import { defaultStudyConfig } from '../../src/config.js';
import { computeIndex } from '../../src/scoring/index.js';
import { StudyStore, type StudyMeta } from '../../src/store/study-store.js';
import { catalogueVersion } from '../../src/checks/catalogue-versions.js';
import { seededRandom } from '../../src/report/seeded-random.js';

/** Deterministic pseudo-random numbers in [0, 1) (the report's own generator). */
export { seededRandom };

const bands = [0, 100, 200, 500, 2000, 3500, 5000, 10000, 20000, 50000, 100000];

export function stratumFor(population: number): string {
  const index = bands.findLastIndex((min) => population >= min);
  const min = bands[index] as number;
  const next = bands[index + 1];
  return next === undefined ? `${min}+` : `${min}-${next - 1}`;
}

/** Sites whose crawl failed, by index: about one in nine. */
export function syntheticOutcome(i: number): { outcome: CrawlOutcome; reason?: string } {
  if (i % 23 === 5) return { outcome: 'unreachable', reason: 'connection refused (ECONNREFUSED)' };
  if (i % 31 === 7) return { outcome: 'timeout', reason: 'no answer within 20 s' };
  if (i % 37 === 11) return { outcome: 'blocked-by-robots', reason: 'robots.txt disallows / for muniseo' };
  if (i % 41 === 13) return { outcome: 'http-error', reason: 'home page answered 503' };
  return { outcome: 'ok' };
}

export function syntheticInstitution(i: number): Institution {
  const random = seededRandom(i * 7919 + 1);
  const kind: InstitutionKind = i % 50 === 3 ? 'epci' : i % 97 === 4 ? 'departement' : 'commune';
  // Log-uniform populations from 60 to 200,000: most communes are small, as in France.
  const population = Math.round(60 * Math.exp(random() * Math.log(200000 / 60)));
  const id = String(10000 + i);
  return {
    id,
    name: `Commune fictive n° ${i}`,
    kind,
    url: `https://www.commune-fictive-${i}.test/`,
    insee: kind === 'commune' ? id : undefined,
    population,
    stratum: stratumFor(population),
    departement: String(1 + (i % 95)).padStart(2, '0'),
    region: '52',
  };
}

/**
 * Who built each synthetic site, by its index: two agencies, two hosted platforms, and sites of
 * their own (half of them), each with a CMS. Sites of one vendor or platform share a template, and
 * with it the verdicts of a few checks (`templateVerdicts`): the clusters of the report's intervals.
 */
export function syntheticAttribution(i: number): SiteAttribution {
  switch (i % 10) {
    case 0:
    case 1:
      return {
        cms: { id: 'wordpress', version: '6.5' },
        seoPlugins: ['yoast'],
        theme: 'ouest-communes',
        vendor: { name: 'Agence Numérique de l’Ouest', evidence: 'credit-link' },
      };
    case 2:
      return { seoPlugins: [], platform: 'Campagnol' };
    case 3:
      return {
        cms: { id: 'drupal', version: '10' },
        seoPlugins: ['drupal-metatag'],
        vendor: { name: 'Studio Communes', evidence: 'credit-text' },
      };
    case 4:
      return { seoPlugins: [], platform: 'e-monsite' };
    case 5:
    case 6:
      return { cms: { id: 'wordpress', version: i % 4 === 0 ? '6.4' : '5.9' }, seoPlugins: i % 3 === 0 ? ['rank-math'] : [] };
    case 7:
      return { cms: { id: 'spip', version: '4.2' }, seoPlugins: [] };
    case 8:
      return { cms: { id: 'joomla', version: '4' }, seoPlugins: [] };
    default:
      return { seoPlugins: [] };
  }
}

/** What a vendor's or a platform's template decides, whichever town uses it. */
export const templateVerdicts: Record<string, Record<string, FindingStatus>> = {
  'vendor:Agence Numérique de l’Ouest': { 'single-h1': 'fail', 'html-lang': 'pass', 'meta-description-present': 'pass' },
  'vendor:Studio Communes': { 'image-alt': 'fail', 'heading-order': 'fail', 'sitemap-present': 'pass' },
  'platform:Campagnol': { 'title-place-name': 'fail', 'structured-data-types': 'fail', 'https-enforced': 'pass' },
  'platform:e-monsite': { 'url-hygiene': 'fail', 'robots-txt-declares-sitemap': 'fail' },
};

function syntheticChecks(i: number, origin: string, edition: number): CheckResult[] {
  const random = seededRandom(i * 104729 + 3 + edition * 15485863);
  // A latent "care" per site: careful sites pass more checks, so levels spread out.
  const care = random();
  const template = templateVerdicts[clusterOf(String(10000 + i), syntheticAttribution(i))] ?? {};
  return catalogue.map((check, position) => {
    const draw = random();
    const status: FindingStatus =
      template[check.id] ??
      (draw < care * 0.9 ? 'pass' : draw < care * 0.9 + 0.15 ? 'warn' : position % 11 === 10 && draw > 0.97 ? 'na' : 'fail');
    const page = check.scope === 'page';
    const pagesChecked = page ? 5 + (i % 20) : 0;
    const pagesAffected = page ? (status === 'pass' ? 0 : Math.max(1, Math.round(pagesChecked * (status === 'warn' ? 0.3 : 0.7)))) : 0;
    return {
      id: check.id,
      scope: check.scope,
      dimension: check.dimension,
      status,
      value:
        page && pagesChecked > 0 ? Math.round(((pagesChecked - pagesAffected) / pagesChecked) * 1000) / 1000 : status === 'pass' ? 1 : 0,
      evidence: status === 'pass' || status === 'na' ? undefined : `synthetic finding ${check.id} on site ${i}`,
      pagesAffected,
      pagesChecked,
      examples: status === 'pass' || status === 'na' ? [] : [`${origin}/page-${position}-a/`, `${origin}/page-${position}-b/`],
    };
  });
}

function syntheticLighthouse(i: number, origin: string): LighthousePageResult[] {
  const random = seededRandom(i * 31337 + 5);
  const runs = i % 10 === 0 ? 3 : 1;
  const pageTypes: [string, string, string][] = [
    ['home', '/', 'the home page'],
    ['contact', '/contact/', 'a contact page, found by its URL'],
    ['news', '/actualites/article-1/', 'a news article, newest by sitemap lastmod'],
  ];
  return pageTypes.slice(0, 1 + (i % 3)).map(([pageType, path, reason]) => {
    const run = (): LighthouseRun => ({
      scores: {
        performance: round2(0.3 + random() * 0.7),
        accessibility: round2(0.5 + random() * 0.5),
        'best-practices': round2(0.6 + random() * 0.4),
        seo: round2(0.5 + random() * 0.5),
      },
      metrics: {
        fcp: 800 + Math.round(random() * 3000),
        lcp: 1200 + Math.round(random() * 5000),
        cls: round2(random() * 0.3),
        tbt: Math.round(random() * 900),
        speedIndex: 1500 + Math.round(random() * 5000),
        serverResponseTime: 50 + Math.round(random() * 700),
      },
    });
    const allRuns = Array.from({ length: runs }, run);
    const median = allRuns[0] as LighthouseRun;
    const spread = (category: keyof LighthouseRun['scores']) => {
      const values = allRuns.map((entry) => entry.scores[category] ?? 0);
      return round2(Math.max(...values) - Math.min(...values));
    };
    return {
      url: `${origin}${path}`,
      pageType,
      reason,
      formFactor: 'mobile',
      runs: allRuns,
      medianRun: 0,
      scores: median.scores,
      metrics: median.metrics,
      spread: {
        performance: spread('performance'),
        accessibility: spread('accessibility'),
        'best-practices': spread('best-practices'),
        seo: spread('seo'),
      },
      failingSeoAudits: median.scores.seo !== null && median.scores.seo < 0.9 ? ['meta-description'] : [],
      failingAccessibilityAudits: median.scores.accessibility !== null && median.scores.accessibility < 0.9 ? ['color-contrast'] : [],
      lighthouseVersion: '12.2.3',
      chromiumVersion: '156.0.8078.108',
      throttling: 'simulate (mobile, 4× CPU slowdown, slow 4G)',
    };
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** One institution's result, the same for the same `i` and `edition` (another edition draws other findings). */
export function syntheticSiteResult(i: number, edition = 0): SiteResult {
  const institution = syntheticInstitution(i);
  const origin = new URL(institution.url).origin;
  const { outcome, reason } = syntheticOutcome(i);
  const audited = outcome === 'ok';
  const startedAt = new Date(Date.UTC(2026, 2, 2, 8, 0, i % 60)).toISOString();
  const pagesCrawled = audited ? 3 + (i % 5) : 0;
  const result: SiteResult = {
    institution,
    outcome,
    ...(reason ? { reason } : {}),
    startedAt,
    finishedAt: startedAt,
    crawl: {
      pagesCrawled,
      htmlPages: pagesCrawled,
      documents: audited ? i % 3 : 0,
      maxDepth: audited ? 2 : 0,
      renderedWith: i % 17 === 0 ? 'browser' : 'http',
      durationMs: 1000 + (i % 50) * 20,
      robotsTxt: {
        url: `${origin}/robots.txt`,
        status: audited ? 'ok' : 'unavailable',
        httpStatus: audited ? 200 : null,
        sitemaps: [],
        problems: [],
      },
      sitemaps: audited
        ? [
            {
              url: `${origin}/sitemap.xml`,
              source: 'default',
              kind: 'urlset',
              status: 200,
              urlCount: pagesCrawled,
              outsideSite: 0,
              errors: [],
            },
          ]
        : [],
      traps: [],
      homeProbes: [],
      soft404: null,
    },
    pages: Array.from({ length: pagesCrawled }, (_, page) => ({
      url: `${origin}/page-${page}/`,
      finalUrl: `${origin}/page-${page}/`,
      status: 200,
      depth: page === 0 ? 0 : 1,
      discoveredBy: page === 0 ? 'seed' : 'link',
      contentType: 'text/html; charset=utf-8',
      size: 20000 + page * 100,
      truncated: false,
      timingMs: 120,
      renderedWith: 'http' as const,
      redirects: 0,
      title: `Page ${page} — ${institution.name}`,
      metaDescription: page % 2 === 0 ? `Description de la page ${page}` : undefined,
      h1Count: 1,
      wordCount: 300 + page * 10,
      canonical: `${origin}/page-${page}/`,
      indexable: true,
    })),
    checks: [],
    lighthouse: { pages: [] },
  };
  if (!audited) return result;
  result.attribution = syntheticAttribution(i);
  result.checks = syntheticChecks(i, origin, edition);
  result.lighthouse.pages = syntheticLighthouse(i, origin);
  result.index = computeIndex(checkWeights, result.checks, result.lighthouse.pages);
  return result;
}

export function syntheticMeta(name: string, overrides: Partial<StudyMeta> = {}): StudyMeta {
  return {
    name,
    startedAt: '2026-03-02T08:00:00.000Z',
    finishedAt: '2026-03-02T20:15:00.000Z',
    tool: { name: 'muniseo', version: '0.1.0' },
    config: defaultStudyConfig(),
    // Audited under this catalogue, as src/cli/run-audit.ts records it.
    catalogueVersion,
    // As the Lighthouse lane records it (src/cli/run-audit.ts).
    environment: {
      userAgent: defaultStudyConfig().crawl.userAgent,
      node: 'v20.20.2',
      lighthouse: {
        lighthouseVersion: '12.2.3',
        chromiumVersion: '156.0.8078.108',
        concurrency: 2,
        throttling: {
          mobile: {
            formFactor: 'mobile',
            method: 'simulate',
            throttling: { rttMs: 150, throughputKbps: 1638.4, cpuSlowdownMultiplier: 4 },
          },
        },
      },
    },
    fictional: true,
    ...overrides,
  };
}

/** Writes `results` into `dir/study.sqlite` and returns the open store. */
export function writeStudy(dir: string, meta: StudyMeta, results: Iterable<SiteResult>): StudyStore {
  const store = StudyStore.open(join(dir, 'study.sqlite'));
  store.writeMeta(meta);
  const all = [...results];
  store.registerInstitutions(all.map((result) => result.institution));
  for (const result of all) store.saveSiteResult(result);
  return store;
}

/**
 * A study of `count` synthetic institutions: indexes `from`…`from + count − 1`. Results are built
 * and stored one at a time, so that a national study (the report benchmark's 36,000) is written in
 * flat memory.
 */
export function writeSyntheticStudy(
  dir: string,
  count: number,
  options: { name?: string; from?: number; edition?: number; meta?: Partial<StudyMeta> } = {},
): StudyStore {
  const from = options.from ?? 0;
  const store = StudyStore.open(join(dir, 'study.sqlite'));
  store.writeMeta(syntheticMeta(options.name ?? 'étude synthétique', options.meta));
  store.registerInstitutions(Array.from({ length: count }, (_, offset) => syntheticInstitution(from + offset)));
  for (let i = from; i < from + count; i += 1) store.saveSiteResult(syntheticSiteResult(i, options.edition));
  return store;
}
