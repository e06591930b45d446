// Benchmark of the Lighthouse lane (a measurement, not a test). Run `npm run build` first, then
//   node bench/lighthouse.js --scenario study|lane|all [--pages N] [--isolation none|window|quiet|settled]
//
// Each scenario measures, in one run and on the same pages:
//   (1) the baseline users start from: the `lighthouse` CLI, a fresh Chromium per page, one page at a time;
//   (2) muniseo;
//   (3) the CLI again: the control, Lighthouse's own run-to-run spread.
// study: `muniseo audit` end to end on 4 heavy fixture sites (fixtures/heavy-sites) and 3 light ones,
//        default sampling (home + 2) and settings; the CLI then audits the pages the study chose.
// lane:  the lane alone on N light fixture pages (default 20), one audit() call per page at once.
// --isolation runs muniseo with another isolation level than the default (cpu-schedule.ts), to compare.
// --cli-scores FILE (study): the CLI and control ways are read from FILE when it exists, else measured and
// written there, keyed by site and path; for trying settings quickly on one machine. Published figures
// come from a run without it, where the three ways share the run.
// Printed: pages per minute, score gaps per category (largest, mean signed, pages lower/higher), the
// control's spread, verdicts against the targets, the scores of every page, and the load averages
// before and after each way (the machine may be shared: read the figures with them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startFixtureWeb } from '../dist/fixtures/server.js';
import { findChrome } from '../dist/browser/chrome.js';
import {
  defaultBrowserReuse,
  defaultIsolation,
  defaultLighthouseConcurrency,
  isolationLevels,
  lighthouseCategories,
  startLighthouseLane,
} from '../dist/lighthouse/index.js';
import { benchPages } from './lighthouse/bench-pages.js';
import { startHeavyWeb } from './lighthouse/heavy-pages.js';
import { viaLighthouseCli } from './lighthouse/lighthouse-cli.js';
import { gapCells, scoreGaps } from './lighthouse/score-gaps.js';
import { runStudy } from './lighthouse/study-scenario.js';

const { values: options } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'all' },
    pages: { type: 'string', default: '20' },
    isolation: { type: 'string' },
    'cli-scores': { type: 'string' },
  },
});
if (!['study', 'lane', 'all'].includes(options.scenario) || (options.isolation && !isolationLevels.includes(options.isolation))) {
  process.stderr.write('usage: node bench/lighthouse.js --scenario study|lane|all [--pages N] [--isolation none|window|quiet|settled]\n');
  process.exit(2);
}
const isolation = options.isolation ?? defaultIsolation;

/** The targets (issue 14). */
const targets = { studyPagesPerMinute: 12, studySpeedup: 2.8, lanePagesPerMinute: 20, heavyMeanGap: 0.03 };
const lightStudySites = ['villebelle', 'vieux-bourg', 'saint-exemple-sur-loire'];
const timingFree = lighthouseCategories.filter((category) => category !== 'performance');

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const log = (message) => process.stderr.write(`${message}\n`);
const pad = (text, width) => String(text).padEnd(width);
const score = (value) => (typeof value === 'number' ? value.toFixed(2) : '—');
const scoreCells = (scores) => (scores.error ? scores.error : lighthouseCategories.map((category) => score(scores[category])).join(' '));

async function timed(label, measure) {
  const loadBefore = load();
  log(`${label}… (load ${loadBefore})`);
  const result = await measure();
  const loadAfter = load();
  log(`${label}: ${result.seconds.toFixed(1)} s (load ${loadAfter})`);
  return { label, ...result, loadBefore, loadAfter };
}

function printWays(ways, pageCount, baseline) {
  console.log(
    `${pad('way', 62)}${pad('pages', 7)}${pad('seconds', 9)}${pad('pages/min', 11)}${pad('× CLI', 7)}load (1, 5, 15 min) before → after`,
  );
  for (const way of ways) {
    const perMinute = (pageCount / way.seconds) * 60;
    console.log(
      `${pad(way.label, 62)}${pad(pageCount, 7)}${pad(way.seconds.toFixed(1), 9)}${pad(perMinute.toFixed(1), 11)}${pad(
        (baseline.seconds / way.seconds).toFixed(2),
        7,
      )}${way.loadBefore} → ${way.loadAfter}`,
    );
  }
}

function printGaps(rows) {
  console.log(`\nscore gaps per page (0–1 scores)`);
  const widths = [30, 16, 7, 9, 12, 20, 10];
  const line = (cells) => console.log(cells.map((cell, index) => pad(cell, widths[index])).join(''));
  line(['comparison', 'category', 'pages', 'largest', 'mean |gap|', 'mean signed ±2 SE', 'lower/higher']);
  for (const [label, gaps] of rows) {
    for (const category of lighthouseCategories) line([label, category, ...gapCells(gaps[category])]);
  }
}

function printPages(urls, columns, nameOf) {
  console.log(`\nscores per page (performance accessibility best-practices seo): ${columns.map(([label]) => label).join(' | ')}`);
  urls.forEach((url, index) => {
    console.log(`${pad(nameOf(url), 56)}${columns.map(([, scores]) => pad(scoreCells(scores[index] ?? { error: '—' }), 24)).join('')}`);
  });
}

const verdict = (met) => (met ? 'met' : 'NOT met');
const round = (value) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : null);

function timingFreeIdentical(gaps) {
  return timingFree.every((category) => gaps[category].pages > 0 && gaps[category].largest === 0);
}

async function studyScenario() {
  const heavy = await startHeavyWeb();
  const light = await startFixtureWeb({ only: lightStudySites });
  try {
    const sites = [
      ...[...heavy.sites.values()].map((site) => ({ id: site.name, name: site.name, url: `${site.origin}/`, heavy: true })),
      ...[...light.sites.values()].map((site) => ({ id: site.name, name: site.name, url: `${site.origin}/`, heavy: false })),
    ];
    log(`study scenario: ${sites.length} sites (${sites.filter((site) => site.heavy).length} heavy), ${availableParallelism()} cores`);
    // The study comes first: it chooses the pages the CLI then audits.
    const study = await timed('(2) muniseo audit, end to end', () => runStudy(sites, log, { MUNISEO_LIGHTHOUSE_ISOLATION: isolation }));
    const urls = study.pages.map((page) => page.url);
    const keys = study.pages.map((page) => `${page.site}${new URL(page.url).pathname}`);
    const saved =
      options['cli-scores'] && existsSync(options['cli-scores']) ? JSON.parse(readFileSync(options['cli-scores'], 'utf8')) : undefined;
    const replay = (way) => ({ ...way, scores: keys.map((key) => way.scores[key] ?? { error: 'NOT_SAVED' }) });
    const cli = saved
      ? replay(saved.cli)
      : await timed('(1) lighthouse CLI, fresh Chromium per page, sequential', () => viaLighthouseCli(urls, log));
    const control = saved ? replay(saved.control) : await timed('(3) lighthouse CLI again (control)', () => viaLighthouseCli(urls, log));
    if (options['cli-scores'] && !saved) {
      const keyed = (way) => ({ ...way, scores: Object.fromEntries(keys.map((key, index) => [key, way.scores[index]])) });
      writeFileSync(
        options['cli-scores'],
        JSON.stringify({ measuredAt: new Date().toISOString(), cli: keyed(cli), control: keyed(control) }),
      );
    }
    if (saved) log(`CLI and control read from ${options['cli-scores']} (measured ${saved.measuredAt})`);

    const studyScores = study.pages.map((page) => page.scores);
    const heavyIndexes = study.pages.flatMap((page, index) => (page.heavy ? [index] : []));
    const studyGaps = scoreGaps(studyScores, cli.scores);
    const studyHeavyGaps = scoreGaps(studyScores, cli.scores, heavyIndexes);
    const controlGaps = scoreGaps(control.scores, cli.scores);
    const controlHeavyGaps = scoreGaps(control.scores, cli.scores, heavyIndexes);

    console.log(
      `\n== study: muniseo audit end to end, ${sites.length} fixture sites (${heavyIndexes.length} of ${urls.length} Lighthouse pages on the 4 heavy sites), default sampling, mobile`,
    );
    console.log(`machine: ${availableParallelism()} cores; ${study.laneLine || 'lane settings not reported'}\n`);
    printWays([cli, study, control], urls.length, cli);
    if (study.outcomes.some((outcome) => !outcome.endsWith(': ok'))) console.log(`site outcomes: ${study.outcomes.join(', ')}`);
    console.log(`runs measured again alone (isolation settled): ${study.measuredAgain.length}`);
    for (const line of study.measuredAgain) console.log(`  ${line.replace(/^.*?lighthouse worker/, 'lighthouse worker')}`);
    printGaps([
      ['muniseo − CLI, all pages', studyGaps],
      ['muniseo − CLI, heavy pages', studyHeavyGaps],
      ['CLI again − CLI, all pages', controlGaps],
      ['CLI again − CLI, heavy pages', controlHeavyGaps],
    ]);
    const perMinute = (urls.length / study.seconds) * 60;
    const speedup = cli.seconds / study.seconds;
    const heavyPerformance = studyHeavyGaps.performance;
    const controlSpread = controlHeavyGaps.performance.largest ?? 0;
    console.log('');
    console.log(
      `accessibility, best practices, SEO identical to the CLI on every page: ${timingFreeIdentical(studyGaps) ? 'yes → met' : 'NO → NOT met'} (the control: ${timingFreeIdentical(controlGaps) ? 'identical' : 'not identical either'})`,
    );
    console.log(
      `heavy pages, performance, mean signed gap ${heavyPerformance.meanSigned?.toFixed(3)} (target within ±${targets.heavyMeanGap}) → ${verdict(
        Math.abs(heavyPerformance.meanSigned ?? Infinity) <= targets.heavyMeanGap,
      )}; inside the control's spread (largest |CLI again − CLI| ${controlSpread.toFixed(2)}, control's own mean ${controlHeavyGaps.performance.meanSigned?.toFixed(3)}) → ${verdict(
        Math.abs(heavyPerformance.meanSigned ?? Infinity) <= controlSpread,
      )}`,
    );
    console.log(
      `throughput ${perMinute.toFixed(1)} Lighthouse pages/min end to end (target ≥ ${targets.studyPagesPerMinute}) → ${verdict(perMinute >= targets.studyPagesPerMinute)}`,
    );
    console.log(
      `speed-up over the sequential CLI ${speedup.toFixed(2)}× (target ≥ ${targets.studySpeedup}×) → ${verdict(speedup >= targets.studySpeedup)}`,
    );
    const loads = [study, cli, control].flatMap((way) => [way.loadBefore, way.loadAfter].map((text) => Number(text.split(' ')[0])));
    const figures = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${availableParallelism()} cores`,
      loadAverage: Math.round(loads.reduce((sum, value) => sum + value, 0) / loads.length),
      lighthouseVersion: study.laneLine.match(/Lighthouse ([\d.]+)/)?.[1] ?? '?',
      chromiumVersion: study.laneLine.match(/Chromium (\d+)/)?.[1] ?? '?',
      pages: controlHeavyGaps.performance.pages,
      cliLargestGap: round(controlHeavyGaps.performance.largest),
      cliMeanAbsoluteGap: round(controlHeavyGaps.performance.meanAbsolute),
      laneMeanSignedGap: round(heavyPerformance.meanSigned),
    };
    console.log(`\nfigures for the methodology (measuredLighthouseVariability in src/model/lighthouse.ts): ${JSON.stringify(figures)}`);
    const nameOf = (url) => {
      const page = study.pages.find((entry) => entry.url === url);
      return `${page?.site ?? '?'}${new URL(url).pathname} (${page?.pageType ?? '?'})`;
    };
    printPages(
      urls,
      [
        ['CLI', cli.scores],
        ['muniseo', studyScores],
        ['CLI again', control.scores],
      ],
      nameOf,
    );
  } finally {
    await heavy.close();
    await light.close();
  }
}

async function viaLane(urls) {
  const started = performance.now();
  const lane = await startLighthouseLane(
    { enabled: true, pages: 0, runs: 1, formFactor: 'mobile', concurrency: 0, timeoutSecs: 90 },
    // The fixture web lives on 127.0.0.1, which Chromium may reach only with the private network opened.
    { chromePath: findChrome(), log, isolation, network: { allowPrivateNetwork: true } },
  );
  // One audit() call per page, all at once, as concurrent site audits would make them.
  const results = await Promise.all(urls.map((url) => lane.audit([{ url, pageType: 'bench', reason: 'bench' }], ['mobile'])));
  await lane.close();
  const windows = lane.schedule.events.filter((event) => event.use === 'window' && event.endedAt !== undefined);
  const settled = windows.filter((window) => window.settledAt !== undefined);
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length) / 1000;
  log(
    `lane windows: ${windows.length} (${windows.filter((window) => window.alone).length} measured again alone), ${settled.length} settled; ` +
      `measured alone ${mean(settled.map((window) => window.settledAt - window.startedAt)).toFixed(2)} s on average, ` +
      `whole window ${mean(windows.map((window) => window.endedAt - window.startedAt)).toFixed(2)} s`,
  );
  return {
    seconds: (performance.now() - started) / 1000,
    scores: results.map(([result]) => (result.error ? { error: result.error.code } : result.scores)),
  };
}

async function laneScenario(pageCount) {
  const web = await startFixtureWeb();
  try {
    const urls = benchPages(web, pageCount);
    log(`lane scenario: ${urls.length} light fixture pages, ${availableParallelism()} cores`);
    const cli = await timed('(1) lighthouse CLI, fresh Chromium per page, sequential', () => viaLighthouseCli(urls, log));
    const lane = await timed(`(2) muniseo lane, default settings`, () => viaLane(urls));
    const control = await timed('(3) lighthouse CLI again (control)', () => viaLighthouseCli(urls, log));
    const laneGaps = scoreGaps(lane.scores, cli.scores);
    const controlGaps = scoreGaps(control.scores, cli.scores);
    console.log(`\n== lane: ${urls.length} light fixture pages, mobile, one audit() call per page at once`);
    console.log(
      `machine: ${availableParallelism()} cores; lane: ${defaultLighthouseConcurrency(undefined, undefined, isolation)} worker(s), isolation ${isolation}, browser reuse ${defaultBrowserReuse}\n`,
    );
    printWays([cli, lane, control], urls.length, cli);
    printGaps([
      ['lane − CLI', laneGaps],
      ['CLI again − CLI', controlGaps],
    ]);
    const perMinute = (urls.length / lane.seconds) * 60;
    console.log('');
    console.log(
      `accessibility, best practices, SEO identical to the CLI on every page: ${timingFreeIdentical(laneGaps) ? 'yes → met' : 'NO → NOT met'}`,
    );
    console.log(
      `lane throughput ${perMinute.toFixed(1)} pages/min (target ≥ ${targets.lanePagesPerMinute}) → ${verdict(perMinute >= targets.lanePagesPerMinute)}`,
    );
    const nameOf = (url) =>
      url.replace(/^http:\/\/127\.0\.0\.1:\d+/, `[${[...web.sites.values()].find((site) => url.startsWith(site.origin))?.name}]`);
    printPages(
      urls,
      [
        ['CLI', cli.scores],
        ['lane', lane.scores],
        ['CLI again', control.scores],
      ],
      nameOf,
    );
  } finally {
    await web.close();
  }
}

if (!findChrome()) {
  process.stderr.write('no Chromium found (CHROME_PATH or the usual places)\n');
  process.exit(1);
}
if (options.scenario === 'study' || options.scenario === 'all') await studyScenario();
if (options.scenario === 'lane' || options.scenario === 'all') await laneScenario(Number(options.pages));
