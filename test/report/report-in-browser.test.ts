// The generated report as a reader gets it: opened from disk in the system Chromium, styled by its
// own stylesheet under its Content-Security-Policy, navigable, and accessible (axe-core).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeFlags, findChrome } from '../../src/browser/chrome.js';
import { writeReport, type WrittenReport } from '../../src/report/index.js';
import { syntheticSiteResult, writeSyntheticStudy } from './synthetic-study.js';

const count = 60;
let dir: string;
let earlier: string;
let report: WrittenReport;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-report-browser-'));
  earlier = mkdtempSync(join(tmpdir(), 'muniseo-report-earlier-'));
  writeSyntheticStudy(earlier, count, { name: 'édition 2025', from: 4, edition: 1 }).close();
  const store = writeSyntheticStudy(dir, count, { name: 'Communes fictives 2026' });
  report = await writeReport(store, { studyDir: dir, lang: 'fr', compareWith: earlier, pdf: true });
  store.close();
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeFlags });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(earlier, { recursive: true, force: true });
});

const fileUrl = (...parts: string[]) => pathToFileURL(join(dir, ...parts)).href;

/** The share of audited synthetic sites at level 2 or above, computed from the builder, not the report. */
function deliberateShare(): { audited: number; percent: number } {
  const levels = Array.from({ length: count }, (_, i) => syntheticSiteResult(i).index?.level).filter((level) => level !== undefined);
  return { audited: levels.length, percent: Math.round((100 * levels.filter((level) => level >= 2).length) / levels.length) };
}

describe('the report opened in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  it('shows the answer, styled by its own stylesheet under its CSP', async () => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(fileUrl('index.html'));
    await expect(page.locator('h1').textContent()).resolves.toBe('Étude muniseo : Communes fictives 2026');
    const { audited, percent } = deliberateShare();
    const answer = (await page.locator('#answer .answer').textContent()) ?? '';
    expect(answer).toMatch(new RegExp(`^Sur les ${audited} institutions auditées, ${percent}\\s%`));
    expect(
      await page
        .getByRole('img', { name: 'Part des institutions auditées à chaque niveau de maturité SEO, avec intervalle de confiance à 95 %' })
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .locator('.fictional')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ).toBe('rgb(255, 244, 206)');
    expect(await page.locator('#institutions tbody tr').count()).toBe(count);
    expect(violations).toEqual([]);
  });

  it('links each institution to its own page', async () => {
    await page.goto(fileUrl('index.html'));
    await page.locator('#institutions tbody tr').nth(2).getByRole('link').click();
    expect(page.url()).toBe(fileUrl('sites', '10002.html'));
    expect(await page.locator('h1').textContent()).toBe('Commune fictive n° 2');
    expect(await page.locator('main').textContent()).toContain('Place dans son groupe de pairs');
    await page.getByRole('link', { name: 'Retour au rapport' }).click();
    expect(page.url()).toBe(fileUrl('index.html'));
  });

  it('sorts the audited pages by the column heading clicked, without script', async () => {
    await page.goto(fileUrl('sites', '10000.html'));
    const visible = () =>
      page
        .locator('.audited-pages-table')
        .evaluateAll((tables) => tables.filter((table) => (table as HTMLElement).offsetParent !== null).map((table) => table.id));
    // By default, the table sorted by the worst score alone.
    expect(await visible()).toEqual(['audited-pages-by-worst']);
    await page.locator('#audited-pages-by-worst thead').getByRole('link', { name: 'LCP' }).click();
    expect(await visible()).toEqual(['audited-pages-by-lcp']);
    expect(await page.locator('#audited-pages-by-lcp thead th[aria-sort="descending"]').textContent()).toContain('LCP');
  });

  it('says plainly on an institution page that a site could not be audited, and why', async () => {
    await page.goto(fileUrl('sites', '10005.html'));
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Ce site n’a pas pu être audité : injoignable. connection refused (ECONNREFUSED)');
    expect(await page.locator('.fictional').first().isVisible()).toBe(true);
  });
});

describe('accessibility (axe-core)', () => {
  const pages = [
    ['index', ['index.html']],
    ['an audited institution', ['sites', '10000.html']],
    ['an institution not audited', ['sites', '10005.html']],
    ['the editions compared', ['compare.html']],
  ] as const;

  for (const [name, path] of pages) {
    it(`finds no serious or critical violation on ${name}`, async () => {
      // axe is injected as a script: the report's CSP forbids scripts, so it is bypassed for the audit only.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(fileUrl(...path));
      await page.addScriptTag({ content: axe.source });
      const results = await page.evaluate(() =>
        (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
      );
      await context.close();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
      expect(serious).toEqual([]);
      expect(results.passes.length + results.incomplete.length + results.inapplicable.length).toBeGreaterThan(0);
    });
  }
});

describe('report.pdf', () => {
  it('prints the index with Chromium', () => {
    expect(report.pdfPath).toBe(join(dir, 'report.pdf'));
    const pdf = readFileSync(join(dir, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Many pages: the methodology and the tables do not fit on a few.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(5);
  });
});
