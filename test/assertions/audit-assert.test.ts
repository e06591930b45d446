// `muniseo audit --assert FILE [--junit FILE]` as a CI job runs it: exit 0 when only warnings fail,
// 1 when an error assertion fails (each failure printed with its actual value), 2 on a bad
// assertion file, naming the key, before anything is crawled.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { runCli, type CliRun } from '../helpers/cli.js';

const fixture = 'petit-exemple-les-bois';
let dir: string;
let web: FixtureWeb;
let reports: string;
let stored: { score: number; level: number };

function assertionFile(name: string, assertions: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ ci: { assert: { assertions } } }));
  return path;
}

/** The study audited once; later runs --resume it, which audits nothing more and judges it again. */
function judge(file: string, ...extra: string[]): Promise<CliRun> {
  return runCli(['audit', '--study', 'ci', '--reports', reports, '--resume', '--no-report', '--assert', file, ...extra]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-assert-'));
  reports = join(dir, 'reports');
  web = await startFixtureWeb({ only: [fixture] });
  const first = await runCli([
    'audit',
    `${web.origin(fixture)}/`,
    '--study',
    'ci',
    '--reports',
    reports,
    '--no-lighthouse',
    '--no-report',
    '--allow-private-network',
    '--assert',
    assertionFile('first.json', { 'muniseo:index': ['error', { minScore: 0 }] }),
  ]);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stderr).toContain('assertions: all 1 passed');
  const db = new Database(join(reports, 'ci', 'study.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT result FROM sites').get() as { result: string };
    const index = (JSON.parse(row.result) as { index: { score: number; level: number } }).index;
    stored = { score: index.score, level: index.level };
  } finally {
    db.close();
  }
}, 240_000);

afterAll(async () => {
  await web?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('0 when only warn assertions fail; each is printed with its actual value', async () => {
    const file = assertionFile('warn.json', {
      'muniseo:index': ['warn', { minScore: 100 }],
      'muniseo:level': ['error', { minLevel: 0 }],
    });
    const run = await judge(file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`warn   muniseo:index  `);
    expect(run.stderr).toContain(`minScore >= 100, actual ${stored.score}`);
    expect(run.stderr).toContain('assertions: 1 of 2 failed (0 errors, 1 warning)');
  });

  it('1 when an error assertion fails, and the JUnit file says which', async () => {
    const file = assertionFile('error.json', { 'muniseo:index': ['error', { minScore: stored.score + 1 }] });
    const junit = join(dir, 'junit.xml');
    const run = await judge(file, '--junit', junit);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error  muniseo:index  `);
    expect(run.stderr).toContain(`minScore >= ${stored.score + 1}, actual ${stored.score}`);
    expect(run.stderr).toMatch(/1 error assertion failed/);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuite [^>]*tests="1" failures="1"/);
    expect(xml).toContain('<failure message="error  muniseo:index');
  });

  it('2 on a bad assertion file, naming the key, before any audit', async () => {
    const file = assertionFile('bad.json', { 'muniseo:check:sitemap-presnt': 'error' });
    const run = await runCli([
      'audit',
      `${web.origin(fixture)}/`,
      '--study',
      'never',
      '--reports',
      reports,
      '--no-lighthouse',
      '--assert',
      file,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"muniseo:check:sitemap-presnt": not a check of the catalogue');
    expect(run.stderr).toContain('did you mean "sitemap-present"');
    expect(existsSync(join(reports, 'never'))).toBe(false);
  });

  it('2 when the file asserts Lighthouse results and Lighthouse is off', async () => {
    const file = assertionFile('lighthouse.json', { 'categories:seo': 'error' });
    const run = await runCli([
      'audit',
      `${web.origin(fixture)}/`,
      '--study',
      'never',
      '--reports',
      reports,
      '--no-lighthouse',
      '--assert',
      file,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('asserts Lighthouse results, and Lighthouse is off');
  });
});
