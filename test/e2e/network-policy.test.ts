// The network policy from the command line: by default the audit reaches public addresses only
// (a site on 127.0.0.1 is refused, and says so); --allow-private-network opens loopback; --exclude
// FILE, or the config file's crawl.exclude, keeps an institution out without a single request.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { runCli } from '../helpers/cli.js';

interface ExportedSite {
  id: string;
  outcome: string;
  reason: string | null;
  reasonMessages?: { id: string; values?: Record<string, unknown> }[] | null;
}

let web: FixtureWeb;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-netpolicy-'));
  web = await startFixtureWeb({ only: ['test-links', 'test-redirects'] });
});
afterAll(async () => {
  await web?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(reports: string, study: string): Promise<ExportedSite[]> {
  const run = await runCli(['export', '--study', study, '--format', 'json', '--reports', reports]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { sites: ExportedSite[] }).sites;
}

/** The fixture site `name` under the host `localhost` (the system resolver answers 127.0.0.1 or ::1). */
const viaLocalhost = (name: string) => web.origin(name).replace('127.0.0.1', 'localhost');

describe('muniseo audit and the network policy', () => {
  it('refuses a site on a loopback address by default, recording why, with no request sent', async () => {
    const reports = join(dir, 'reports-default');
    const before = web.requests('test-links').length;
    const run = await runCli([
      'audit',
      `${web.origin('test-links')}/`,
      '--study',
      'defaut',
      '--reports',
      reports,
      '--no-lighthouse',
      '--no-report',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [site] = await exported(reports, 'defaut');
    expect(site?.outcome).toBe('refused-address');
    expect(site?.reason).toMatch(
      /^not connecting to 127\.0\.0\.1: a loopback address \(this machine\), closed by muniseo’s network policy$/,
    );
    expect(web.requests('test-links').length).toBe(before);
  });

  it('--exclude FILE keeps an institution out with no request, and --allow-private-network audits the other', async () => {
    const reports = join(dir, 'reports-flags');
    const exclusions = join(dir, 'exclusions.txt');
    writeFileSync(exclusions, '# Propriétaires qui ont demandé à ne pas être explorés\nlocalhost   # courriel du 2 mai\n');
    const sites = join(dir, 'sites.csv');
    writeFileSync(
      sites,
      `id,name,url\nexclue,Commune exclue,${viaLocalhost('test-redirects')}/\nouverte,Commune ouverte,${web.origin('test-links')}/\n`,
    );
    const before = web.requests('test-redirects').length;
    const run = await runCli([
      'audit',
      '--sites',
      sites,
      '--allow-private-network',
      '--exclude',
      exclusions,
      '--study',
      'exclusions',
      '--reports',
      reports,
      '--no-lighthouse',
      '--no-report',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const byId = new Map((await exported(reports, 'exclusions')).map((site) => [site.id, site]));
    expect(byId.get('exclue')).toMatchObject({
      outcome: 'excluded',
      reason: 'localhost is on the exclusion list (localhost): not audited, no request sent',
      reasonMessages: [{ id: 'crawl.excluded', values: { host: 'localhost', rule: 'localhost' } }],
    });
    expect(byId.get('ouverte')?.outcome).toBe('ok');
    expect(web.requests('test-redirects').length).toBe(before);
  });

  it('reads both settings from the config file, the exclusion file relative to it', async () => {
    const reports = join(dir, 'reports-config');
    const folder = mkdtempSync(join(dir, 'config-'));
    writeFileSync(join(folder, 'ne-pas-explorer.txt'), 'localhost\n');
    writeFileSync(
      join(folder, 'muniseo.config.json'),
      JSON.stringify({ crawl: { allowPrivateNetwork: true, exclude: 'ne-pas-explorer.txt' } }),
    );
    const before = web.requests('test-redirects').length;
    const run = await runCli([
      'audit',
      `${viaLocalhost('test-redirects')}/`,
      `${web.origin('test-links')}/`,
      '--config',
      join(folder, 'muniseo.config.json'),
      '--study',
      'config',
      '--reports',
      reports,
      '--no-lighthouse',
      '--no-report',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect((await exported(reports, 'config')).map((site) => site.outcome).sort()).toEqual(['excluded', 'ok']);
    expect(web.requests('test-redirects').length).toBe(before);
  });

  it('an exclusion file that is missing, or names no host on a line, is bad usage', async () => {
    const missing = await runCli([
      'audit',
      'https://www.example.fr/',
      '--exclude',
      join(dir, 'absent.txt'),
      '--reports',
      dir,
      '--no-lighthouse',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^muniseo: --exclude: exclusion file not found: .*absent\.txt\n/);
    const bad = join(dir, 'mauvaise.txt');
    writeFileSync(bad, 'laval.fr\nla mairie de Changé\n');
    const run = await runCli(['audit', 'https://www.example.fr/', '--exclude', bad, '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${bad}:2: not a host or domain: "la mairie de Changé"`);
  });
});
