// Does the network policy's proxy change Lighthouse scores? A measurement, not a test. Run
// `npm run build` first, then `node bench/lighthouse/network-policy.js [pages] [rounds] [--heavy]`
// (--heavy: the heavy fixture pages, whose third-party requests fail offline, instead of the light ones).
//
// Each fixture page is audited three times, the way a Lighthouse worker does it (a fresh Chromium,
// a browser context, mobile, the four categories, unreported audits skipped):
//   direct  Chromium without a proxy (as before the policy)
//   proxy   Chromium through the policy proxy, hosted in this process as a worker hosts it
//   again   Chromium without a proxy, a second time: the run-to-run noise the proxy is held against
// in an order that turns with each page, so that a drift in the machine's load falls on every arm.
// It prints, per category and metric, how far `proxy` lands from `direct`, beside how far `again`
// does: the proxy changes nothing measurable when the first gap is no larger than the second.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { defaultConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startFixtureWeb } from '../../dist/fixtures/server.js';
import { findChrome } from '../../dist/browser/chrome.js';
import { launchChromium } from '../../dist/lighthouse/chromium.js';
import { unreportedAudits } from '../../dist/lighthouse/lighthouse-settings.js';
import { lighthouseCategories } from '../../dist/model/index.js';
import { chromeProxyFlags, NetworkPolicy, startPolicyProxy } from '../../dist/network/index.js';
import { benchPages } from './bench-pages.js';
import { heavyPages, startHeavyWeb } from './heavy-pages.js';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const heavy = process.argv.includes('--heavy');
const pageCount = Number(positional[0] ?? 10);
const rounds = Number(positional[1] ?? 1);
const log = (message) => process.stderr.write(`${message}\n`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const metrics = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  ttfb: 'server-response-time',
};
const flags = {
  logLevel: 'silent',
  onlyCategories: [...lighthouseCategories],
  skipAudits: unreportedAudits(defaultConfig.categories ?? {}),
  disableFullPageScreenshot: true,
};

async function auditOnce(url, extraFlags) {
  const profile = mkdtempSync(join(tmpdir(), 'muniseo-bench-policy-'));
  const chromium = await launchChromium(findChrome(), profile, extraFlags);
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const result = await lighthouse(url, flags, undefined, page);
    await context.close();
    await browser.disconnect();
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) return { error: lhr?.runtimeError?.code ?? 'NO_RESULT' };
    return {
      ...Object.fromEntries(lighthouseCategories.map((category) => [category, lhr.categories[category]?.score ?? null])),
      ...Object.fromEntries(Object.entries(metrics).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null])),
    };
  } finally {
    await chromium.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

const web = heavy ? await startHeavyWeb() : await startFixtureWeb();
// The fixture web lives on 127.0.0.1: the proxy opens loopback, as the demo and the tests do.
const proxy = await startPolicyProxy(new NetworkPolicy({ allowPrivateNetwork: true }), {
  onRefusal: (target, refusal) => log(`refused ${target}: ${refusal.kind}`),
});
const arms = {
  direct: () => [],
  proxy: () => chromeProxyFlags(proxy.url),
  again: () => [],
};
const orders = [
  ['direct', 'proxy', 'again'],
  ['proxy', 'again', 'direct'],
  ['again', 'direct', 'proxy'],
];
const runs = [];
try {
  const urls = heavy ? heavyPages(web).slice(0, pageCount) : benchPages(web, pageCount);
  log(
    `${urls.length} ${heavy ? 'heavy' : 'light'} fixture pages × ${rounds} round(s), 3 arms; ${availableParallelism()} cores; load ${load()}`,
  );
  let turn = 0;
  for (let round = 1; round <= rounds; round++) {
    for (const url of urls) {
      const run = { url, round };
      for (const arm of orders[turn++ % orders.length]) run[arm] = await auditOnce(url, arms[arm]());
      runs.push(run);
      log(
        `${url}: ${['direct', 'proxy', 'again'].map((arm) => `${arm} ${lighthouseCategories.map((c) => run[arm][c] ?? run[arm].error).join('/')}`).join('  ')}`,
      );
    }
  }
} finally {
  await proxy.close();
  await web.close();
}

const pad = (text, width) => String(text).padEnd(width);
const scored = runs.filter((run) => ['direct', 'proxy', 'again'].every((arm) => !run[arm].error));
const gap = (arm, key) => scored.map((run) => Math.abs(run[arm][key] - run.direct[key])).filter((value) => Number.isFinite(value));
const mean = (values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN);
const format = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

console.log(`\nThe network policy's proxy and Lighthouse scores: ${scored.length} of ${runs.length} page runs scored in all three arms`);
console.log(`machine: ${availableParallelism()} cores, load ${load()} at the end\n`);
console.log(`${pad('', 16)}${pad('proxy vs direct', 30)}${pad('again vs direct (noise)', 30)}identical (proxy / again)`);
console.log(`${pad('', 16)}${pad('mean |gap|   max |gap|', 30)}${pad('mean |gap|   max |gap|', 30)}`);
for (const key of [...lighthouseCategories, ...Object.keys(metrics)]) {
  const digits = lighthouseCategories.includes(key) ? 3 : key === 'cls' ? 4 : 0;
  const proxyGaps = gap('proxy', key);
  const noiseGaps = gap('again', key);
  const identical = (gaps) => gaps.filter((value) => value === 0).length;
  console.log(
    `${pad(key, 16)}${pad(`${format(mean(proxyGaps), digits)}        ${format(Math.max(...proxyGaps), digits)}`, 30)}` +
      `${pad(`${format(mean(noiseGaps), digits)}        ${format(Math.max(...noiseGaps), digits)}`, 30)}` +
      `${identical(proxyGaps)} / ${identical(noiseGaps)} of ${proxyGaps.length}`,
  );
}
console.log('\n(metrics in ms, CLS unitless; scores 0–1)');
