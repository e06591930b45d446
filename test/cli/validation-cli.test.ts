// muniseo sample-for-review and muniseo agreement as a user runs them (built CLI), on a synthetic
// study; then the report's methodology prints the recorded figures.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { syntheticSiteResult, writeSyntheticStudy } from '../report/synthetic-study.js';

const count = 40;
let reports: string;

beforeAll(() => {
  reports = mkdtempSync(join(tmpdir(), 'muniseo-validation-'));
  mkdirSync(join(reports, 'communes'));
  writeSyntheticStudy(join(reports, 'communes'), count, { name: 'communes' }).close();
});

afterAll(() => {
  rmSync(reports, { recursive: true, force: true });
});

describe('muniseo sample-for-review', () => {
  it('writes a blind sheet of n audited sites, the same for the same seed', async () => {
    const first = await runCli(['sample-for-review', '--study', 'communes', '--reports', reports, '--n', '12', '--seed', 'essai']);
    expect(first.code, first.stderr).toBe(0);
    const path = join(reports, 'communes', 'validation', 'sample-essai.csv');
    // 34 of the 40 synthetic institutions are audited (see test/report/uncertainty-report.test.ts).
    expect(first.stdout).toMatch(new RegExp(`^12 sites tirés sur 34 audités \\(\\d+ strates, graine « essai »\\) : ${path}\\n$`));
    const sheet = readFileSync(path, 'utf8');
    const lines = sheet.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,url,niveau,remarques');
    expect(lines).toHaveLength(13);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\d{5},https:\/\/www\.commune-fictive-\d+\.test\/,,$/);

    const again = await runCli([
      'sample-for-review',
      '--study',
      'communes',
      '--reports',
      reports,
      '--n',
      '12',
      '--seed',
      'essai',
      '--lang',
      'en',
    ]);
    expect(again.code).toBe(0);
    expect(readFileSync(path, 'utf8').split('\r\n').slice(1)).toEqual(sheet.split('\r\n').slice(1));
  });

  it('exits 2 on bad usage and explains itself in --help', async () => {
    const zero = await runCli(['sample-for-review', '--study', 'communes', '--reports', reports, '--n', '0', '--seed', 'x']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--n must be a whole number of sites, 1 or more');
    const missing = await runCli(['sample-for-review', '--study', 'ailleurs', '--reports', reports, '--seed', 'x']);
    expect(missing.code).toBe(2);
    const help = await runCli(['sample-for-review', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--seed');
    expect(help.stdout).toContain('Exit codes: 0 sheet written');
  });
});

describe('muniseo agreement', () => {
  // Two labellers who give every audited site muniseo's own level, but for one site where the
  // second says 3 and the first 0: a third labeller says 0, settling it at muniseo's level.
  const audited = Array.from({ length: count }, (_, i) => syntheticSiteResult(i)).filter((result) => result.index);
  const rows = (level: (id: string, muniseo: number) => number | '') =>
    [
      'id,url,level',
      ...audited.map((result) => `${result.institution.id},${result.institution.url},${level(result.institution.id, result.index!.level)}`),
    ].join('\n');
  const lowOne = audited.find((result) => result.index!.level === 0)!.institution.id;

  it('prints the kappas and precision/recall, records them, and the report’s methodology prints them', async () => {
    const dir = join(reports, 'labels');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'alice.csv'),
      rows((_, level) => level),
    );
    writeFileSync(
      join(dir, 'bruno.csv'),
      rows((id, level) => (id === lowOne ? 3 : level)),
    );
    writeFileSync(
      join(dir, 'claire.csv'),
      rows((id) => (id === lowOne ? 0 : '')),
    );
    const run = await runCli([
      'agreement',
      '--study',
      'communes',
      '--reports',
      reports,
      '--labels',
      join(dir, 'alice.csv'),
      join(dir, 'bruno.csv'),
      join(dir, 'claire.csv'),
      '--lang',
      'en',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Consensus: 33 agreed, 1 settled by the third labeller, 0 at the lower level');
    // The consensus is muniseo's level everywhere: perfect agreement.
    expect(run.stdout).toContain('muniseo / consensus: kappa 1.00, exact agreement 100% over 34 sites');
    expect(run.stdout).toContain('alice.csv / claire.csv: kappa ');
    expect(run.stdout).toMatch(/alice\.csv \/ bruno\.csv: kappa 0\.\d\d, exact agreement 97% over 34 sites/);

    const report = await runCli(['report', '--study', 'communes', '--reports', reports]);
    expect(report.code, report.stderr).toBe(0);
    const page = cheerio.load(readFileSync(join(reports, 'communes', 'index.html'), 'utf8'));
    const validation = page('#validation').nextUntil('h3').text().replace(/\s+/g, ' ');
    expect(validation).toContain('muniseo face au consensus : kappa 1, accord exact 100 %, sur 34 sites.');
    expect(validation).toContain('Consensus : 33 sites d’accord, 1 tranchés par le troisième annotateur, 0 ramenés au niveau le plus bas.');
  }, 120_000);

  it('exits 1 on a malformed sheet and 2 on bad usage', async () => {
    const bad = join(reports, 'bad.csv');
    writeFileSync(bad, 'id,level\n10000,5\n');
    const malformed = await runCli(['agreement', '--study', 'communes', '--reports', reports, '--labels', bad, bad]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain(`${bad}:2: level "5" is not 0, 1, 2 or 3`);
    const one = await runCli(['agreement', '--study', 'communes', '--reports', reports, '--labels', bad]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('--labels takes two or three files');
    const missing = await runCli(['agreement', '--study', 'communes', '--reports', reports, '--labels', bad, join(reports, 'none.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`--labels ${join(reports, 'none.csv')}: no such file`);
    expect(existsSync(join(reports, 'none.csv'))).toBe(false);
  });
});
