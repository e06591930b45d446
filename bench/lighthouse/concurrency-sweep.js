// How many Lighthouse workers suit this machine? Audits the benchmark's fixture pages with 1, 2, 3…
// workers in turn (interleaved rounds, so that other load on the machine spreads over all settings) and
// prints pages per minute and how far performance scores move from the one-worker run.
// Run `npm run build` first, then `node bench/lighthouse/concurrency-sweep.js [maxWorkers] [rounds] [pages]`.
import { loadavg } from 'node:os';
import { startFixtureWeb } from '../../dist/fixtures/server.js';
import { findChrome } from '../../dist/browser/chrome.js';
import { startLighthouseLane } from '../../dist/lighthouse/index.js';
import { benchPages } from './bench-pages.js';

const maxWorkers = Number(process.argv[2] ?? 3);
const rounds = Number(process.argv[3] ?? 2);
const pageCount = Number(process.argv[4] ?? 20);
const load = () => loadavg()[0].toFixed(2);

const web = await startFixtureWeb();
try {
  const urls = benchPages(web, pageCount);
  const rows = [];
  for (let round = 1; round <= rounds; round++) {
    for (let workers = 1; workers <= maxWorkers; workers++) {
      const loadBefore = load();
      const started = Date.now();
      const lane = await startLighthouseLane(
        { enabled: true, pages: 0, runs: 1, formFactor: 'mobile', concurrency: workers, timeoutSecs: 90 },
        // The fixture web lives on 127.0.0.1.
        { chromePath: findChrome(), network: { allowPrivateNetwork: true } },
      );
      const results = await Promise.all(urls.map((url) => lane.audit([{ url, pageType: 'bench', reason: 'bench' }], ['mobile'])));
      await lane.close();
      const seconds = (Date.now() - started) / 1000;
      rows.push({
        round,
        workers,
        seconds,
        performance: results.map(([result]) => result.scores.performance),
        loadBefore,
        loadAfter: load(),
      });
      process.stderr.write(`round ${round}, ${workers} worker(s): ${seconds.toFixed(1)} s\n`);
    }
  }
  console.log('round  workers  seconds  pages/min  max |Δ performance| vs 1 worker (same round)  load 1 min before → after');
  for (const row of rows) {
    const single = rows.find((other) => other.round === row.round && other.workers === 1);
    const gaps = row.performance.flatMap((score, index) =>
      typeof score === 'number' && typeof single.performance[index] === 'number' ? [Math.abs(score - single.performance[index])] : [],
    );
    console.log(
      `${String(row.round).padEnd(7)}${String(row.workers).padEnd(9)}${row.seconds.toFixed(1).padEnd(9)}${((urls.length / row.seconds) * 60).toFixed(1).padEnd(11)}${Math.max(
        ...gaps,
      )
        .toFixed(2)
        .padEnd(47)}${row.loadBefore} → ${row.loadAfter}`,
    );
  }
} finally {
  await web.close();
}
