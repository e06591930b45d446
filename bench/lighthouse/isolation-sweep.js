// How may Lighthouse runs share two cores without biasing performance? Audits the heavy fixture pages
// with one worker (the reference: one run at a time, as the CLI) and with each lane setting, and prints
// pages per minute and the performance gap of each setting to the reference.
//
// Every setting has its own lane, open from start to end, and they take turns on small batches of pages
// (the reference first, then each setting on the same batch) so that load from other processes, which
// drifts over minutes on a shared machine, falls on every setting alike.
// Run `npm run build` first, then `node bench/lighthouse/isolation-sweep.js [rounds] [batch] [settings]`,
// settings being indexes into the list below, comma-separated (default: all; 0, the reference, always runs).
import { availableParallelism, loadavg } from 'node:os';
import { findChrome } from '../../dist/browser/chrome.js';
import { overlappingWindows, startLighthouseLane } from '../../dist/lighthouse/index.js';
import { heavyPages, startHeavyWeb } from './heavy-pages.js';
import { describeGap, scoreGaps } from './score-gaps.js';

const rounds = Number(process.argv[2] ?? 1);
const batch = Number(process.argv[3] ?? 4);
const allSettings = [
  { label: '1 worker (reference)', concurrency: 1, isolation: 'none', browserReuse: 'other-origins' },
  { label: '2 workers, isolation none', concurrency: 2, isolation: 'none', browserReuse: 'other-origins' },
  { label: '2 workers, isolation window', concurrency: 2, isolation: 'window', browserReuse: 'other-origins' },
  { label: '2 workers, isolation quiet', concurrency: 2, isolation: 'quiet', browserReuse: 'other-origins' },
  { label: '3 workers, isolation window', concurrency: 3, isolation: 'window', browserReuse: 'other-origins' },
  { label: '3 workers, isolation quiet', concurrency: 3, isolation: 'quiet', browserReuse: 'other-origins' },
  { label: '2 workers, window, fresh browser every run', concurrency: 2, isolation: 'window', browserReuse: 'never' },
];
const chosen = process.argv[4] ? new Set([0, ...process.argv[4].split(',').map(Number)]) : undefined;
const settings = allSettings.filter((_, index) => !chosen || chosen.has(index));
const load = () => loadavg()[0];
const log = (message) => process.stderr.write(`${message}\n`);

const web = await startHeavyWeb();
const lanes = [];
try {
  const urls = heavyPages(web);
  for (const setting of settings) {
    lanes.push(
      await startLighthouseLane(
        { enabled: true, pages: 0, runs: 1, formFactor: 'mobile', concurrency: setting.concurrency, timeoutSecs: 180 },
        {
          chromePath: findChrome(),
          isolation: setting.isolation,
          browserReuse: setting.browserReuse,
          network: { allowPrivateNetwork: true },
        },
      ),
    );
  }
  const totals = settings.map(() => ({ seconds: 0, scores: [], loads: [] }));
  for (let round = 1; round <= rounds; round++) {
    for (let start = 0; start < urls.length; start += batch) {
      const pages = urls.slice(start, start + batch);
      for (const [index, setting] of settings.entries()) {
        const loadBefore = load();
        const started = performance.now();
        const results = await Promise.all(
          pages.map((url) => lanes[index].audit([{ url, pageType: 'bench', reason: 'bench' }], ['mobile'])),
        );
        const seconds = (performance.now() - started) / 1000;
        totals[index].seconds += seconds;
        totals[index].scores.push(...results.map(([result]) => (result.error ? { error: result.error.code } : result.scores)));
        totals[index].loads.push(loadBefore, load());
        log(
          `round ${round}, pages ${start + 1}–${start + pages.length}, ${setting.label}: ${seconds.toFixed(1)} s, load ${loadBefore.toFixed(2)}`,
        );
      }
    }
  }
  const pageCount = urls.length * rounds;
  console.log(
    `\nIsolation sweep: ${urls.length} heavy fixture pages × ${rounds} round(s), mobile, ${availableParallelism()} cores, batches of ${batch}`,
  );
  console.log('gap = the setting − the reference on the same page in the same batch\n');
  console.log(
    [
      'setting',
      'pages/min',
      'performance: largest / mean signed ±2 SE (lower↓ higher↑)',
      'a11y, BP, SEO largest',
      'overlapping windows',
      'load 1 min (mean, max)',
    ].join(' | '),
  );
  for (const [index, setting] of settings.entries()) {
    const gaps = scoreGaps(totals[index].scores, totals[0].scores);
    const timingFree = Math.max(...['accessibility', 'best-practices', 'seo'].map((category) => gaps[category].largest ?? 0));
    const loads = totals[index].loads;
    console.log(
      [
        setting.label,
        ((pageCount / totals[index].seconds) * 60).toFixed(1),
        index === 0 ? '(reference)' : describeGap(gaps.performance),
        timingFree.toFixed(2),
        overlappingWindows(lanes[index].schedule.events).length,
        `${(loads.reduce((sum, value) => sum + value, 0) / loads.length).toFixed(1)}, ${Math.max(...loads).toFixed(1)}`,
      ].join(' | '),
    );
  }
} finally {
  await Promise.all(lanes.map((lane) => lane.close()));
  await web.close();
}
