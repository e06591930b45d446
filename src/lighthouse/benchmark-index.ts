// Lighthouse measures the machine before every run: `computeBenchmarkIndex`, evaluated in the page
// before navigating, spins the CPU for about a second and reports how fast it went (the lhr's
// `environment.benchmarkIndex`, which no score reads: Lighthouse only warns when it is low). Between two
// runs on the same machine the answer does not change, and the second it spins is taken from the runs
// measuring beside it. So the lane measures it once, when it starts, and every run is given that value:
// the page the worker hands to Lighthouse answers the benchmark's evaluation itself, and passes every
// other command through unchanged. test/lighthouse/benchmark-index.test.ts checks, on a real run, that
// the lhr carries the lane's value, so that a Lighthouse upgrade that renames the benchmark shows.
import type { Page } from 'puppeteer-core';
import { type CommandHandler, handlingCommands, isEvaluationOf } from './page-commands.js';

/** Lighthouse's own CPU benchmark, run here in Node (V8, like the page's). About 1 s; undefined if Lighthouse lacks it. */
export async function measureBenchmarkIndex(): Promise<number | undefined> {
  try {
    const { pageFunctions } = (await import('lighthouse/core/lib/page-functions.js')) as unknown as {
      pageFunctions: { computeBenchmarkIndex(): number };
    };
    return Math.round(pageFunctions.computeBenchmarkIndex());
  } catch {
    return undefined;
  }
}

/** Whether a DevTools command is Lighthouse's benchmark. */
export function isBenchmarkEvaluation(method: string, params: unknown): boolean {
  return isEvaluationOf('computeBenchmarkIndex', method, params);
}

/** A handler of the run's commands (page-commands.ts) that answers the benchmark with `benchmarkIndex`. */
export function benchmarkAnswer(benchmarkIndex: number): CommandHandler {
  return (method, params) =>
    isBenchmarkEvaluation(method, params) ? Promise.resolve({ result: { type: 'number', value: benchmarkIndex } }) : undefined;
}

/** The page Lighthouse drives, whose DevTools sessions answer the benchmark with `benchmarkIndex`. */
export function answeringBenchmark(page: Page, benchmarkIndex: number): Page {
  return handlingCommands(page, benchmarkAnswer(benchmarkIndex));
}
