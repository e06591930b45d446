import { describe, expect, it } from 'vitest';
import { medianRunIndex, scoreSpread } from '../../src/lighthouse/median-run.js';
import { pageResult } from '../../src/lighthouse/page-result.js';
import { failedRun, type RunRecord } from '../../src/lighthouse/run-record.js';
import type { LighthouseRun } from '../../src/model/index.js';

function run(fcp: number, interactive: number | null, performance = 0.9, extra: Partial<LighthouseRun['metrics']> = {}): LighthouseRun {
  return {
    scores: { performance, accessibility: 0.8, 'best-practices': 1, seo: 0.9 },
    metrics: { fcp, lcp: fcp + 500, cls: 0, tbt: 100, speedIndex: fcp, serverResponseTime: 20, interactive, ...extra },
  };
}

const failed = (): LighthouseRun => failedRun('TIMEOUT', 'no result').run;

describe('medianRunIndex', () => {
  it('is the only run when there is one', () => {
    expect(medianRunIndex([run(1000, 3000)])).toBe(0);
  });

  it('is the run nearest both medians, not the run with the median score', () => {
    // Medians: FCP 1100, interactive 3000. Run 2 sits on both; run 0 has the median performance score.
    const runs = [run(1000, 2000, 0.8), run(1300, 4000, 0.95), run(1100, 3000, 0.7)];
    expect(medianRunIndex(runs)).toBe(2);
  });

  it('measures distance on both timings at once (Euclidean)', () => {
    // Medians: FCP 1000 (run 0's), interactive 3000 (run 1's). Run 0 is 600 ms off in interactive,
    // run 1 is 300 ms off in FCP, run 2 is 100 ms off on each: run 2 is nearest.
    const runs = [run(1000, 3600), run(1300, 3000), run(900, 2900), run(800, 2000), run(1400, 4000)];
    expect(medianRunIndex(runs)).toBe(2);
  });

  it('breaks a tie with the earlier time to interactive', () => {
    // Two runs: the medians are their midpoints, both runs are equally far.
    expect(medianRunIndex([run(1000, 3400), run(1200, 3000)])).toBe(1);
  });

  it('ignores failed runs', () => {
    expect(medianRunIndex([failed(), run(1000, 3000), failed()])).toBe(1);
    expect(medianRunIndex([failed(), failed()])).toBeUndefined();
  });

  it('falls back on total blocking time when a run has no time to interactive', () => {
    // Medians: FCP 1000, TBT 300. Run 0 is on both.
    const runs = [run(1000, null, 0.9, { tbt: 300 }), run(1000, 5000, 0.9, { tbt: 50 }), run(1000, 2000, 0.9, { tbt: 900 })];
    expect(medianRunIndex(runs)).toBe(0);
  });
});

describe('scoreSpread', () => {
  it('is max − min per category over the runs that scored', () => {
    const runs = [run(1000, 3000, 0.62), failed(), run(1000, 3000, 0.71), run(1000, 3000, 0.55)];
    expect(scoreSpread(runs)).toEqual({ performance: 0.16, accessibility: 0, 'best-practices': 0, seo: 0 });
  });

  it('is null for a category no run scored', () => {
    expect(scoreSpread([failed()])).toEqual({ performance: null, accessibility: null, 'best-practices': null, seo: null });
  });
});

describe('pageResult', () => {
  const request = { url: 'http://ville.test/', pageType: 'home', reason: 'home page' };
  const record = (lighthouseRun: LighthouseRun, seo: string[]): RunRecord => ({
    run: lighthouseRun,
    failingSeoAudits: seo,
    failingAccessibilityAudits: [],
    lighthouseVersion: '12.2.3',
  });

  it('reports the median run and keeps every run', () => {
    const records = [record(run(1000, 2000, 0.8), ['a']), record(run(1300, 4000, 0.95), ['b']), record(run(1100, 3000, 0.7), ['c'])];
    const result = pageResult(request, 'mobile', records, { lighthouseVersion: '12.2.3' });
    expect(result.runs).toHaveLength(3);
    expect(result.medianRun).toBe(2);
    expect(result.scores.performance).toBe(0.7);
    expect(result.failingSeoAudits).toEqual(['c']);
    expect(result.spread.performance).toBe(0.25);
    expect(result.error).toBeUndefined();
  });

  it('is an error result, with every run kept, when no run gave a report', () => {
    const records = [failedRun('ERRORED_DOCUMENT_REQUEST', 'Status code: 403'), failedRun('ERRORED_DOCUMENT_REQUEST', 'Status code: 403')];
    const result = pageResult(request, 'desktop', records, { lighthouseVersion: '12.2.3' });
    expect(result.error?.code).toBe('ERRORED_DOCUMENT_REQUEST');
    expect(result.runs).toHaveLength(2);
    expect(result.scores).toEqual({ performance: null, accessibility: null, 'best-practices': null, seo: null });
    expect(result.formFactor).toBe('desktop');
  });
});
