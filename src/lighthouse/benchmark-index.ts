// Lighthouse measures the machine before every run: `computeBenchmarkIndex`, evaluated in the page
// before navigating, spins the CPU for about a second and reports how fast it went (the lhr's
// `environment.benchmarkIndex`, which no score reads: Lighthouse only warns when it is low). Between two
// runs on the same machine the answer does not change, and the second it spins is taken from the runs
// measuring beside it. So the lane measures it once, when it starts, and every run is given that value:
// the page the worker hands to Lighthouse answers the benchmark's evaluation itself, and passes every
// other command through unchanged. test/lighthouse/benchmark-index.test.ts checks, on a real run, that
// the lhr carries the lane's value, so that a Lighthouse upgrade that renames the benchmark shows.
import type { CDPSession, Page, Target } from 'puppeteer-core';

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

/** How Lighthouse's evaluation of the benchmark reads (ExecutionContext.evaluate inlines the function's source). */
const benchmarkEvaluation = /\bfunction computeBenchmarkIndex\s*\(/;

/** Whether a DevTools command is Lighthouse's benchmark. */
export function isBenchmarkEvaluation(method: string, params: unknown): boolean {
  const expression = (params as { expression?: unknown } | undefined)?.expression;
  return method === 'Runtime.evaluate' && typeof expression === 'string' && benchmarkEvaluation.test(expression);
}

/** `object` with `override` in place of some of its members; its other methods stay bound to it. */
function overriding<T extends object>(object: T, override: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(object, {
    get(target, key) {
      if (Object.hasOwn(override, key)) return override[key as keyof T];
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The page Lighthouse drives, whose DevTools sessions answer the benchmark with `benchmarkIndex`. */
export function answeringBenchmark(page: Page, benchmarkIndex: number): Page {
  const session = (cdp: CDPSession): CDPSession =>
    overriding(cdp, {
      send: (method: string, params?: unknown, options?: unknown) =>
        isBenchmarkEvaluation(method, params)
          ? Promise.resolve({ result: { type: 'number', value: benchmarkIndex } })
          : (cdp.send as (...args: unknown[]) => Promise<unknown>).call(cdp, method, params, options),
    });
  const target = (real: Target): Target => overriding(real, { createCDPSession: async () => session(await real.createCDPSession()) });
  return overriding(page, { target: () => target(page.target()) });
}
