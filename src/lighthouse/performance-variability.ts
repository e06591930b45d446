// A site's Lighthouse variance made visible: with several runs per page, how far performance moved
// between them (Lighthouse's own guidance: scores vary from run to run; report the spread, not only
// the median).
import type { LighthousePageResult, PerformanceVariability } from '../model/index.js';
import { median, validRunIndexes } from './median-run.js';

/** Undefined when no page had two runs that scored performance (one run per page, or every run failed). */
export function performanceVariability(pages: LighthousePageResult[]): PerformanceVariability | undefined {
  const spreads = pages.flatMap((page) => {
    const scores = validRunIndexes(page.runs)
      .map((index) => page.runs[index]?.scores.performance)
      .filter((score): score is number => typeof score === 'number');
    return scores.length >= 2 ? [{ url: page.url, spread: round(Math.max(...scores) - Math.min(...scores)) }] : [];
  });
  if (spreads.length === 0) return undefined;
  const largest = spreads.reduce((best, entry) => (entry.spread > best.spread ? entry : best));
  return {
    runsPerPage: Math.max(...pages.map((page) => page.runs.length)),
    pagesMeasured: spreads.length,
    largestSpread: largest.spread,
    largestSpreadUrl: largest.url,
    medianSpread: round(median(spreads.map((entry) => entry.spread))),
  };
}

/** Scores are hundredths: keep 0.07, not 0.07000000000000006. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
