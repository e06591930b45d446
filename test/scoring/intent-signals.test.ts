// Intent signals that CMS and SEO-plugin defaults cannot fake, on fixture sites audited for real
// (loopback fixture web, real crawl, extraction, checks and index; Lighthouse off). Four sites
// print what WordPress core, Yoast SEO, Rank Math and Drupal + Metatag print when left at their
// settings; a fifth is the Yoast site someone worked on. Each intent check's reason is pinned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/audit.js';
import { explainCheckResult } from '../../src/checks/explain.js';
import { defaultStudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { CheckResult, SiteResult } from '../../src/model/index.js';
import { intentSignals } from '../../src/scoring/index.js';

/** Fixture site → the commune it stands for (the registry's name is what the markup must name). */
const communes = {
  'test-intent-wordpress-core': 'Fictibois',
  'test-intent-yoast-defaults': 'Exemplemont',
  'test-intent-rank-math-defaults': 'Roche-Fictive',
  'test-intent-drupal-metatag': 'Vallon-Fictif',
  'test-intent-written': 'Val-Exemple',
} as const;
type Site = keyof typeof communes;

const results = new Map<Site, SiteResult>();
let web: FixtureWeb;

beforeAll(async () => {
  web = await startFixtureWeb({ only: Object.keys(communes) });
  const config = defaultStudyConfig();
  config.lighthouse.enabled = false;
  config.crawl.browserFallback = false;
  config.crawl.renderHome = false;
  // The fixture web lives on 127.0.0.1.
  config.crawl.allowPrivateNetwork = true;
  for (const [site, name] of Object.entries(communes) as [Site, string][]) {
    results.set(site, await auditSite({ id: site, name, kind: 'commune', url: web.origin(site) }, { config }));
  }
}, 120_000);
afterAll(() => web?.close());

const result = (site: Site) => results.get(site)!;
const check = (site: Site, id: string): CheckResult => {
  const found = result(site).checks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${site}: no ${id} result`);
  return found;
};
/** Status, message id and values of one intent check. */
const verdict = (site: Site, id: string) => {
  const { status, message } = check(site, id);
  return { status, message: message?.id, values: message?.values ?? {} };
};
const explained = (site: Site, id: string) => ({
  fr: explainCheckResult(check(site, id), 'fr'),
  en: explainCheckResult(check(site, id), 'en'),
});

describe('defaults give no intent signal', () => {
  it('WordPress core: no description, no markup, its own wp-sitemap.xml line set aside, no plugin: 0 signals, level 1', () => {
    const site = 'test-intent-wordpress-core';
    expect(verdict(site, 'descriptions-written-per-page')).toEqual({
      status: 'fail',
      message: 'missing',
      values: { written: 0, pages: 4, count: 4 },
    });
    expect(explained(site, 'descriptions-written-per-page')).toEqual({
      fr: 'aucune page sur 4 n’a de description rédigée ; le plus souvent, pas de description du tout (4)',
      en: '0 of 4 pages have a written description; most often, no description at all (4)',
    });
    expect(verdict(site, 'robots-txt-declares-sitemap')).toEqual({
      status: 'na',
      message: 'cmsDefault',
      values: { sitemap: `${web.origin(site)}/wp-sitemap.xml`, addedBy: 'WordPress' },
    });
    expect(explained(site, 'robots-txt-declares-sitemap')).toEqual({
      fr: `la ligne Sitemap: du robots.txt (${web.origin(site)}/wp-sitemap.xml) est ajoutée d’office par WordPress : elle ne montre pas de travail sur le référencement`,
      en: `the robots.txt Sitemap: line (${web.origin(site)}/wp-sitemap.xml) is added by WordPress on its own: it shows no work on search`,
    });
    expect(verdict(site, 'structured-data-institution')).toMatchObject({ status: 'fail', message: 'missing' });
    expect(verdict(site, 'seo-plugin')).toEqual({ status: 'na', message: 'noPlugin', values: { cms: 'WordPress' } });
    expect(explained(site, 'seo-plugin')).toEqual({
      fr: 'WordPress sans trace d’une extension SEO dans les pages ; son absence n’est pas comptée',
      en: 'WordPress without any trace of an SEO plugin in the pages; its absence is not counted',
    });
    expect(verdict(site, 'search-engine-verification')).toMatchObject({ status: 'na', message: 'noneSeen' });
    expect(intentSignals(result(site).checks)).toEqual([]);
    expect(result(site).index?.level).toBeLessThanOrEqual(1);
  });

  it('Yoast SEO at its settings: the %%excerpt%% descriptions copy the text, its Organization node has no address, its sitemap line is its own: 1 signal (the plugin), level ≤ 1', () => {
    const site = 'test-intent-yoast-defaults';
    expect(verdict(site, 'descriptions-written-per-page')).toEqual({
      status: 'fail',
      message: 'copiesText',
      values: { written: 0, pages: 4, count: 4 },
    });
    expect(explained(site, 'descriptions-written-per-page')).toEqual({
      fr: 'aucune page sur 4 n’a de description rédigée ; le plus souvent, une description identique au début du texte, comme la tire la règle d’extrait d’un CMS (4)',
      en: '0 of 4 pages have a written description; most often, a description identical to the opening of the text, as a CMS’s excerpt rule takes it (4)',
    });
    expect(verdict(site, 'structured-data-institution')).toEqual({
      status: 'fail',
      message: 'noContact',
      values: { type: 'Organization', name: 'Exemplemont' },
    });
    expect(explained(site, 'structured-data-institution')).toEqual({
      fr: 'le balisage Organization nomme « Exemplemont » sans adresse ni téléphone, comme le nœud qu’une extension SEO tire du nom du site',
      en: 'the Organization markup names "Exemplemont" without address or phone, like the node an SEO plugin makes from the site’s name',
    });
    expect(verdict(site, 'robots-txt-declares-sitemap')).toEqual({
      status: 'na',
      message: 'cmsDefault',
      values: { sitemap: `${web.origin(site)}/sitemap_index.xml`, addedBy: 'Yoast SEO' },
    });
    expect(verdict(site, 'seo-plugin')).toEqual({ status: 'pass', message: 'installed', values: { plugins: ['Yoast SEO'] } });
    expect(explained(site, 'seo-plugin')).toEqual({ fr: 'extension SEO installée : Yoast SEO', en: 'SEO plugin installed: Yoast SEO' });
    expect(intentSignals(result(site).checks)).toEqual(['seo-plugin']);
    expect(result(site).index?.level).toBeLessThanOrEqual(1);
  });

  it('Rank Math at its settings: %excerpt% descriptions, a Person/Organization node named after the site, its sitemap line: 1 signal, level ≤ 1', () => {
    const site = 'test-intent-rank-math-defaults';
    expect(verdict(site, 'descriptions-written-per-page')).toMatchObject({ status: 'fail', message: 'copiesText' });
    expect(verdict(site, 'structured-data-institution')).toEqual({
      status: 'fail',
      message: 'noContact',
      values: { type: 'Organization', name: 'Roche-Fictive' },
    });
    expect(verdict(site, 'robots-txt-declares-sitemap')).toEqual({
      status: 'na',
      message: 'cmsDefault',
      values: { sitemap: `${web.origin(site)}/sitemap_index.xml`, addedBy: 'Rank Math' },
    });
    expect(verdict(site, 'seo-plugin')).toEqual({ status: 'pass', message: 'installed', values: { plugins: ['Rank Math'] } });
    expect(intentSignals(result(site).checks)).toEqual(['seo-plugin']);
    expect(result(site).index?.level).toBeLessThanOrEqual(1);
  });

  it('Drupal + Metatag: [node:summary] descriptions copy the text, Metatag is inferred but not a signal, no sitemap line: 0 signals, level ≤ 1', () => {
    const site = 'test-intent-drupal-metatag';
    expect(verdict(site, 'descriptions-written-per-page')).toEqual({
      status: 'fail',
      message: 'copiesText',
      values: { written: 0, pages: 4, count: 4 },
    });
    expect(verdict(site, 'seo-plugin')).toEqual({
      status: 'na',
      message: 'notMarked',
      values: { cms: 'Drupal', plugins: ['Metatag (Drupal)'] },
    });
    expect(explained(site, 'seo-plugin')).toEqual({
      fr: 'Drupal : une extension SEO y est déduite (Metatag (Drupal)) mais ne se signale pas dans les pages ; ses effets sont comptés par les autres contrôles',
      en: 'Drupal: an SEO plugin is inferred (Metatag (Drupal)) but does not show itself in the pages; its effects are counted by the other checks',
    });
    expect(verdict(site, 'robots-txt-declares-sitemap')).toMatchObject({ status: 'fail', message: 'noSitemapLine' });
    expect(verdict(site, 'structured-data-institution')).toMatchObject({ status: 'fail', message: 'missing' });
    expect(intentSignals(result(site).checks)).toEqual([]);
    expect(result(site).index?.level).toBeLessThanOrEqual(1);
  });
});

describe('work beyond the defaults counts', () => {
  it('the same Yoast site with written descriptions, the town hall’s GovernmentOrganization and a verification tag: 4 signals, level ≥ 2', () => {
    const site = 'test-intent-written';
    expect(verdict(site, 'descriptions-written-per-page')).toEqual({
      status: 'pass',
      message: 'written',
      values: { written: 4, pages: 4 },
    });
    expect(explained(site, 'descriptions-written-per-page')).toEqual({
      fr: '4 pages sur 4 ont une description rédigée : ni absente, ni partagée, ni tirée du titre, d’un modèle ou du début du texte',
      en: '4 of 4 pages have a written description: neither missing, shared, nor taken from the title, a template or the opening of the text',
    });
    expect(verdict(site, 'structured-data-institution')).toEqual({
      status: 'pass',
      message: 'institution',
      values: { type: 'GovernmentOrganization', name: 'Mairie de Val-Exemple' },
    });
    expect(explained(site, 'structured-data-institution')).toEqual({
      fr: 'balisage GovernmentOrganization nommant « Mairie de Val-Exemple », avec adresse ou téléphone',
      en: 'GovernmentOrganization markup naming "Mairie de Val-Exemple", with address or phone',
    });
    expect(verdict(site, 'search-engine-verification')).toEqual({ status: 'pass', message: 'verified', values: { evidence: ['google'] } });
    // Yoast's own sitemap line is still set aside: the work shows elsewhere.
    expect(verdict(site, 'robots-txt-declares-sitemap')).toMatchObject({ status: 'na', message: 'cmsDefault' });
    const signals = intentSignals(result(site).checks);
    expect(signals.sort()).toEqual([
      'descriptions-written-per-page',
      'search-engine-verification',
      'seo-plugin',
      'structured-data-institution',
    ]);
    expect(result(site).index?.level).toBeGreaterThanOrEqual(2);
  });
});

describe('each fact counts once', () => {
  it('og:image is judged by open-graph (rich results) only, never as an intent signal', () => {
    for (const site of Object.keys(communes) as Site[]) {
      expect(result(site).checks.map((candidate) => candidate.id)).not.toContain('open-graph-image');
      expect(check(site, 'open-graph').dimension).toBe('rich-results');
    }
  });

  it('an installed plugin is one signal at most, whatever else it prints', () => {
    for (const site of ['test-intent-yoast-defaults', 'test-intent-rank-math-defaults'] as const) {
      expect(intentSignals(result(site).checks)).toHaveLength(1);
    }
  });
});

describe('attribution', () => {
  it('names the CMS and its version, the SEO plugin and the theme of every fixture site, and no vendor from a theme’s own credit', () => {
    expect(result('test-intent-wordpress-core').attribution).toEqual({
      cms: { id: 'wordpress', version: '6.6.2' },
      seoPlugins: [],
      theme: 'twentytwentyfour',
    });
    expect(result('test-intent-yoast-defaults').attribution).toEqual({
      cms: { id: 'wordpress', version: '6.6.2' },
      seoPlugins: ['yoast'],
      theme: 'astra',
    });
    expect(result('test-intent-rank-math-defaults').attribution).toEqual({
      cms: { id: 'wordpress', version: '6.6.2' },
      seoPlugins: ['rank-math'],
      theme: 'generatepress',
    });
    expect(result('test-intent-drupal-metatag').attribution).toEqual({
      cms: { id: 'drupal', version: '10' },
      seoPlugins: ['drupal-metatag'],
    });
  });
});
