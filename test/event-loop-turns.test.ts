// Main-thread work in turns: a timer gets in between queued jobs, which a chain of promises never lets happen.
import { describe, expect, it } from 'vitest';
import { inTurn, turnMs } from '../src/event-loop-turns.js';

/** Keeps the thread busy for `ms`, as an extraction does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Ten jobs of half a turn each, queued with `queue`, and a timer set before them: the order things ran in. */
async function orderWith(queue: (job: () => number) => Promise<number>): Promise<string[]> {
  const order: string[] = [];
  const timer = new Promise<void>((resolve) => setTimeout(() => resolve(void order.push('timer')), 0));
  const jobs = Array.from({ length: 10 }, (_, index) =>
    queue(() => {
      busy(turnMs / 2);
      order.push(`job ${index}`);
      return index;
    }),
  );
  expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  await timer;
  return order;
}

describe('inTurn', () => {
  it('lets a timer in once a turn has run its share of the queued jobs, and keeps their order', async () => {
    const order = await orderWith(inTurn);
    const jobs = order.filter((entry) => entry !== 'timer');
    expect(jobs).toEqual(Array.from({ length: 10 }, (_, index) => `job ${index}`));
    // A turn runs 15 ms of jobs at most (two or three of 7.5 ms): the timer ran long before the last.
    expect(order.indexOf('timer')).toBeLessThan(5);
  });

  it('is what a chain of promises does not do: there the timer waits for every job', async () => {
    const order = await orderWith(async (job) => {
      await Promise.resolve();
      return job();
    });
    expect(order.indexOf('timer')).toBe(10);
  });

  it('rejects the job that throws, and runs the others', async () => {
    const outcomes = await Promise.allSettled([
      inTurn(() => 'avant'),
      inTurn(() => {
        throw new Error('page illisible');
      }),
      inTurn(() => 'après'),
    ]);
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message))).toEqual([
      'avant',
      'page illisible',
      'après',
    ]);
  });
});
