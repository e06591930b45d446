// Lighthouse's wait for a quiet CPU, answered by the worker instead of the page (isolation `settled`).
//
// Once no request has been in flight for a second, Lighthouse evaluates a long-task watcher in the page
// (`registerPerformanceObserverInPage`: the time of the last long task is the registration's, or the
// end of any long task the page's PerformanceObserver reports after it), then checks it
// (`checkTimeSinceLastLongTaskInPage`: the time since the last long task, read twice 150 ms apart, 0 if
// it changed in between) until a second has passed without one (lighthouse/core/gather/driver/
// wait-for-condition.js). Evaluated in the page, each of them is a main-thread task, 1 to 4 ms alone and
// up to 21 ms beside busy work, which a page that has settled may run only with the CPU to itself (a
// probe: settling.ts); the check that comes before the page settles holds its settling back by 150 ms.
//
// The worker knows the answer without asking the page: as long as the page runs no long task after the
// registration, the page would answer `first attempt − registration`. The worker answers the checks so,
// waiting the check's 150 ms as the page would, and the registration itself once the page has settled
// (before, it goes to the page, which is alone then, and is timed by its answer, no earlier than the
// page's own clock read it). Afterwards, the run's trace tells whether the page ran a long task between
// the registration and the last answer (`longTaskAfter`): if it did, the page's answers may have made
// Lighthouse wait longer than the worker's did, and the page is measured again alone, Lighthouse's
// probes going to the page. A long task after the last answer changes nothing Lighthouse was told.
import { setTimeout as sleep } from 'node:timers/promises';
import { isEvaluationOf } from './page-commands.js';
import { monotonicMicroseconds, type RunActivity, topLevelTasks } from './settling.js';

/** The Long Tasks API reports main-thread tasks longer than this (ms). */
export const longTaskMs = 50;

/** The span (trace clock) over which the worker's answers assumed the page ran no long task. */
export interface AnsweredSpan {
  /** The registration. */
  sinceUs: number;
  /** The last check's answer (Infinity while a check is unanswered). */
  untilUs: number;
}

/**
 * A long task of the page's main thread that ended after the registration and began before the last
 * answer (trace clock), described; undefined if none.
 */
export function longTaskAfter(activity: RunActivity, { sinceUs, untilUs }: AnsweredSpan): string | undefined {
  for (const event of activity.mainThreadEvents) {
    if (!topLevelTasks.has(event.name) || event.ph !== 'X' || event.dur === undefined) continue;
    if (event.ts + event.dur > sinceUs && event.ts < untilUs && event.dur > longTaskMs * 1000) {
      return `a ${(event.dur / 1000).toFixed(1)} ms long task ${((event.ts + event.dur - sinceUs) / 1000).toFixed(0)} ms after Lighthouse's long-task watcher was registered, whose checks the worker answered`;
    }
  }
  return undefined;
}

/**
 * The timer (ms) Lighthouse's check of a quiet CPU waits on in the page between its two tasks (150 ms in
 * Lighthouse 12: `setTimeout(…, 150)` in checkTimeSinceLastLongTaskInPage), read from the evaluated
 * source; undefined for any other command.
 */
export function checkTimerMs(method: string, params: unknown): number | undefined {
  if (!isEvaluationOf('checkTimeSinceLastLongTaskInPage', method, params)) return undefined;
  const expression = (params as { expression: string }).expression;
  const timer = /function checkTimeSinceLastLongTaskInPage\s*\([\s\S]*?setTimeout\([\s\S]*?\},\s*(\d+)\s*\)/.exec(expression)?.[1];
  return timer === undefined ? undefined : Number(timer);
}

export interface LongTaskAnswers {
  /**
   * Sees one of the run's commands: the answer to Lighthouse's registration (when `settled`) or check
   * (once a registration was seen), or undefined when the command must go to the page. `send` sends
   * a registration that goes to the page.
   */
  answer(method: string, params: unknown, settled: boolean, send: () => Promise<unknown>): Promise<unknown> | undefined;
  /** From the registration to the last answer, once a check has been answered from it (monotonic microseconds, the trace's clock). */
  readonly answered: AnsweredSpan | undefined;
}

/** The answers of one measurement (a fresh page: Lighthouse registers its watcher once per navigation). */
export function longTaskAnswers(): LongTaskAnswers {
  /** The registration, by performance.now() and the trace's clock. */
  let registered: { atMs: number; atUs: number } | undefined;
  let answered: AnsweredSpan | undefined;
  const register = () => (registered ??= { atMs: performance.now(), atUs: monotonicMicroseconds() });
  return {
    answer(method, params, settled, send) {
      if (isEvaluationOf('registerPerformanceObserverInPage', method, params)) {
        if (!settled) {
          return send().then((response) => {
            register();
            return response;
          });
        }
        register();
        return Promise.resolve({ result: { type: 'undefined' } });
      }
      if (!registered || !isEvaluationOf('checkTimeSinceLastLongTaskInPage', method, params)) return undefined;
      const since = registered;
      const span = (answered ??= { sinceUs: since.atUs, untilUs: Infinity });
      span.untilUs = Infinity;
      const firstAttemptMs = performance.now();
      return sleep(checkTimerMs(method, params) ?? 150).then(() => {
        span.untilUs = monotonicMicroseconds();
        return { result: { type: 'number', value: firstAttemptMs - since.atMs } };
      });
    },
    get answered() {
      return answered;
    },
  };
}
