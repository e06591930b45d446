import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOffThreadChars, ExtractionPool, maxInlineBacklog, readFacts } from '../../src/extract/extraction-pool.js';
import { extractPageFacts } from '../../src/extract/page-facts.js';
import { SharedStrings } from '../../src/extract/stored-page.js';

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

  it('reads facts back the same with their link strings shared between pages', async () => {
    const menu =
      '<nav lang="fr"><a href="/mairie/">Mairie</a><a href="/agenda/">Agenda</a><a href="mailto:mairie@saint-exemple.test">Écrire</a></nav>';
    const pages = ['/', '/agenda/'].map((path) => ({
      ...input(`<html><body>${menu}<main><a href="${path}contact/">Contact</a></main></body></html>`),
      url: `${origin}${path}`,
    }));
    const strings = new SharedStrings();
    for (const page of pages) {
      const { stored } = await pool.extract(page);
      expect(readFacts(stored, strings)).toEqual(extractPageFacts(page));
    }
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

  it('gives up on a page whose extraction outlasts the deadline, and extracts the pages queued behind it', async () => {
    // 60,000 nested elements: some 20 s in the HTML parser (its time grows with the square of the depth).
    const nested = `<html><body>${'<div>'.repeat(60_000)}x${'</div>'.repeat(60_000)}</body></html>`;
    // Long enough for a thread to start and extract the minutes page, far shorter than the nested page.
    const strict = new ExtractionPool({ threads: 1, deadlineMs: 4_000 });
    try {
      const [hostile, next] = await Promise.allSettled([strict.extract(input(nested)), strict.extract(input(minutesPage()))]);
      expect(hostile.status).toBe('rejected');
      expect((hostile as PromiseRejectedResult).reason.message).toMatch(/gave up after 4 s on a page of 645 K characters/);
      // Queued behind it, the next page had its own 4 s, in a thread started anew.
      expect(next.status).toBe('fulfilled');
      expect(readFacts((next as PromiseFulfilledResult<Awaited<ReturnType<ExtractionPool['extract']>>>).value.stored).links).toHaveLength(
        2000,
      );
    } finally {
      await strict.close();
    }
  });
});
