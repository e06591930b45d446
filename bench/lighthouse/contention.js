// Can a lower CPU priority make work beside a measuring page harmless? A measurement, not a test.
// Run `npm run build` first, then `node bench/lighthouse/contention.js [rounds]`.
//
// One lane with one worker audits the heavy fixture pages, one at a time, in three conditions that take
// turns page by page (so that a drift in the machine's load falls on all three):
//   alone        nothing else runs (the reference);
//   nice 19      a busy loop runs beside it at the lowest nice value;
//   SCHED_IDLE   a busy loop runs beside it in Linux's idle scheduling class (`chrt -i 0`), which the
//                scheduler runs only when nothing else wants the core.
// It prints the performance gap of each condition to `alone`. If priorities protected the measured page,
// both gaps would be centred on zero. On the 2-core machine muniseo is measured on (2026-11-30, 12 pages
// each) they were not: nice 19 −0.028 ±0.031 and SCHED_IDLE −0.017 ±0.037 (8 and 6 pages lower, 4 and 3
// higher) in this script; in an earlier trial against the CLI's scores, −0.13 and −0.09 where the lane
// alone was +0.008. That is why a measurement window runs alone (src/lighthouse/cpu-schedule.ts, `quiet`).
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { findChrome } from '../../dist/browser/chrome.js';
import { startLighthouseLane } from '../../dist/lighthouse/index.js';
import { heavyPages, startHeavyWeb } from './heavy-pages.js';
import { describeGap, scoreGaps } from './score-gaps.js';

const rounds = Number(process.argv[2] ?? 1);
const log = (message) => process.stderr.write(`${message}\n`);
const busyLoop = ['-e', 'for (;;) {}'];
const conditions = {
  alone: () => undefined,
  'nice 19': () => spawn('nice', ['-n', '19', process.execPath, ...busyLoop], { stdio: 'ignore' }),
  SCHED_IDLE: () => spawn('chrt', ['-i', '0', process.execPath, ...busyLoop], { stdio: 'ignore' }),
};
const names = Object.keys(conditions);
const scores = Object.fromEntries(names.map((name) => [name, []]));

const web = await startHeavyWeb();
const lane = await startLighthouseLane(
  { enabled: true, pages: 0, runs: 1, formFactor: 'mobile', concurrency: 1, timeoutSecs: 180 },
  { chromePath: findChrome(), isolation: 'quiet', network: { allowPrivateNetwork: true } },
);
try {
  const urls = heavyPages(web);
  let turn = 0;
  for (let round = 1; round <= rounds; round++) {
    for (const url of urls) {
      const order = names.map((_, index) => names[(index + turn) % names.length]);
      turn++;
      for (const name of order) {
        const hog = conditions[name]();
        try {
          const [result] = await lane.audit([{ url, pageType: 'bench', reason: 'bench' }], ['mobile']);
          scores[name].push(result.error ? { error: result.error.code } : result.scores);
        } finally {
          hog?.kill('SIGKILL');
        }
      }
      log(`${url}: ${names.map((name) => `${name} ${scores[name].at(-1)?.performance ?? scores[name].at(-1)?.error}`).join(', ')}`);
    }
  }
} finally {
  await lane.close();
  await web.close();
}

console.log(
  `\nA busy loop beside a lone Lighthouse run: heavy fixture pages × ${rounds}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(2)} at the end`,
);
for (const name of names.filter((name) => name !== 'alone')) {
  console.log(`${name.padEnd(12)} − alone, performance: ${describeGap(scoreGaps(scores[name], scores.alone).performance)}`);
}
