// A web team's site audited with `--peers` against a published study (a real SQLite study, or the
// peers file `export --format peers` writes from it): the site page gives its percentiles with n
// and lists first the fix its peers all made; another index version is refused with exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { SiteResult } from '../../src/model/index.js';
import { rankFixes } from '../../src/report/index-definition.js';
import { StudyStore } from '../../src/store/study-store.js';
import { indexVersion } from '../../src/scoring/index.js';
import { runCli } from '../helpers/cli.js';
import { leaksIn } from '../helpers/language-leaks.js';
import { siteResult } from '../helpers/site-result.js';
import { syntheticMeta, writeStudy } from '../report/synthetic-study.js';

const fixture = 'petit-exemple-les-bois';
let dir: string;
let web: FixtureWeb;
let reports: string;
let peersDir: string;
let mine: SiteResult;
let peerBacked: string;

function storedSite(): SiteResult {
  const store = StudyStore.open(join(reports, 'web', 'study.sqlite'));
  try {
    const [site] = [...store.siteResults()];
    if (!site?.index) throw new Error('the site was not audited');
    return site;
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-peers-'));
  reports = join(dir, 'reports');
  web = await startFixtureWeb({ only: [fixture] });
  const sites = join(dir, 'ma-commune.csv');
  writeFileSync(sites, `name,url,kind,population\nPetit-Exemple-les-Bois,${web.origin(fixture)}/,commune,1200\n`);
  const first = await runCli([
    'audit',
    '--sites',
    sites,
    '--study',
    'web',
    '--reports',
    reports,
    '--no-lighthouse',
    '--no-report',
    '--allow-private-network',
  ]);
  expect(first.code, first.stderr).toBe(0);
  mine = storedSite();
  const index = mine.index;
  if (!index) throw new Error('no index');
  // The fix worth least to the index: the peers all made it, so it must come first anyway.
  const fixes = rankFixes(mine.checks, [], index, mine.visibility);
  expect(fixes.length).toBeGreaterThan(1);
  peerBacked = (fixes.at(-1) as (typeof fixes)[number]).check.id;

  // Six communes of the same stratum. Index: s − 20, s, s, s + 5, s + 10, s + 20, so the site is at
  // (1 + 2/2) / 6 = 33.3 %; each dimension 5 below the site for three of them and 5 above for the
  // others: 50 %. They all pass the chosen check and fail every other the site fails.
  const offsets = [-20, 0, 0, 5, 10, 20];
  const peers = offsets.map((offset, position) =>
    siteResult(`pair-${position}`, {
      institution: {
        id: `pair-${position}`,
        name: `Pair ${position}`,
        kind: 'commune',
        url: `https://pair-${position}.example.test/`,
        stratum: mine.institution.stratum,
      },
      checks: mine.checks.map((check) => (check.id === peerBacked ? { ...check, status: 'pass' as const } : check)),
      index: {
        ...index,
        score: index.score + offset,
        dimensions: Object.fromEntries(
          Object.entries(index.dimensions).map(([key, value]) => [key, value === null ? null : value + (position < 3 ? -5 : 5)]),
        ),
      },
    }),
  );
  peersDir = join(dir, 'mayenne-2026');
  writeStudy(peersDir, syntheticMeta('Mayenne 2026'), peers).close();
}, 240_000);

afterAll(async () => {
  await web?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('audit --peers', () => {
  it('the site page: percentiles with n computed by hand, and the fix all peers made first', async () => {
    const run = await runCli(['audit', '--study', 'web', '--reports', reports, '--resume', '--peers', peersDir, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`among the peers of "Mayenne 2026" (commune ${mine.institution.stratum}, 6 audited)`);
    const $ = cheerio.load(readFileSync(join(reports, 'web', 'sites', `${mine.institution.id}.html`), 'utf8'));
    expect($('#peers-heading').text()).toBe('Among the peers of the study “Mayenne 2026”');
    const rows = $('table.peers tbody tr')
      .map((_, row) => [
        $(row)
          .find('th, td')
          .map((__, cell) => $(cell).text())
          .get(),
      ])
      .get() as string[][];
    expect(rows[0]?.slice(2)).toEqual(['33.3', '6']);
    for (const row of rows.slice(1)) expect(row.slice(2), row[0]).toEqual(['50', '6']);
    const title = catalogue.find((check) => check.id === peerBacked)?.title.en;
    expect($('ol.fixes > li').first().find('strong').text()).toBe(title);
    expect($('ol.fixes > li').first().text()).toContain('Already done by 100');
  });

  it('export --format peers: a small file without page data, usable in place of the study', async () => {
    const out = join(dir, 'peers.json');
    const exported = await runCli(['export', '--study', 'mayenne-2026', '--reports', dir, '--format', 'peers', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['exportedAt', 'format', 'formatVersion', 'groups', 'indexVersion', 'study']);
    // No URL, no institution, no page: only groups of numbers.
    expect(text).not.toMatch(/https?:|example\.test|Pair \d|pair-\d|"pages"|"url"/);
    const run = await runCli(['audit', '--study', 'web', '--reports', reports, '--resume', '--no-report', '--peers', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/index [\d.]+ \(percentile 33\.3, n=6\)/);
    // The report alone can place the sites too.
    const report = await runCli(['report', '--study', 'web', '--reports', reports, '--peers', out, '--lang', 'fr']);
    expect(report.code, report.stderr).toBe(0);
    const $ = cheerio.load(readFileSync(join(reports, 'web', 'sites', `${mine.institution.id}.html`), 'utf8'));
    expect($('#peers-heading').text()).toBe('Parmi les pairs de l’étude « Mayenne 2026 »');
    expect(leaksIn(join(reports, 'web'), 'en')).toEqual([]);
  });

  it('refuses, with exit 2 and a clear message, peers scored with another index version', async () => {
    const out = join(dir, 'old-peers.json');
    const exported = await runCli(['export', '--study', 'mayenne-2026', '--reports', dir, '--format', 'peers']);
    writeFileSync(out, exported.stdout.replace(/"indexVersion": \d+/, '"indexVersion": 1'));
    const run = await runCli(['audit', '--study', 'web', '--reports', reports, '--resume', '--no-report', '--peers', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`was scored with index version 1, and this muniseo scores with version ${indexVersion}`);
  });
});
