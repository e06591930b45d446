import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { defaultOffThreadChars, ExtractionPool, maxInlineBacklog, readFacts } from '../../src/extract/extraction-pool.js';
import { extractPageFacts } from '../../src/extract/page-facts.js';
import { extractStored } from '../../src/extract/stored-page.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { JudgeInput, Judgement } from '../../src/judge.js';
import type { SiteCrawl } from '../../src/model/index.js';
import { testConfig } from '../crawl/helpers.js';

const origin = 'https://www.saint-exemple.test';
const input = (body: string) => ({ url: `${origin}/conseil/`, status: 200, headers: {}, body, siteOrigin: origin });

/** A council's minutes on one page, one link a line: a link-dense page of about 230 KB, seven times the threshold. */
function minutesPage(): string {
  const items = Array.from(
    { length: 2000 },
    (_, index) =>
      `<li><a href="/deliberations/${index}/">Délibération n° ${index} : vote du budget annexe de l’eau</a> adoptée à l’unanimité</li>`,
  );
  return `<html lang="fr"><head><title>Comptes rendus du conseil municipal</title></head><body><main><h1>Comptes rendus</h1><ul>${items.join('')}</ul></main></body></html>`;
}

describe('ExtractionPool', () => {
  const pool = new ExtractionPool();
  afterAll(() => pool.close());

  it('extracts a large page in a worker thread, with the facts the main thread would have found', async () => {
    const body = minutesPage();
    expect(body.length).toBeGreaterThan(7 * defaultOffThreadChars);
    const extracted = await pool.extract(input(body));
    expect(extracted.threadId).not.toBe(threadId);
    const facts = readFacts(extracted.stored);
    expect(facts.links).toHaveLength(2000);
    expect(facts).toEqual(extractPageFacts(input(body)));
    expect(extracted.crawl.links).toHaveLength(2000);
  });

  it('extracts a common page on the calling thread', async () => {
    const body = '<html><head><title>Mairie</title></head><body><main><h1>Horaires</h1><p>Du lundi au vendredi.</p></main></body></html>';
    const extracted = await pool.extract(input(body));
    expect(extracted.threadId).toBe(threadId);
    expect(readFacts(extracted.stored)).toEqual(extractPageFacts(input(body)));
  });

  it('sends a page to a worker from the size set, and starts again after being closed', async () => {
    const small = new ExtractionPool({ offThreadChars: 100 });
    const body = `<html><head><title>Mairie</title></head><body><p>${'Accueil de la mairie. '.repeat(10)}</p></body></html>`;
    expect((await small.extract(input(body))).threadId).not.toBe(threadId);
    await small.close();
    expect(readFacts((await small.extract(input(body))).stored).title).toBe('Mairie');
    await small.close();
  });
});

describe('ExtractionPool: the crawl held back', () => {
  it('keeps crawls waiting while a backlog of pages waits for the main thread, and lets them go once it is read', async () => {
    const pool = new ExtractionPool();
    const body = '<html><head><title>Mairie</title></head><body><main><h1>État civil</h1><p>Actes de naissance.</p></main></body></html>';
    const backlog = Array.from({ length: maxInlineBacklog }, () => pool.extract(input(body)));
    let ready = false;
    const waiting = pool.caughtUp().then(() => (ready = true));
    await Promise.resolve();
    expect(ready).toBe(false);
    expect((await Promise.all(backlog)).map((page) => readFacts(page.stored).title)).toEqual(Array(maxInlineBacklog).fill('Mairie'));
    await waiting;
    expect(ready).toBe(true);
    // No backlog: at once.
    let atOnce = false;
    void pool.caughtUp().then(() => (atOnce = true));
    await Promise.resolve();
    expect(atOnce).toBe(true);
    await pool.close();
  });
});

describe('ExtractionPool: judging a site', () => {
  let web: FixtureWeb;
  let crawl: SiteCrawl;
  const stored = new Map<string, Uint8Array>();
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-structure-70'] });
    crawl = await crawlSite(`${web.origin('test-structure-70')}/`, testConfig(), {
      parse: (snapshot, siteOrigin) => {
        const page = extractStored({
          url: snapshot.finalUrl,
          status: snapshot.status,
          headers: snapshot.headers,
          body: snapshot.body,
          siteOrigin,
        });
        stored.set(snapshot.finalUrl, page.stored);
        return page.crawl;
      },
    });
  }, 60_000);
  afterAll(() => web?.close());

  /** The same input each time: judging empties the stored facts it is given. */
  const judgeInput = (): JudgeInput => ({
    institution: { id: 'structure', name: 'Structure', kind: 'commune', url: crawl.startUrl },
    crawl,
    stored: new Map([...stored].map(([url, facts]) => [url, facts.slice()])),
    startedAt: '2026-12-01T08:00:00.000Z',
    lighthousePages: 2,
  });
  const withoutClock = ({ result, lighthouse }: Judgement) => ({ result: { ...result, finishedAt: undefined }, lighthouse });

  it('judges a big site in a worker thread, as the main thread would, and a small one on the main thread', async () => {
    expect(stored.size).toBeGreaterThan(60);
    const onMain = new ExtractionPool({ offThreadPages: Infinity });
    const offMain = new ExtractionPool({ offThreadPages: 50 });
    try {
      const inline = await onMain.judge(judgeInput());
      const input = judgeInput();
      const inWorker = await offMain.judge(input);
      expect(inline.threadId).toBe(threadId);
      expect(inWorker.threadId).not.toBe(threadId);
      // Moved to the thread, not copied.
      expect([...input.stored.values()].every((facts) => facts.byteLength === 0)).toBe(true);
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
