import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('command line conventions', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['audit', 'report', 'export', 'sites', 'demo'])('%s --help describes the command and exits 0', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`muniseo ${command}`);
    expect(run.stdout).toMatch(/--help/);
  });

  it('a wrong flag says so first, then where the help is, and exits 2', async () => {
    const run = await runCli(['audit', '--no-such-flag', 'https://example.test/']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^muniseo: Unknown argument/i);
    expect(lines.slice(1)).toEqual(['Run "muniseo audit --help" for usage.']);
    expect(run.stdout).toBe('');
  });

  it('a usage error of a subcommand points to its own help', async () => {
    const run = await runCli(['sites', 'import', '--from', 'xml', 'registry.xml']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('Run "muniseo sites import --help" for usage.');
  });

  it('no command at all is bad usage', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/give a command/);
  });

  it('an audit without sites is bad usage', async () => {
    const run = await runCli(['audit', '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/at least one URL/);
  });

  it('a missing Chromium says how to install one and exits 1', async () => {
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--reports', dir, '--study', 'nochrome'], {
      env: { CHROME_PATH: join(dir, 'no-chromium-here') },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/apt-get install -y chromium/);
    expect(run.stderr).toMatch(/CHROME_PATH/);
  });

  it('an invalid config file is bad usage, naming the field', async () => {
    const config = join(dir, 'bad.json');
    writeFileSync(config, JSON.stringify({ crawl: { maxPages: -3 } }));
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--config', config, '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/maxPages/);
  });

  it('a misspelt key in the config file is bad usage, naming the key and the closest valid one', async () => {
    const config = join(dir, 'typo.json');
    writeFileSync(config, JSON.stringify({ crawl: { maxPage: 5 } }));
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--config', config, '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown key "crawl.maxPage" (did you mean "crawl.maxPages"?)');
  });

  it('export of an unknown study is bad usage, like any name given that is not there', async () => {
    const run = await runCli(['export', '--study', 'nothing-here', '--format', 'json', '--reports', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^muniseo: no study "nothing-here"/);
  });

  it('a --sites file that is not there is bad usage, as a --config file that is not there', async () => {
    const sites = await runCli(['audit', '--sites', join(dir, 'no-such.csv'), '--reports', dir, '--no-lighthouse']);
    expect(sites.code).toBe(2);
    expect(sites.stderr).toMatch(/^muniseo: --sites .*no-such\.csv: no such file/);
    const config = await runCli([
      'audit',
      'http://127.0.0.1:9/',
      '--config',
      join(dir, 'no-such.json'),
      '--reports',
      dir,
      '--no-lighthouse',
    ]);
    expect(config.code).toBe(2);
  });

  it.each([
    ['--concurrency', '1000', 'concurrency'],
    ['--lighthouse-concurrency', '100', 'lighthouse.concurrency'],
  ])('%s %s is above its upper bound: bad usage naming the setting', async (flag, value, setting) => {
    const run = await runCli(['audit', 'http://127.0.0.1:9/', flag, value, '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Too big/);
    expect(run.stderr).toContain(`at ${setting}`);
  });
});

describe('the study folder', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'muniseo-project-'));
    writeFileSync(join(project, 'notes.html'), 'the user’s own file');
    mkdirSync(join(project, 'sites'));
    writeFileSync(join(project, 'sites', 'brouillon.html'), 'the user’s own page');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it.each(['..', '.', '../..', '.hidden', 'a/b'])('--study %j is refused and nothing is written anywhere', async (study) => {
    const reports = join(project, 'reports');
    const before = readdirSync(project).sort();
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--study', study, '--reports', reports, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^muniseo: the study name ".*" is not usable/);
    expect(readdirSync(project).sort()).toEqual(before);
    expect(existsSync(reports)).toBe(false);
    expect(readdirSync(join(project, 'sites'))).toEqual(['brouillon.html']);
  });

  it('--study .. is refused by report and export too', async () => {
    for (const command of [['report'], ['export', '--format', 'json']]) {
      const run = await runCli([...command, '--study', '..', '--reports', join(project, 'reports')]);
      expect(run.code, command[0]).toBe(2);
      expect(run.stderr).toMatch(/not usable/);
    }
  });

  it('--resume of a study that does not exist is bad usage and creates nothing', async () => {
    const reports = join(project, 'reports');
    const run = await runCli(['audit', '--study', 'jamais-commencee', '--resume', '--reports', reports, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^muniseo: there is no study "jamais-commencee" to resume/);
    expect(existsSync(reports)).toBe(false);
  });
});

describe('the registry an audit reads', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-registry-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is accounted for on stderr and in the study: read, kept, merged, skipped with reasons', async () => {
    const sites = join(dir, 'sites.csv');
    // Port 9 (discard) refuses connections on loopback (opened to the crawl): each site is audited at once, as unreachable.
    writeFileSync(
      sites,
      'id,name,url\n' +
        'a,Commune A,http://127.0.0.1:9/\n' +
        'a,Commune A bis,http://127.0.0.1:9/\n' +
        'b,Commune B,mairie@commune-b.test\n' +
        'c,Commune C,\n',
    );
    const reports = join(dir, 'reports');
    const run = await runCli([
      'audit',
      '--allow-private-network',
      '--sites',
      sites,
      '--study',
      'registre',
      '--reports',
      reports,
      '--no-lighthouse',
      '--no-report',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`warning: ${sites}:4: an e-mail address, not a website: mairie@commune-b.test\n`);
    expect(run.stderr).toContain(
      `warning: ${sites}: read 4, kept 1, merged 1, skipped 2, problems 2\n` +
        'warning:   skipped 1: e-mail address as URL\n' +
        'warning:   skipped 1: missing URL\n',
    );
    const db = new Database(join(reports, 'registre', 'study.sqlite'), { readonly: true });
    const stored = JSON.parse(db.prepare("SELECT value FROM study WHERE key = 'registry-imports'").pluck().get() as string);
    db.close();
    expect(stored).toEqual([
      {
        file: sites,
        importedAt: expect.any(String),
        read: 4,
        kept: 1,
        merged: 1,
        skipped: { 'e-mail address as URL': 1, 'missing URL': 1 },
        problems: [
          { line: 4, reason: 'an e-mail address, not a website: mairie@commune-b.test' },
          { line: 5, reason: 'no URL' },
        ],
        moreProblems: 0,
      },
    ]);
  });
});

describe('expected failures: one message and a hint, never a stack trace', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-failures-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a --reports that is a file, not a folder, fails with exit 1', async () => {
    writeFileSync(join(dir, 'a-file'), '');
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--reports', join(dir, 'a-file'), '--no-lighthouse']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^muniseo: cannot create the folder .*a-file.*: a file stands where a folder is needed \(ENOTDIR\)\n/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('export --out into a folder that does not exist fails with exit 1, said before anything is written, as sites import --out', async () => {
    const reports = join(dir, 'reports');
    mkdirSync(join(reports, 'vide'), { recursive: true });
    // A study to export: an empty one is enough.
    const created = await runCli([
      'audit',
      'http://127.0.0.1:9/',
      '--study',
      'vide',
      '--reports',
      reports,
      '--no-lighthouse',
      '--no-report',
    ]);
    expect(created.code, created.stderr).toBe(0);
    const run = await runCli([
      'export',
      '--study',
      'vide',
      '--format',
      'json',
      '--reports',
      reports,
      '--out',
      join(dir, 'no', 'such', 'x.json'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^muniseo: cannot write .*x\.json: the folder .*such does not exist\n/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
