// A site judged on the main thread or in a worker thread: the same judgement either way.
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storingParse } from '../src/audit.js';
import { catalogue } from '../src/checks/catalogue.js';
import { crawlSite } from '../src/crawl/site-crawl.js';
import { ExtractionPool } from '../src/extract/extraction-pool.js';
import { FactStore } from '../src/store/fact-store.js';
import { startFixtureWeb, type FixtureWeb } from '../src/fixtures/server.js';
import { type JudgeInput, type Judgement, SiteJudge } from '../src/judge.js';
import type { SiteCrawl } from '../src/model/index.js';
import { testConfig } from './crawl/helpers.js';

describe('SiteJudge', () => {
  let web: FixtureWeb;
  let crawl: SiteCrawl;
  const store = new FactStore();
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-structure-70'] });
    const extraction = new ExtractionPool();
    try {
      crawl = await crawlSite(`${web.origin('test-structure-70')}/`, testConfig(), { parse: storingParse(extraction, store) });
    } finally {
      await extraction.close();
    }
  }, 60_000);
  afterAll(async () => {
    store.close();
    await web?.close();
  });

  /** The same input each time: judging reads the stored facts, and leaves them for another judgement. */
  const judgeInput = (): JudgeInput => ({
    institution: { id: 'structure', name: 'Structure', kind: 'commune', url: crawl.startUrl },
    crawl,
    stored: store.stored(),
    startedAt: '2026-12-01T08:00:00.000Z',
    lighthousePages: 2,
  });
  const withoutClock = ({ result, lighthouse }: Judgement) => ({ result: { ...result, finishedAt: undefined }, lighthouse });

  it('judges a big site in a worker thread, as the main thread would, and a small one on the main thread', async () => {
    expect(store.size).toBeGreaterThan(60);
    const onMain = new SiteJudge({ offThreadPages: Infinity });
    const offMain = new SiteJudge({ offThreadPages: 50 });
    try {
      const inline = await onMain.judge(judgeInput());
      const inWorker = await offMain.judge(judgeInput());
      expect(inline.threadId).toBe(threadId);
      expect(inWorker.threadId).not.toBe(threadId);
      expect(inWorker.result.checks.map((check) => check.id)).toEqual(catalogue.map((check) => check.id));
      expect(inWorker.result.pages.filter((page) => page.title).length).toBeGreaterThan(60);
      expect(inWorker.lighthouse?.map((request) => request.pageType)[0]).toBe('home');
      expect(inWorker.lighthouse).toHaveLength(3);
      expect(withoutClock(inWorker)).toEqual(withoutClock(inline));
    } finally {
      await Promise.all([onMain.close(), offMain.close()]);
    }
  }, 60_000);
});
