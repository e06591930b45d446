// A site's performance variability, from the runs of its pages.
import { describe, expect, it } from 'vitest';
import { performanceVariability } from '../../src/lighthouse/performance-variability.js';
import type { LighthousePageResult, LighthouseRun } from '../../src/model/index.js';

const run = (performance: number | null, error?: string): LighthouseRun => ({
  scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
  metrics: { fcp: error ? null : 1000, lcp: 2000, cls: 0, tbt: 100, speedIndex: 1500, serverResponseTime: 20, interactive: 3000 },
  ...(error ? { error: { code: error, message: error } } : {}),
});

const page = (url: string, runs: LighthouseRun[]): LighthousePageResult => ({
  url,
  pageType: 'home',
  reason: 'test',
  formFactor: 'mobile',
  runs,
  medianRun: 0,
  scores: runs[0]?.scores ?? { performance: null, accessibility: null, 'best-practices': null, seo: null },
  metrics: runs[0]?.metrics ?? { fcp: null, lcp: null, cls: null, tbt: null, speedIndex: null, serverResponseTime: null },
  spread: { performance: 0, accessibility: 0, 'best-practices': 0, seo: 0 },
  failingSeoAudits: [],
  failingAccessibilityAudits: [],
});

describe('performance variability of a site', () => {
  it('is absent with one run per page: nothing moved because nothing was repeated', () => {
    expect(performanceVariability([page('https://mairie.example/', [run(0.8)])])).toBeUndefined();
  });

  it('gives the median and the largest spread over pages run three times, and the page that moved most', () => {
    const variability = performanceVariability([
      page('https://mairie.example/', [run(0.62), run(0.7), run(0.66)]),
      page('https://mairie.example/contact/', [run(0.9), run(0.91), run(0.9)]),
      page('https://mairie.example/demarches/', [run(0.81), run(0.84), run(0.83)]),
    ]);
    expect(variability).toEqual({
      runsPerPage: 3,
      pagesMeasured: 3,
      largestSpread: 0.08,
      largestSpreadUrl: 'https://mairie.example/',
      medianSpread: 0.03,
    });
  });

  it('leaves out failed runs, and a page left with a single scored run', () => {
    const variability = performanceVariability([
      page('https://mairie.example/', [run(0.5), run(null, 'TIMEOUT'), run(0.55)]),
      page('https://mairie.example/agenda/', [run(0.7), run(null, 'NO_FCP')]),
    ]);
    expect(variability?.pagesMeasured).toBe(1);
    expect(variability?.largestSpread).toBe(0.05);
  });
});
