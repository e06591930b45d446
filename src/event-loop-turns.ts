// CPU work on the main thread in short turns of the event loop. A study's main thread fetches the
// pages of several sites at once: every timer and socket of every site waits while it computes. A
// promise chain never lets them in (resolved promises run before any timer or socket), and
// callbacks scheduled with setImmediate all run in the same turn of the loop. Here the work waits
// in one queue and each turn runs it for `turnMs` at most, then lets the loop go round: a timer
// waits for a turn's work and one job's at most, not for everything that was ready at once.

/** How long one turn of the event loop runs queued work before letting timers and sockets in. */
export const turnMs = 15;

interface Waiting {
  job: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const waiting: Waiting[] = [];
let turnScheduled = false;

/** Runs `job` (synchronous, a few milliseconds to some tens) in a coming turn of the event loop. */
export function inTurn<T>(job: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting.push({ job, resolve: resolve as (value: unknown) => void, reject });
    if (!turnScheduled) {
      turnScheduled = true;
      setImmediate(runTurn);
    }
  });
}

/** Resolves in the next turn of the event loop, after its timers and sockets. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function runTurn(): void {
  const started = performance.now();
  do {
    const next = waiting.shift() as Waiting;
    try {
      next.resolve(next.job());
    } catch (error) {
      next.reject(error);
    }
  } while (waiting.length > 0 && performance.now() - started < turnMs);
  // Scheduled from inside this turn, the next one runs after the loop has gone round.
  if (waiting.length > 0) setImmediate(runTurn);
  else turnScheduled = false;
}
