// `audit --assert` on real Lighthouse results: the home page of a fixture town audited twice by
// Lighthouse in Chromium, its category, metric and SEO audit asserted, the runs aggregated.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { runCli, type CliRun } from '../helpers/cli.js';

const fixture = 'petit-exemple-les-bois';
let dir: string;
let web: FixtureWeb;
let run: CliRun;
let junit: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-assert-lighthouse-'));
  web = await startFixtureWeb({ only: [fixture] });
  const assertions = join(dir, 'assert.json');
  writeFileSync(
    assertions,
    JSON.stringify({
      assertions: {
        // Always true: a score is at least 0.
        'categories:seo': ['error', { minScore: 0 }],
        // Never true: no page paints in a millisecond; a warning, so the command still exits 0.
        'largest-contentful-paint': ['warn', { maxNumericValue: 1, aggregationMethod: 'median' }],
        'first-contentful-paint': ['warn', { maxNumericValue: 600000, aggregationMethod: 'pessimistic' }],
      },
    }),
  );
  junit = join(dir, 'junit.xml');
  run = await runCli([
    'audit',
    `${web.origin(fixture)}/`,
    '--study',
    'lighthouse',
    '--reports',
    join(dir, 'reports'),
    '--lighthouse-pages',
    '0',
    '--lighthouse-runs',
    '2',
    '--no-report',
    '--allow-private-network',
    '--assert',
    assertions,
    '--junit',
    junit,
  ]);
}, 600_000);

afterAll(async () => {
  await web?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('assertions on Lighthouse runs', () => {
  it('judges the home page, prints the failed warning with the median of its two runs, and exits 0', () => {
    expect(run.code, run.stderr).toBe(0);
    const line = run.stderr.split('\n').find((candidate) => candidate.startsWith('warn   largest-contentful-paint'));
    expect(line).toBeDefined();
    const match = /actual ([\d.]+) \(median of 2 runs: ([\d.]+), ([\d.]+)\)/.exec(line ?? '');
    expect(match).not.toBeNull();
    const [actual, first, second] = (match ?? []).slice(1).map(Number) as [number, number, number];
    // Rounded to the thousandth as printed: the median of two runs is their mean.
    expect(actual).toBeCloseTo((first + second) / 2, 0);
    expect(run.stderr).toContain('assertions: 1 of 3 failed (0 errors, 1 warning)');
  });

  it('writes one valid JUnit test case per assertion on the page', async () => {
    const xml = readFileSync(junit, 'utf8');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain(`name="categories:seo ${web.origin(fixture)}/ (mobile)"`);
    const schema = readFileSync(new URL('../fixtures/junit/JUnit.xsd', import.meta.url), 'utf8');
    const result = await validateXML({
      xml: { fileName: 'junit.xml', contents: xml },
      schema: { fileName: 'JUnit.xsd', contents: schema },
    });
    expect(result.valid, result.rawOutput).toBe(true);
  });
});
