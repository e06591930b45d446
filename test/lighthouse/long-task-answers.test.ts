import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTimerMs, longTaskAfter, longTaskAnswers } from '../../src/lighthouse/long-task-answers.js';
import { monotonicMicroseconds, type RunActivity } from '../../src/lighthouse/settling.js';

/** Lighthouse's page function `name`, as its ExecutionContext.evaluate sends it (its source, called in an arrow function). */
function evaluation(name: string): { expression: string } {
  const source = readFileSync(new URL('../../node_modules/lighthouse/core/gather/driver/wait-for-condition.js', import.meta.url), 'utf8');
  const from = source.indexOf(`function ${name}`);
  expect(from, name).toBeGreaterThan(0);
  const body = source.slice(from, source.indexOf('\n}\n', from) + 2);
  return { expression: `(() => {\n      return (${body})();\n    })()` };
}
const register = evaluation('registerPerformanceObserverInPage');
const check = evaluation('checkTimeSinceLastLongTaskInPage');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const neverSent = () => Promise.reject(new Error('sent to the page'));

describe("Lighthouse's checks of a quiet CPU, answered by the worker", () => {
  it('answers a registration made once the page has settled, without sending it, and each check with the time since it', async () => {
    const answers = longTaskAnswers();
    const before = performance.now();
    const beforeUs = monotonicMicroseconds();
    expect(await answers.answer('Runtime.evaluate', register, true, neverSent)).toEqual({ result: { type: 'undefined' } });
    expect(answers.answered).toBeUndefined();
    await sleep(30);
    const first = (await answers.answer('Runtime.evaluate', check, true, neverSent)) as { result: { type: string; value: number } };
    expect(first.result.type).toBe('number');
    // The time since the registration, read at the check's first attempt (the page then waits 150 ms on a timer).
    expect(first.result.value).toBeGreaterThanOrEqual(30 - 1);
    expect(first.result.value).toBeLessThanOrEqual(performance.now() - before - 150 + 1);
    const firstAnswered = answers.answered?.untilUs as number;
    const checking = answers.answer('Runtime.evaluate', check, true, neverSent);
    // While a check waits on its timer, the page may still run a long task that the answer should have told.
    expect(answers.answered?.untilUs).toBe(Infinity);
    const second = (await checking) as { result: { value: number } };
    expect(second.result.value).toBeGreaterThan(first.result.value);
    // From the registration to the last answer.
    expect(answers.answered?.sinceUs).toBeGreaterThanOrEqual(beforeUs);
    expect(answers.answered?.untilUs).toBeGreaterThan(firstAnswered);
    expect(answers.answered?.untilUs).toBeLessThanOrEqual(monotonicMicroseconds());
  });

  it("sends a registration made before the page settles to the page, and counts from the page's answer", async () => {
    const answers = longTaskAnswers();
    let sent = 0;
    let pageAnswered = { ms: 0, us: 0 };
    const registered = answers.answer('Runtime.evaluate', register, false, async () => {
      sent += 1;
      await sleep(40);
      pageAnswered = { ms: performance.now(), us: monotonicMicroseconds() };
      return { result: { type: 'undefined' } };
    });
    expect(registered).toBeDefined();
    expect(await registered).toEqual({ result: { type: 'undefined' } });
    expect(sent).toBe(1);
    const checking = performance.now();
    const checked = (await answers.answer('Runtime.evaluate', check, false, neverSent)) as { result: { value: number } };
    // Timed from the page's answer, not from the sending (40 ms earlier): never longer than the page's own count.
    expect(checked.result.value).toBeLessThanOrEqual(checking - pageAnswered.ms + 1);
    expect(answers.answered?.sinceUs).toBeGreaterThanOrEqual(pageAnswered.us);
  });

  it('leaves a check made before any registration, and every other command, to the page', () => {
    const answers = longTaskAnswers();
    expect(answers.answer('Runtime.evaluate', check, true, neverSent)).toBeUndefined();
    expect(
      answers.answer('Page.createIsolatedWorld', { frameId: 'f', worldName: 'lighthouse_isolated_context' }, true, neverSent),
    ).toBeUndefined();
    expect(answers.answer('Runtime.evaluate', evaluation('waitForCPUIdle'), true, neverSent)).toBeUndefined();
    expect(answers.answered).toBeUndefined();
  });
});

describe("the timer of Lighthouse's check", () => {
  it("is read from the installed Lighthouse's own source", () => {
    expect(checkTimerMs('Runtime.evaluate', check)).toBe(150);
    expect(checkTimerMs('Runtime.evaluate', register)).toBeUndefined();
    expect(checkTimerMs('Page.navigate', { url: 'about:blank' })).toBeUndefined();
  });
});

describe('a long task after the registration', () => {
  const activity = (...tasks: { name?: string; ts: number; dur: number }[]): RunActivity => ({
    mainThreadEvents: tasks.map(({ name = 'RunTask', ts, dur }) => ({ name, ph: 'X', ts, dur })),
    devtoolsLog: [],
  });

  it("is found in the page's main-thread tasks: longer than 50 ms, between the registration and the last answer", () => {
    const span = { sinceUs: 10_000_000, untilUs: 11_000_000 };
    expect(longTaskAfter(activity({ ts: span.sinceUs - 30_000, dur: 80_000 }), span)).toMatch(/^a 80\.0 ms long task 50 ms after/);
    // Ended before the registration: the page's watcher counts from the registration (and Lighthouse's answer is the same).
    expect(longTaskAfter(activity({ ts: span.sinceUs - 90_000, dur: 80_000 }), span)).toBeUndefined();
    // Begun after the last answer: Lighthouse had stopped asking.
    expect(longTaskAfter(activity({ ts: span.untilUs + 1000, dur: 80_000 }), span)).toBeUndefined();
    // Begun before it and still running then: the page's second read would have waited for it.
    expect(longTaskAfter(activity({ ts: span.untilUs - 1000, dur: 80_000 }), span)).toMatch(/^a 80\.0 ms long task/);
    // 50 ms is not a long task (the Long Tasks API reports tasks over 50 ms).
    expect(longTaskAfter(activity({ ts: span.sinceUs + 1000, dur: 50_000 }), span)).toBeUndefined();
    // Only top-level tasks count, not the events nested in them.
    expect(longTaskAfter(activity({ name: 'FunctionCall', ts: span.sinceUs + 1000, dur: 70_000 }), span)).toBeUndefined();
  });
});
