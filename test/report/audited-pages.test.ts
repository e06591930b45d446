// The site page lists every audited page with its four scores, LCP, CLS, TBT and failed checks,
// sortable by column without script: one pre-sorted table per column, each heading a link to it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LighthousePageResult, PageRecord } from '../../src/model/index.js';
import { writeReport } from '../../src/report/index.js';
import { leaksIn } from '../helpers/language-leaks.js';
import { siteResult } from '../helpers/site-result.js';
import { syntheticMeta, writeStudy } from './synthetic-study.js';

const origin = 'https://ville.example.test';

function audited(path: string, scores: [number, number, number, number], lcp: number, cls: number, tbt: number): LighthousePageResult {
  const [performance, accessibility, bestPractices, seo] = scores;
  const categoryScores = { performance, accessibility, 'best-practices': bestPractices, seo };
  const metrics = { fcp: 900, lcp, cls, tbt, speedIndex: 1500, serverResponseTime: 100 };
  return {
    url: `${origin}${path}`,
    pageType: 'other',
    reason: 'page',
    formFactor: 'mobile',
    runs: [{ scores: categoryScores, metrics }],
    medianRun: 0,
    scores: categoryScores,
    metrics,
    spread: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
    failingSeoAudits: [],
    failingAccessibilityAudits: [],
  };
}

function crawled(path: string, failingChecks: string[]): PageRecord {
  const url = `${origin}${path}`;
  return {
    url,
    finalUrl: url,
    status: 200,
    depth: 1,
    discoveredBy: 'link',
    contentType: 'text/html',
    size: 900,
    truncated: false,
    timingMs: 10,
    renderedWith: 'http',
    redirects: 0,
    failingChecks,
  };
}

// Worst score: contact 50, actualites 60, home 80. LCP: contact 4000, actualites 3000, home 2000.
// CLS: actualites 0.25, home 0.1, contact 0. Failed checks: actualites 2, contact 1, home 0.
const site = siteResult('ville', {
  pages: [crawled('/', []), crawled('/contact', ['title-present']), crawled('/actualites', ['title-present', 'meta-description-present'])],
  lighthouse: {
    pages: [
      audited('/', [0.9, 0.8, 1, 1], 2000, 0.1, 50),
      audited('/contact', [0.5, 0.95, 0.9, 0.9], 4000, 0, 300),
      audited('/actualites', [0.7, 0.6, 1, 0.8], 3000, 0.25, 10),
    ],
  },
});

let dir: string;
let french: string;
let $: cheerio.CheerioAPI;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-audited-pages-'));
  french = mkdtempSync(join(tmpdir(), 'muniseo-audited-pages-fr-'));
  for (const [studyDir, lang] of [
    [dir, 'en'],
    [french, 'fr'],
  ] as const) {
    const store = writeStudy(studyDir, syntheticMeta('Pages auditées'), [site]);
    try {
      await writeReport(store, { studyDir, lang });
    } finally {
      store.close();
    }
  }
  $ = cheerio.load(readFileSync(join(dir, 'sites', 'ville.html'), 'utf8'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(french, { recursive: true, force: true });
});

const order = (key: string) =>
  $(`#audited-pages-by-${key} tbody th`)
    .map((_, cell) => $(cell).text().trim().replace(origin, ''))
    .get();

describe('every audited page, sortable without script', () => {
  it('one table per sort key, each sorted worst first', () => {
    expect(order('worst')).toEqual(['/contact', '/actualites', '/']);
    expect(order('accessibility')).toEqual(['/actualites', '/', '/contact']);
    expect(order('lcp')).toEqual(['/contact', '/actualites', '/']);
    expect(order('cls')).toEqual(['/actualites', '/', '/contact']);
    expect(order('tbt')).toEqual(['/contact', '/', '/actualites']);
    expect(order('checks')).toEqual(['/actualites', '/contact', '/']);
  });

  it('a row holds the four scores, LCP, CLS, TBT and the failed checks by title', () => {
    const cells = $('#audited-pages-by-worst tbody tr')
      .eq(1)
      .find('td')
      .map((_, cell) => $(cell).text().trim())
      .get();
    expect(cells.slice(0, 8)).toEqual(['mobile', '70', '60', '100', '80', '3,000 ms', '0.25', '10 ms']);
    expect($('#audited-pages-by-worst tbody tr').eq(1).find('td li').length).toBe(2);
  });

  it('each column heading links to the table sorted by it; the current one is marked for assistive technology', () => {
    const headings = $('#audited-pages-by-lcp thead th');
    expect(
      headings
        .find('a')
        .map((_, link) => $(link).attr('href'))
        .get(),
    ).toEqual([
      '#audited-pages-by-worst',
      '#audited-pages-by-performance',
      '#audited-pages-by-accessibility',
      '#audited-pages-by-best-practices',
      '#audited-pages-by-seo',
      '#audited-pages-by-cls',
      '#audited-pages-by-tbt',
      '#audited-pages-by-checks',
    ]);
    expect(
      $('#audited-pages-by-lcp thead th[aria-sort]')
        .map((_, cell) => $(cell).attr('aria-sort'))
        .get(),
    ).toEqual(['descending']);
    expect($('script').length).toBe(0);
  });

  it('in French, says all of it in French', () => {
    const page = cheerio.load(readFileSync(join(french, 'sites', 'ville.html'), 'utf8'));
    expect(page('#audited-pages-by-lcp caption').text()).toBe('Pages auditées, triées par LCP');
    expect(leaksIn(french, 'en')).toEqual([]);
  });
});
