#!/usr/bin/env node
// Benchmark of the crawl (a measurement, not a test). Run `npm run build` first, then
// `npm run bench:crawl [-- --pages 5000 --hosts 20] [-- --only muniseo,crawlee,bare]`.
//
// One generated web (bench/crawl/server.js, its own process) of `hosts` municipal sites;
// crawled by (a) muniseo, with extraction and checks, politeness lifted, and (b) a bare
// Crawlee CheerioCrawler at the same total concurrency; each in its own process, so that
// CPU time and peak RSS are that crawler's alone. Prints pages per second, CPU milliseconds
// per page and peak RSS side by side.
// Last big-site run (20 sites × 2,500 pages, 1 MiB page a site; 1 Dec 2026, 06:15 UTC, load 1–3):
// muniseo 217 pages/s, 6.2 CPU ms/page, 386 MB peak RSS (110 MB heap), event-loop p99 70 ms, max
// 458 ms; Crawlee 199 pages/s, 5.6 CPU ms/page, 1,926 MB, p99 198 ms. Earlier that day muniseo was at
// 136 pages/s, 10.5 CPU ms/page and 569 MB; on 30 Nov at 130 pages/s, 1,154 MB and p99 482 ms. What
// took the memory: Crawlee's request queue (16 MB a site), bodies waiting unparsed, V8 growing the
// heap before collecting (src/heap-growth.ts), each site's facts in the heap until judged
// (src/store/fact-store.ts), idle extraction threads holding a large page's garbage; what took the
// CPU: cheerio selectors asked once per node (src/extract/links.ts, platform.ts: a 1 MiB page took
// 4.9 s); what stalled the loop: extractions and a level's links in one run, checks over 2,500 pages
// (src/event-loop-turns.ts, src/judge.ts). What remains is some 250 MB while crawling and a
// 2,500-page site's judgement in its thread on top (some 100 MB). BENCH_MEM_TRACE=1 prints the
// memory every 2 s.
import { fork } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5000' },
    hosts: { type: 'string', default: '20' },
    'per-host': { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '16' },
    sites: { type: 'string', default: '4' },
    /** Comma-separated: muniseo, crawlee, bare (the engine with a minimal parse). Default: muniseo,crawlee. */
    only: { type: 'string' },
    /** Pages of a mebibyte per site (council minutes, one link a line), linked from the home page; 0 for the web as before. */
    large: { type: 'string', default: '1' },
  },
});
const hosts = Number(values.hosts);
const pagesPerHost = Math.ceil(Number(values.pages) / hosts);
const settings = {
  pagesPerHost,
  perHost: Number(values['per-host']),
  globalConcurrency: Number(values.concurrency),
  studyConcurrency: Number(values.sites),
};
const log = (message) => process.stderr.write(`${message}\n`);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

function child(script, args) {
  return new Promise((resolve, reject) => {
    // BENCH_CPU_PROF=dir writes a V8 CPU profile of each crawler to dir.
    const execArgv = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    if (process.env.BENCH_NODE_OPTIONS) execArgv.push(...process.env.BENCH_NODE_OPTIONS.split(' '));
    const crawler = fork(here(script), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv });
    let result;
    crawler.on('message', (message) => {
      result = message;
    });
    crawler.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${script} exited with ${code}`))));
  });
}

const server = fork(here('./crawl/server.js'), [String(hosts), String(pagesPerHost), values.large], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const { origins } = await new Promise((resolve) => server.once('message', resolve));
log(
  `${hosts} sites × ${pagesPerHost} pages (${values.large} of 1 MiB each) on 127.0.1.1–127.0.1.${hosts}; ${availableParallelism()} cores; load ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);

const runs = [
  ['(a) muniseo: crawl + extract + checks', './crawl/muniseo.js', 'muniseo', {}],
  ['(b) Crawlee CheerioCrawler: fetch, parse, enqueue', './crawl/crawlee.js', 'crawlee', {}],
  ['(a′) muniseo crawl engine alone (cheerio links only)', './crawl/muniseo.js', 'bare', { bare: true }],
].filter(([, , key]) => (values.only ? values.only.split(',').includes(key) : key !== 'bare'));
const results = [];
try {
  for (const [label, script, , extra] of runs) {
    log(`running ${label}…`);
    const result = await child(script, [JSON.stringify({ origins, ...settings, ...extra })]);
    results.push([label, result]);
  }
} finally {
  server.send('stop');
}

const rows = results.map(([label, result]) => [
  label,
  String(result.pages),
  String(result.failures),
  (result.pages / (result.wallMs / 1000)).toFixed(0),
  (result.cpuMs / result.pages).toFixed(2),
  String(result.peakRssMb),
  String(result.heapPeakMb),
  String(result.loopDelayP99Ms),
  String(result.loopDelayMaxMs),
]);
const header = ['crawler', 'pages', 'failed', 'pages/s', 'CPU ms/page', 'peak RSS MB', 'peak heap MB', 'loop p99 ms', 'loop max ms'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) =>
  cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(
  `crawl benchmark: ${hosts} hosts, ${pagesPerHost * hosts} pages (${values.large} of 1 MiB a host), concurrency ${settings.globalConcurrency} (muniseo: ${settings.studyConcurrency} sites at once, ${settings.perHost} per host)`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const [label, result] of results) {
  if (result.failures > 0) console.log(`${label}: ${result.failures} failed, e.g.\n  ${result.failureExamples.join('\n  ')}`);
}
console.log(
  `load average after: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);
