// Lighthouse's CPU benchmark, measured once per lane and given to every run (src/lighthouse/benchmark-index.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../src/browser/chrome.js';
import { answeringBenchmark, isBenchmarkEvaluation, measureBenchmarkIndex } from '../../src/lighthouse/benchmark-index.js';
import { launchChromium } from '../../src/lighthouse/chromium.js';
import { lighthouseConfig, lighthouseFlags } from '../../src/lighthouse/run-config.js';
import { lighthouseCategories } from '../../src/model/index.js';
import { startTownHallServer, type TownHallServer } from './town-hall-server.js';

describe('the benchmark index', () => {
  it('is measured here as Lighthouse measures it: a positive count of iterations', async () => {
    const index = await measureBenchmarkIndex();
    expect(index).toBeGreaterThan(0);
  });

  it('is told from every other evaluation by the benchmark function’s source', () => {
    expect(isBenchmarkEvaluation('Runtime.evaluate', { expression: '(() => { return (function computeBenchmarkIndex() {})(); })()' })).toBe(
      true,
    );
    expect(isBenchmarkEvaluation('Runtime.evaluate', { expression: 'document.title' })).toBe(false);
    expect(isBenchmarkEvaluation('Page.navigate', { url: 'about:blank' })).toBe(false);
  });
});

describe('a Lighthouse run on a page that answers the benchmark', () => {
  let server: TownHallServer;
  beforeAll(async () => {
    server = await startTownHallServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('carries the given index in its environment, and scores every category as usual', async () => {
    const chromium = await launchChromium(findChrome() as string, mkdtempSync(join(tmpdir(), 'muniseo-test-benchmark-')));
    try {
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chromium.port}`, defaultViewport: null });
      const context = await browser.createBrowserContext();
      const page = answeringBenchmark(await context.newPage(), 4321);
      const result = await lighthouse(`${server.origin}/`, lighthouseFlags(false), lighthouseConfig('mobile'), page);
      await context.close();
      await browser.disconnect();
      // A Lighthouse that renamed its benchmark would measure again and report its own figure.
      expect(result?.lhr.environment.benchmarkIndex).toBe(4321);
      expect(result?.lhr.runtimeError).toBeUndefined();
      for (const category of lighthouseCategories) expect(result?.lhr.categories[category]?.score, category).toBeGreaterThan(0);
    } finally {
      await chromium.kill();
    }
  }, 120_000);
});
