// Several Lighthouse runs of one page, reduced the way Lighthouse CI does: keep the run closest to the
// medians of the two timings that bracket the load (first contentful paint and time to interactive),
// rather than a median of scores that may each come from a different, unrepresentative run.
import { lighthouseCategories, type LighthouseCategory, type LighthouseRun } from '../model/index.js';

type Timing = 'fcp' | 'interactive' | 'tbt';

function timing(run: LighthouseRun, name: Timing): number | undefined {
  const value = run.metrics[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs that produced a result: no error and a first contentful paint. */
export function validRunIndexes(runs: LighthouseRun[]): number[] {
  return runs.flatMap((run, index) => (!run.error && timing(run, 'fcp') !== undefined ? [index] : []));
}

/**
 * The index of the median run: the valid run nearest (Euclidean distance) to the median FCP and
 * the median time to interactive, ties to the earlier interactive, then to the earlier run.
 * Total blocking time stands in for interactive when a run lacks it. Undefined when no run is valid.
 */
export function medianRunIndex(runs: LighthouseRun[]): number | undefined {
  const valid = validRunIndexes(runs);
  if (valid.length === 0) return undefined;
  const late: Timing = valid.every((index) => timing(runs[index] as LighthouseRun, 'interactive') !== undefined) ? 'interactive' : 'tbt';
  const point = (index: number) => {
    const run = runs[index] as LighthouseRun;
    return { fcp: timing(run, 'fcp') as number, late: timing(run, late) ?? 0 };
  };
  const medianFcp = median(valid.map((index) => point(index).fcp));
  const medianLate = median(valid.map((index) => point(index).late));
  const distance = (index: number) => (point(index).fcp - medianFcp) ** 2 + (point(index).late - medianLate) ** 2;
  return [...valid].sort((a, b) => distance(a) - distance(b) || point(a).late - point(b).late || a - b)[0];
}

/** Max − min of each category score over the valid runs; null when no run scored the category. */
export function scoreSpread(runs: LighthouseRun[]): Record<LighthouseCategory, number | null> {
  const valid = validRunIndexes(runs).map((index) => runs[index] as LighthouseRun);
  const spread = {} as Record<LighthouseCategory, number | null>;
  for (const category of lighthouseCategories) {
    const scores = valid.map((run) => run.scores[category]).filter((score): score is number => typeof score === 'number');
    spread[category] = scores.length > 0 ? round(Math.max(...scores) - Math.min(...scores)) : null;
  }
  return spread;
}

/** Scores are hundredths: keep 0.07, not 0.07000000000000006. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
