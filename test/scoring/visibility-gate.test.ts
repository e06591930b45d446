// Search visibility decides first, on fixture sites audited for real (loopback fixture web, real
// crawl, extraction, checks and index; Lighthouse off): a site search engines cannot show is
// level 0 « invisible », its index capped, and it counts in the study's shares; a site that only
// refuses muniseo is not audited and is reported apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/audit.js';
import { defaultStudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { SiteResult } from '../../src/model/index.js';
import { StudySummaryBuilder } from '../../src/report/study-summary.js';
import { invisibleGate } from '../../src/scoring/index.js';

const sites = [
  'test-noindex-everywhere',
  'test-robots-disallow',
  'test-robots-engines-only',
  'test-robots-googlebot-pages',
  'saint-exemple-sur-loire',
];
const results = new Map<string, SiteResult>();
let web: FixtureWeb;

beforeAll(async () => {
  web = await startFixtureWeb({ only: sites });
  const config = defaultStudyConfig();
  config.lighthouse.enabled = false;
  config.crawl.browserFallback = false;
  config.crawl.renderHome = false;
  // The fixture web lives on 127.0.0.1.
  config.crawl.allowPrivateNetwork = true;
  for (const site of sites) {
    const institution = {
      id: site,
      name: site === 'saint-exemple-sur-loire' ? 'Saint-Exemple-sur-Loire' : site,
      kind: 'commune' as const,
      url: web.origin(site),
    };
    results.set(site, await auditSite(institution, { config }));
  }
}, 120_000);
afterAll(() => web?.close());

describe('a site search engines cannot show', () => {
  it('is level 0 « invisible » with its index capped at 20, however well made: noindex on every page', () => {
    const noindex = results.get('test-noindex-everywhere')!;
    const original = results.get('saint-exemple-sur-loire')!;
    // The same site without noindex is advanced SEO: only visibility separates them.
    expect(original.index?.level).toBe(3);
    expect(noindex.outcome).toBe('ok');
    expect(noindex.index).toMatchObject({ level: 0, invisible: 'home-noindex', label: invisibleGate.label });
    expect(noindex.index!.score).toBeLessThanOrEqual(invisibleGate.maxScore);
    expect(noindex.visibility).toMatchObject({ homeNoindex: true, robotsBlocked: [] });
    expect(noindex.visibility!.noindexPages).toBe(noindex.visibility!.pagesJudged);
  });

  it('is audited as invisible when robots.txt closes the site to every robot, with index 0', () => {
    const closed = results.get('test-robots-disallow')!;
    expect(closed.outcome).toBe('invisible');
    expect(closed.index).toMatchObject({ score: 0, level: 0, invisible: 'robots' });
    expect(closed.visibility?.robotsBlocked).toEqual(['Googlebot', 'Bingbot']);
  });

  it('counts in the headline share, at level 0, while a site refusing only muniseo is not audited and stays apart', () => {
    const builder = new StudySummaryBuilder();
    for (const site of sites) builder.add(results.get(site)!);
    const summary = builder.finish();
    expect(summary.all.institutions).toBe(5);
    // Audited: the two invisible sites, the Googlebot-folder site and Saint-Exemple; not the refusing one.
    expect(summary.all.audited).toBe(4);
    expect(summary.all.levels[0].share).toBeCloseTo(2 / 4);
    const refusing = summary.sites.find((site) => site.id === 'test-robots-engines-only')!;
    expect(refusing).toMatchObject({ outcome: 'refuses-crawler', level: null, score: null });
    expect(results.get('test-robots-engines-only')!.index).toBeUndefined();
  });
});

describe('pages judged as Googlebot would', () => {
  it('crawls a folder robots.txt closes to Googlebot only, and finds its page not indexable', () => {
    const result = results.get('test-robots-googlebot-pages')!;
    const privatePage = result.pages.find((page) => page.url.endsWith('/prive/'));
    expect(privatePage).toMatchObject({ status: 200, indexable: false });
    expect(result.pages.find((page) => page.url.endsWith('/actualites/'))?.indexable).toBe(true);
    const indexable = result.checks.find((check) => check.id === 'indexable')!;
    expect(indexable).toMatchObject({ pagesAffected: 1, pagesChecked: 3, message: { id: 'disallowedToGooglebot' } });
    // One page of three closed to Googlebot: not invisible, but not a clean pass either.
    expect(result.index?.invisible).toBeUndefined();
  });
});
