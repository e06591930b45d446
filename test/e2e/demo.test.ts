// The README's first command, end to end: fixture web → crawl → checks → Lighthouse → SQLite →
// report, then `export --format json` against the documented schema.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, repoRoot, type CliRun } from '../helpers/cli.js';
import { validateResults } from '../helpers/validate-results.js';
import { leaksIn, phrasesOf } from '../helpers/language-leaks.js';

interface ExportedSite {
  id: string;
  name: string;
  outcome: string;
  reason: string | null;
  index: { score: number; level: number } | null;
  lighthouse: { pages: { pageType: string; scores: Record<string, number | null>; error: unknown }[] };
}

const demoRows = readFileSync(join(repoRoot, 'fixtures/institutions/demo.csv'), 'utf8').trim().split('\n').slice(1);
const demoIds = demoRows.map((row) => row.split(',')[0]);
const demoNames = demoRows.map((row) => row.split(',')[1]);

describe('muniseo demo', () => {
  let reports: string;
  let demo: CliRun;
  let sites: ExportedSite[];
  let document: unknown;

  beforeAll(async () => {
    reports = mkdtempSync(join(tmpdir(), 'muniseo-demo-'));
    demo = await runCli(['demo', '--reports', reports]);
    const exported = await runCli(['export', '--study', 'demo', '--format', 'json', '--reports', reports]);
    document = JSON.parse(exported.stdout);
    sites = (document as { sites: ExportedSite[] }).sites;
  }, 300_000);
  afterAll(() => rmSync(reports, { recursive: true, force: true }));

  it('ends with exit 0 and prints the report path', () => {
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout.trim()).toBe(join(reports, 'demo', 'index.html'));
  });

  it('audits every demo institution, the dead host as unreachable and the staging copy as invisible to search engines', () => {
    expect(sites.map((site) => site.id).sort()).toEqual([...demoIds].sort());
    const byId = new Map(sites.map((site) => [site.id, site]));
    expect(byId.get('val-inexistant')?.outcome).toBe('unreachable');
    expect(byId.get('val-inexistant')?.reason).toMatch(/refused/);
    expect(byId.get('val-inexistant')?.index).toBeNull();
    expect(byId.get('mont-fictif-preprod')?.outcome).toBe('invisible');
    expect(byId.get('mont-fictif-preprod')?.index).toMatchObject({ score: 0, level: 0 });
    const reachable = sites.filter((site) => !['val-inexistant', 'mont-fictif-preprod'].includes(site.id));
    for (const site of reachable) expect(site.outcome, site.id).toBe('ok');
  });

  it('has Lighthouse scores for the home page of every reachable site', () => {
    for (const site of sites.filter((candidate) => candidate.outcome === 'ok')) {
      const home = site.lighthouse.pages.find((page) => page.pageType === 'home');
      expect(home, site.id).toBeDefined();
      expect(home?.error, site.id).toBeNull();
      for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
        expect(home?.scores[category], `${site.id} ${category}`).toBeGreaterThan(0);
      }
    }
  });

  it('ranks the deliberate site above the neglected villages', () => {
    const score = (id: string) => sites.find((site) => site.id === id)?.index?.score ?? -1;
    expect(score('saint-exemple-sur-loire')).toBeGreaterThan(score('petit-exemple-les-bois'));
    expect(score('saint-exemple-sur-loire')).toBeGreaterThan(score('hameau-de-fictionville'));
  });

  it('writes a report listing every institution, saying the data is fictional', () => {
    const html = readFileSync(join(reports, 'demo', 'index.html'), 'utf8');
    for (const name of demoNames) expect(html).toContain(name);
    expect(html).toMatch(/fictive|fictif|fictional/i);
    for (const file of [
      'results.json',
      'study.sqlite',
      'report.pdf',
      'data/sites.csv',
      'data/checks.csv',
      'data/pages.csv',
      'data/lighthouse.csv',
    ]) {
      expect(existsSync(join(reports, 'demo', file)), file).toBe(true);
    }
    expect(
      readFileSync(join(reports, 'demo', 'report.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    for (const id of demoIds) expect(html, id).toMatch(new RegExp(`href="sites/${id}[^"]*\\.html"`));
  });

  it('exports one CSV row per institution, with the columns of data/sites.csv', async () => {
    const csv = await runCli(['export', '--study', 'demo', '--format', 'csv', '--reports', reports]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(readFileSync(join(reports, 'demo', 'data', 'sites.csv'), 'utf8').split('\r\n')[0]);
    expect(lines).toHaveLength(demoIds.length + 1);
  });

  it('exports JSON that validates against docs/results-schema.md', () => {
    expect(validateResults(document)).toEqual([]);
  });

  it('writes the French report with none of muniseo’s English sentences: findings, reasons and labels all in French', () => {
    expect(phrasesOf('en').length).toBeGreaterThan(300);
    expect(leaksIn(join(reports, 'demo'), 'en')).toEqual([]);
    // The same search does find the French phrases on the French pages (it is not blind).
    expect(leaksIn(join(reports, 'demo'), 'fr').length).toBeGreaterThan(5);
  });

  it('writes the same study’s English report with none of muniseo’s French sentences', async () => {
    // Its own folder, so that the French report the other tests read stays as it is.
    const english = mkdtempSync(join(tmpdir(), 'muniseo-demo-en-'));
    try {
      mkdirSync(join(english, 'demo'));
      copyFileSync(join(reports, 'demo', 'study.sqlite'), join(english, 'demo', 'study.sqlite'));
      const run = await runCli(['report', '--study', 'demo', '--lang', 'en', '--reports', english]);
      expect(run.code, run.stderr).toBe(0);
      expect(phrasesOf('fr').length).toBeGreaterThan(300);
      expect(leaksIn(join(english, 'demo'), 'fr')).toEqual([]);
      expect(leaksIn(join(english, 'demo'), 'en').length).toBeGreaterThan(5);
    } finally {
      rmSync(english, { recursive: true, force: true });
    }
  });
});
