// A registry imported with `sites import`, audited with `audit --sites`, reported by peer group.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { runCli } from '../helpers/cli.js';

// Six sites in the "nord" network (a comparable group), two in "sud" (too small to compare).
const registry: [site: string, network: string][] = [
  ['saint-exemple-sur-loire', 'nord'],
  ['villebelle', 'nord'],
  ['petit-exemple-les-bois', 'nord'],
  ['hameau-de-fictionville', 'nord'],
  ['vieux-bourg', 'nord'],
  ['cc-pays-imaginaire', 'nord'],
  ['calendrier-sur-marne', 'sud'],
  ['val-inexistant', 'sud'],
];

describe('peer groups from an imported registry', () => {
  let dir: string;
  let web: FixtureWeb;
  let html: string;
  let sitesCsv: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-groups-'));
    web = await startFixtureWeb({ only: registry.map(([site]) => site) });
    const source = join(dir, 'registry.csv');
    const rows = registry.map(([site, network]) => `${site},${web.origin(site)}/,commune,1500,53,${network}`);
    writeFileSync(source, `name,url,kind,population,departement,reseau\n${rows.join('\n')}\n`);
    const imported = await runCli(['sites', 'import', '--from', 'csv', source, '--out', join(dir, 'sites.csv')]);
    expect(imported.code, imported.stderr).toBe(0);
    sitesCsv = readFileSync(join(dir, 'sites.csv'), 'utf8');
    const reports = join(dir, 'reports');
    // Peer groups do not depend on rendering: no Chromium launch per site (crawl.renderHome).
    const config = join(dir, 'muniseo.config.json');
    writeFileSync(config, JSON.stringify({ crawl: { renderHome: false } }));
    const audit = await runCli([
      'audit',
      '--allow-private-network',
      '--config',
      config,
      '--sites',
      join(dir, 'sites.csv'),
      '--study',
      'groups',
      '--reports',
      reports,
      '--no-lighthouse',
      '--group-by',
      'reseau',
    ]);
    expect(audit.code, audit.stderr).toBe(0);
    html = readFileSync(join(reports, 'groups', 'index.html'), 'utf8');
  }, 240_000);
  afterAll(async () => {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the extra column and the stratum through the import', () => {
    const [header, first] = sitesCsv.trim().split(/\r?\n/);
    expect(header).toMatch(/reseau/);
    expect(header).toMatch(/stratum/);
    expect(first).toMatch(/500-1999/);
  });

  it('reports each peer group with its size, comparing only groups of five or more', () => {
    const $ = cheerio.load(html);
    const rows = $('#groups table tr')
      .toArray()
      .map((row) =>
        $(row)
          .children('th, td')
          .toArray()
          .map((cell) => $(cell).text().replace(/\s+/g, ' ').trim())
          .join(' | '),
      );
    const rowOf = (label: string) => rows.find((text) => text.toLowerCase().startsWith(label));
    const nord = rowOf('nord');
    const sud = rowOf('sud');
    expect(nord, 'row of the "nord" group').toBeDefined();
    expect(sud, rows.join('\n')).toBeDefined();
    expect(nord).toMatch(/^nord \| 6 \| 6 \|/);
    expect(nord).not.toMatch(/trop petit/);
    // val-inexistant refuses connections: two registered, one audited.
    expect(sud).toMatch(/^sud \| 2 \| 1 \|/);
    expect(sud).toMatch(/trop petit/);
  });
});
