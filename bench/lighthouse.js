// Benchmark of the Lighthouse lane (a measurement, not a test). Run `npm run build` first, then
// `npm run bench:lighthouse` (or `node bench/lighthouse.js [pages]`).
//
// The same 20 fixture pages are audited (mobile, four categories) four ways:
//   (a) muniseo's lane at default settings (workers from the core count, unreported audits skipped)
//   (b) muniseo's lane with one worker
//   (c) the baseline users start from: the `lighthouse` command line, a fresh Chromium per page, one page at a time
//   (d) muniseo's lane with one worker running every audit: (b) against (d) shows what skipping changes
// and prints pages per minute, every category score, and the gaps to (c).
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startFixtureWeb } from '../dist/fixtures/server.js';
import { benchPages } from './lighthouse/bench-pages.js';
import { chromeFlags, findChrome } from '../dist/browser/chrome.js';
import { startLighthouseLane, lighthouseCategories, defaultLighthouseConcurrency } from '../dist/lighthouse/index.js';

const run = promisify(execFile);
const pageCount = Number(process.argv[2] ?? 20);
const lighthouseCli = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));
const tolerance = { performance: 0.1, accessibility: 0.05, 'best-practices': 0.05, seo: 0.05 };
const laneDefaults = { enabled: true, pages: 0, runs: 1, formFactor: 'mobile', concurrency: 0, timeoutSecs: 90 };

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const log = (message) => process.stderr.write(`${message}\n`);

async function viaLane(urls, config, options) {
  const started = Date.now();
  // The fixture web lives on 127.0.0.1, which Chromium may reach only with the private network opened.
  const lane = await startLighthouseLane(
    { ...laneDefaults, ...config },
    { chromePath: findChrome(), log, network: { allowPrivateNetwork: true }, ...options },
  );
  // One audit() call per page, all at once, as concurrent site audits would make them.
  const results = await Promise.all(urls.map((url) => lane.audit([{ url, pageType: 'bench', reason: 'bench' }], ['mobile'])));
  await lane.close();
  return {
    seconds: (Date.now() - started) / 1000,
    workers: lane.info.concurrency,
    scores: results.map(([result]) => (result.error ? { error: result.error.code } : result.scores)),
  };
}

async function viaCli(urls) {
  const started = Date.now();
  const scores = [];
  const outputDir = mkdtempSync(join(tmpdir(), 'muniseo-bench-lh-'));
  try {
    for (const [index, url] of urls.entries()) {
      const output = join(outputDir, `${index}.json`);
      await run(
        lighthouseCli,
        [
          url,
          `--chrome-flags=${chromeFlags.join(' ')}`,
          `--only-categories=${lighthouseCategories.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          '--quiet',
        ],
        { env: { ...process.env, CHROME_PATH: findChrome() }, maxBuffer: 64 * 1024 * 1024 },
      ).catch((error) => log(`lighthouse CLI on ${url}: ${error.message.split('\n')[0]}`));
      try {
        const lhr = JSON.parse(readFileSync(output, 'utf8'));
        scores.push(
          lhr.runtimeError
            ? { error: lhr.runtimeError.code }
            : Object.fromEntries(lighthouseCategories.map((category) => [category, lhr.categories[category]?.score ?? null])),
        );
      } catch {
        scores.push({ error: 'NO_REPORT' });
      }
    }
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
  return { seconds: (Date.now() - started) / 1000, workers: 1, scores };
}

const pad = (text, width) => String(text).padEnd(width);
const score = (value) => (typeof value === 'number' ? value.toFixed(2) : '—');

/** Largest gap per category between two ways over the pages both scored. */
function gaps(left, right) {
  const result = {};
  for (const category of lighthouseCategories) {
    const differences = left.scores.flatMap((scores, index) => {
      const other = right.scores[index];
      return typeof scores[category] === 'number' && typeof other?.[category] === 'number'
        ? [Math.abs(scores[category] - other[category])]
        : [];
    });
    result[category] = differences.length ? Math.max(...differences) : null;
  }
  return result;
}

const web = await startFixtureWeb();
try {
  const urls = benchPages(web, pageCount);
  log(
    `${urls.length} fixture pages, ${availableParallelism()} cores, default Lighthouse workers: ${defaultLighthouseConcurrency()}; load ${load()}`,
  );
  const ways = [
    ['a', 'muniseo lane, default settings', () => viaLane(urls, { concurrency: 0 })],
    ['b', 'muniseo lane, 1 worker', () => viaLane(urls, { concurrency: 1 })],
    ['c', 'lighthouse CLI, fresh Chromium per page, sequential', () => viaCli(urls)],
    ['d', 'muniseo lane, 1 worker, every audit (nothing skipped)', () => viaLane(urls, { concurrency: 1 }, { fullAudit: true })],
  ];
  const results = {};
  for (const [key, label, measure] of ways) {
    const loadBefore = load();
    log(`(${key}) ${label}…`);
    results[key] = { label, ...(await measure()), loadBefore, loadAfter: load() };
    log(`(${key}) ${results[key].seconds.toFixed(1)} s`);
  }

  console.log(`\nLighthouse lane benchmark: ${urls.length} fixture pages, mobile, ${lighthouseCategories.join(', ')}`);
  console.log(`machine: ${availableParallelism()} cores; load averages (1, 5, 15 min) shown before → after each way\n`);
  console.log(`${pad('way', 58)}${pad('workers', 9)}${pad('seconds', 9)}${pad('pages/min', 11)}load`);
  for (const [key, result] of Object.entries(results)) {
    const perMinute = (urls.length / result.seconds) * 60;
    console.log(
      `${pad(`(${key}) ${result.label}`, 58)}${pad(result.workers, 9)}${pad(result.seconds.toFixed(1), 9)}${pad(perMinute.toFixed(1), 11)}${result.loadBefore} → ${result.loadAfter}`,
    );
  }

  console.log(`\nscores per page: perf / a11y / best-practices / seo for (a) (b) (c) (d)`);
  urls.forEach((url, index) => {
    const cells = ['a', 'b', 'c', 'd'].map((key) => {
      const scores = results[key].scores[index];
      return scores.error ? pad(scores.error, 24) : pad(lighthouseCategories.map((category) => score(scores[category])).join(' '), 24);
    });
    console.log(
      `${pad(url.replace(/^http:\/\/127\.0\.0\.1:\d+/, `[${[...web.sites.values()].find((site) => url.startsWith(site.origin))?.name}]`), 62)}${cells.join('')}`,
    );
  });

  const speedup = results.c.seconds / results.a.seconds;
  const perMinute = (urls.length / results.a.seconds) * 60;
  console.log('');
  for (const [pair, label] of [
    [['a', 'c'], '(a) vs (c)'],
    [['b', 'c'], '(b) vs (c)'],
    [['b', 'd'], '(b) vs (d), what skipping unreported audits changes'],
  ]) {
    const gap = gaps(results[pair[0]], results[pair[1]]);
    const within = lighthouseCategories.every((category) => gap[category] === null || gap[category] <= tolerance[category] + 1e-9);
    console.log(
      `largest score gap ${label}: ${lighthouseCategories.map((category) => `${category} ${score(gap[category])}`).join(', ')} → ${within ? 'within' : 'OUTSIDE'} tolerance`,
    );
  }
  console.log(`speed-up (a) over (c): ${speedup.toFixed(2)}× (target ≥ 2×) → ${speedup >= 2 ? 'met' : 'NOT met'}`);
  console.log(`(a) throughput: ${perMinute.toFixed(1)} pages/min (target ≥ 12) → ${perMinute >= 12 ? 'met' : 'NOT met'}`);
} finally {
  await web.close();
}
