#!/usr/bin/env node
// Benchmark of duplicate detection (a measurement, not a test). Run `npm run build` first, then
// `node bench/duplicates.js [--pages 2500]`.
//
// One site of N pages (bench/duplicates-pages.ts builds the HTML with the test builders; Vite,
// which vitest brings, loads it). What is timed comes from dist/, as the CLI runs it: Vite's
// module wrapper makes every imported call a property lookup, which slows hot loops and would
// misreport them. Prints, per layout: the extraction time a page and the share of it spent on
// the main content's blocks, what the blocks keep a page, the duplicate-content check's time on
// the whole site, and the time of comparing every pair instead; with CPU time and load average,
// since the machine may be shared. `--baseline DIR` also extracts the same pages with another
// checkout's build (DIR/dist, e.g. the commit before a change), interleaved with this one's.
// With `node --expose-gc`, also the heap the blocks hold a page.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as cheerio from 'cheerio';
import { runnerImport } from 'vite';

const dist = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);
const { default: duplicateContent } = await dist('checks/site/duplicate-content.js');
const { ownContent, siteBlocks } = await dist('checks/own-content.js');
const { contentBlocks } = await dist('extract/main-content.js');
const { extractPageFacts } = await dist('extract/page-facts.js');
const { similarity } = await dist('model/index.js');
const { module: builders } = await runnerImport(fileURLToPath(new URL('./duplicates-pages.ts', import.meta.url)), {
  root: fileURLToPath(new URL('..', import.meta.url)),
  configFile: false,
  logLevel: 'silent',
});

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2500' }, baseline: { type: 'string' } } });
const baseline = values.baseline
  ? (await import(new URL(`file://${values.baseline.replace(/\/$/, '')}/dist/extract/page-facts.js`).href)).extractPageFacts
  : undefined;
const count = Number(values.pages);
const origin = 'https://www.saint-exemple.test';
const out = (line) => process.stdout.write(`${line}\n`);
const ms = (value) => `${value.toFixed(1)} ms`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** Wall and CPU milliseconds of `run`, the median of `times` runs. */
function timed(run, times = 5) {
  const walls = [];
  const cpus = [];
  let result;
  for (let index = 0; index < times; index += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = run();
    walls.push(performance.now() - started);
    cpus.push(process.cpuUsage(cpuStarted).user / 1000);
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { wall: median(walls), cpu: median(cpus), result };
}

/** The grouping as it was before buckets: each page against every earlier one, until a match. */
function everyPair(pages) {
  const blocks = siteBlocks(pages);
  const contents = pages.map((page) => ownContent(page, blocks));
  let comparisons = 0;
  for (let i = 0; i < contents.length; i += 1)
    for (let j = 0; j < i; j += 1) {
      comparisons += 1;
      if (contents[i].key === contents[j].key || similarity(contents[i].signature, contents[j].signature) >= 0.9) break;
    }
  return comparisons;
}

out(`duplicate detection benchmark: one site of ${count} pages, Node ${process.version}, load average ${load()}`);
for (const [layout, widget] of [
  ['semantic', false],
  ['drupal7', false],
  ['drupal7', true],
]) {
  const htmls = builders.siteHtml(count, layout, widget);
  const facts = (body, index) => extractPageFacts({ url: `${origin}/page-${index}/`, status: 200, headers: {}, body, siteOrigin: origin });
  const extraction = timed(() => htmls.map(facts), 1);
  const pages = extraction.result;
  const loaded = htmls.slice(0, 300).map((body) => cheerio.load(body));
  const blocksTime = timed(() => loaded.forEach(($) => contentBlocks($)), 3);
  const blocks = pages.reduce((sum, page) => sum + page.contentBlocks.hashes.length, 0);
  const numbers = pages.reduce((sum, { contentBlocks }) => sum + 3 * contentBlocks.hashes.length + contentBlocks.shingles.length, 0);
  let versus = '';
  if (baseline) {
    const sample = htmls.slice(0, 300);
    const input = (body, index) => ({ url: `${origin}/page-${index}/`, status: 200, headers: {}, body, siteOrigin: origin });
    const rounds = { current: [], baseline: [] };
    for (let round = 0; round < 5; round += 1) {
      rounds.current.push(timed(() => sample.forEach((body, index) => extractPageFacts(input(body, index))), 1).cpu / sample.length);
      rounds.baseline.push(timed(() => sample.forEach((body, index) => baseline(input(body, index))), 1).cpu / sample.length);
    }
    const median = (list) => list.sort((a, b) => a - b)[2];
    versus = `; interleaved on 300 pages: ${ms(median(rounds.current))} CPU a page here, ${ms(median(rounds.baseline))} with the baseline`;
  }
  const site = { pages };
  const check = timed(() => duplicateContent.run(site));
  const pairs = timed(() => everyPair(pages), 1);

  out(`\n  ${layout}${widget ? ' + a 150-word block on 40 % of pages' : ''}: ${pages.length} pages`);
  out(
    `    extract: ${ms(extraction.cpu / pages.length)} CPU a page (wall ${ms(extraction.wall / pages.length)}), ` +
      `of which contentBlocks ${ms(blocksTime.cpu / loaded.length)} CPU (${((100 * blocksTime.cpu) / loaded.length / (extraction.cpu / pages.length)).toFixed(0)} %)${versus}`,
  );
  out(
    `    kept a page: ${(blocks / pages.length).toFixed(1)} blocks, ${(numbers / pages.length).toFixed(0)} numbers ` +
      `(${((numbers * 8) / pages.length / 1024).toFixed(1)} KB were they all 8-byte doubles)`,
  );
  out(
    `    duplicate-content on the site: ${ms(check.cpu)} CPU, median of 5 (wall ${ms(check.wall)}); ` +
      `${check.result.status}, ${JSON.stringify(check.result.values)}`,
  );
  out(`    every pair instead: ${ms(pairs.cpu)} CPU (wall ${ms(pairs.wall)}), ${pairs.result.toLocaleString('en')} comparisons`);
  if (globalThis.gc) {
    // Heap held by contentBlocks: measured by dropping them (run with node --expose-gc).
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    for (const page of pages) page.contentBlocks = { hashes: [], words: [], shingleCounts: [], shingles: [] };
    globalThis.gc();
    out(`    heap held by contentBlocks: ${((before - process.memoryUsage().heapUsed) / pages.length / 1024).toFixed(1)} KB a page`);
  }
}
out(`\n  load average at the end: ${load()}`);
