// `muniseo sites import` through yargs, in-process, with the exit-code rules of src/cli/main.ts
// (UsageError → 2, CommandError → 1) and stdout/stderr captured.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yargs from 'yargs';
import { afterAll, describe, expect, it } from 'vitest';
import { createSitesCommand } from '../../src/cli/sites.js';
import { CommandError, UsageError } from '../../src/cli/usage-error.js';
import { readSitesCsv } from '../../src/institutions/index.js';

const fixture = (name: string) => new URL(`../../fixtures/institutions/${name}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'muniseo-sites-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  help: string;
}

async function sites(args: string[]): Promise<Run> {
  const run: Run = { code: 0, stdout: '', stderr: '', help: '' };
  const io = { stdout: { write: (text: string) => (run.stdout += text) }, stderr: { write: (text: string) => (run.stderr += text) } };
  let usage: string | undefined;
  const cli = yargs()
    .scriptName('muniseo')
    .command(createSitesCommand(io))
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      if (error && !(error instanceof UsageError)) throw error;
      usage = message ?? error?.message;
    });
  try {
    await cli.parseAsync(['sites', ...args], {}, (_error, _argv, output) => {
      run.help = output;
    });
  } catch (error) {
    if (error instanceof UsageError) usage = error.message;
    else if (error instanceof CommandError) {
      run.code = 1;
      run.stderr += error.message;
    } else throw error;
  }
  if (usage !== undefined) {
    run.code = 2;
    run.stderr += usage;
  }
  return run;
}

describe('muniseo sites import', () => {
  it('writes the sites CSV to stdout and the account of the import to stderr', async () => {
    const run = await sites(['import', '--from', 'csv', fixture('sites.csv')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(fixture('sites.expected.csv'), 'utf8'));
    expect(run.stderr).toContain(`${fixture('sites.csv')}:6: unknown INSEE code 99999`);
    expect(run.stderr).toContain(`${fixture('sites.csv')}:9: malformed CSV: quote inside unquoted field 1`);
    expect(run.stderr).toContain('read 18, kept 10, merged 1, skipped 7, problems 9');
    expect(run.stderr).toContain('  skipped 1: wrong column count');
  });

  it('imports an Annuaire export with the kinds asked, to --out', async () => {
    const out = join(dir, 'annuaire.csv');
    const run = await sites([
      'import',
      '--from',
      'annuaire',
      fixture('annuaire-api.json'),
      '--kind',
      'commune',
      'departement',
      'epci',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    // The mairie of Angers has no website: written last, with the URL none, and counted.
    const written = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(`${written.slice(0, -1).join('\n')}\n`).toBe(readFileSync(fixture('annuaire-all-kinds.expected.csv'), 'utf8'));
    expect(written.at(-1)).toMatch(/^49007,Angers,commune,none,49007,\d{9},\d+,100000\+,49,52,\d{9}$/);
    expect(run.stderr).toContain('read 16, kept 6, merged 1');
    expect(run.stderr).toContain('  without a website: 1 (commune × 100000+ 1): counted, not audited');
  });

  it('imports a list of domains', async () => {
    const run = await sites(['import', '--from', 'domains', fixture('communes.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(fixture('domains.expected.csv'), 'utf8'));
  });

  it('filters by département (code or name), population and stratum, counting what each filter left out', async () => {
    const byName = await sites(['import', '--from', 'csv', fixture('sites.csv'), '--departement', 'Mayenne', '--kind', 'commune']);
    const ids = byName.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(ids).toEqual(['53130', 'saint-exemple-test']);
    // Of the 10 institutions kept: an EPCI, a département and an `other` are not communes;
    // of the 7 communes, 5 lie outside Mayenne (49, 72, 06, 49, 01).
    expect(byName.stderr).toContain('  skipped 3: excluded by --kind');
    expect(byName.stderr).toContain('  skipped 5: excluded by --departement');

    const bySize = await sites(['import', '--from', 'csv', fixture('sites.csv'), '--min-population', '4996', '--max-population', '12500']);
    expect(
      bySize.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['72180', '06159', 'saint-exemple-test', '49050']);

    const byStratum = await sites(['import', '--from', 'csv', fixture('sites.csv'), '--stratum', '100000+']);
    expect(
      byStratum.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['49007', '200083392', 'departement-test']);
  });

  it('samples deterministically: the same seed gives the same file', async () => {
    const args = ['import', '--from', 'csv', fixture('sites.csv'), '--sample', '4', '--seed', '2026'];
    const first = await sites(args);
    const second = await sites(args);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout.trim().split('\n')).toHaveLength(5);
    expect(first.stderr).toContain('  skipped 6: not drawn in the sample');
  });

  it('lists the peer groups with --group-by and flags those too small to compare', async () => {
    const run = await sites(['import', '--from', 'csv', fixture('sites.csv'), '--group-by', 'réseau']);
    expect(run.stderr).toContain('peer groups by réseau: 3');
    expect(run.stderr).toContain('  5\tunknown');
    expect(run.stderr).toContain('  4\touest (fewer than 5: too small to compare)');
  });

  it('writes strata of --strata into the file', async () => {
    const run = await sites(['import', '--from', 'csv', fixture('sites.csv'), '--strata', '1000,50000']);
    const out = join(dir, 'strata.csv');
    writeFileSync(out, run.stdout);
    const { institutions } = await readSitesCsv(out);
    expect(institutions.find((institution) => institution.id === '53130')?.stratum).toBe('1000-49999');
    expect(institutions.find((institution) => institution.id === '49007')?.stratum).toBe('50000+');
  });

  describe('bad usage exits 2 with a clear message', () => {
    it.each([
      [['import', '--from', 'csv', fixture('annuaire-bulk.json')], /annuaire-bulk\.json: this is JSON, not CSV/],
      [['import', '--from', 'annuaire', fixture('sites.csv')], /not JSON/],
      [['import', '--from', 'domains', fixture('sites.csv')], /several columns/],
      [['import', '--from', 'csv', join(dir, 'nowhere.csv')], /no such file/],
      // yargs rejects these first; the command checks them again, as yargs still runs a handler
      // when the fail handler does not throw.
      [['import', '--from', 'xml', fixture('sites.csv')], /Invalid values|--from must be one of csv, annuaire, domains/],
      [['import', fixture('sites.csv')], /Missing required argument: from|--from must be one of/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--kind', 'mairie'], /Invalid values|unknown --kind mairie/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--stratum', '5000-10000'], /unknown stratum "5000-10000"/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--departement', 'Atlantide'], /unknown département "Atlantide"/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--min-population', '5000', '--max-population', '100'], /above --max-population/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--sample', '0'], /--sample 0/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--seed', '1'], /--seed needs --sample/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--group-by', 'canton'], /no column canton/],
      [['import', '--from', 'csv', fixture('sites.csv'), '--strata', '500,100'], /must increase/],
    ])('%j', async (args, message) => {
      const run = await sites(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    });
  });

  it('exits 1 when the output cannot be written', async () => {
    const run = await sites(['import', '--from', 'csv', fixture('sites.csv'), '--out', join(dir, 'no-such-dir', 'x.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot write/);
  });

  it('--help describes every option', async () => {
    const run = await sites(['import', '--help']);
    for (const option of [
      '--from',
      '--kind',
      '--departement',
      '--region',
      '--min-population',
      '--max-population',
      '--stratum',
      '--sample',
      '--seed',
      '--group-by',
      '--strata',
      '--out',
    ]) {
      expect(run.help).toMatch(new RegExp(`${option}\\s+\\S`));
    }
    expect(run.help).toContain('annuaire');
  });
});
