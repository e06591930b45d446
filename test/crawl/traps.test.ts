import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { TrapGuard } from '../../src/crawl/traps.js';
import { hasSessionParameter, renderCrawlMessage, type SiteCrawl, trapPattern, withoutSessionId } from '../../src/model/index.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, pathsOf, testConfig } from './helpers.js';

const pattern = (url: string) => trapPattern(new URL(url));

describe('trap patterns', () => {
  it('groups calendar pages by their date segments', () => {
    expect(pattern('https://ville.test/agenda/2026-11/')).toBe('/agenda/{date}/');
    expect(pattern('https://ville.test/agenda/2031-07/')).toBe('/agenda/{date}/');
    expect(pattern('https://ville.test/actualites/2026/11/05/')).toBe('/actualites/{date}/{date}/{date}/');
    expect(pattern('https://ville.test/archives/20261105/')).toBe('/archives/{date}/');
  });

  it('groups calendars paging through a query parameter, by name or by a date-like value', () => {
    expect(pattern('https://ville.test/evenements?mois=2026-11')).toBe('/evenements?mois={date}');
    expect(pattern('https://ville.test/evenements?d=2026-11&vue=liste')).toBe('/evenements?d={date}&{filters}');
  });

  it('puts every filter combination of one listing in one family', () => {
    expect(pattern('https://ville.test/annuaire/?categorie=sport')).toBe('/annuaire/?{filters}');
    expect(pattern('https://ville.test/annuaire/?tri=nom&commune=nord')).toBe('/annuaire/?{filters}');
  });

  it('leaves ordinary pages alone, numeric ids included', () => {
    expect(pattern('https://ville.test/actualites/1234/')).toBeUndefined();
    expect(pattern('https://ville.test/index.php?id=57&page=2')).toBeUndefined();
    expect(pattern('https://ville.test/demarches/etat-civil/')).toBeUndefined();
  });

  it('reads Joomla non-SEF URLs as pages, not as filtered listings', () => {
    expect(pattern('https://ville.test/index.php?option=com_content&view=article&id=57&Itemid=101')).toBeUndefined();
    expect(
      pattern('https://ville.test/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=120&limitstart=10'),
    ).toBeUndefined();
    expect(pattern('https://ville.test/index.php?option=com_jevents&task=month.calendar&year=2031&month=07')).toBe(
      '/index.php?month={date}&option&task&year={date}',
    );
    expect(pattern('https://ville.test/index.php?option=com_content&view=category&id=8&filter_tag[]=3')).toBe(
      '/index.php?id&option&view&{filters}',
    );
    // Without Joomla's option=com_…, a view parameter still switches the display of a listing.
    expect(pattern('https://ville.test/annuaire/?view=grid')).toBe('/annuaire/?{filters}');
  });

  it('removes session ids from links, in the query or the path', () => {
    expect(withoutSessionId('https://ville.test/page?PHPSESSID=abc&id=3')).toBe('https://ville.test/page?id=3');
    expect(withoutSessionId('https://ville.test/page;jsessionid=ABC123?x=1')).toBe('https://ville.test/page?x=1');
    expect(withoutSessionId('https://ville.test/page?sid=1')).toBe('https://ville.test/page');
    expect(hasSessionParameter(new URL('https://ville.test/page?JSESSIONID=1'))).toBe(true);
    expect(hasSessionParameter(new URL('https://ville.test/page?s=recherche'))).toBe(false);
  });
});

describe('TrapGuard', () => {
  it('admits every article of a Joomla site without URL rewriting', () => {
    const guard = new TrapGuard(12);
    const articles = Array.from(
      { length: 40 },
      (_, id) => `https://ville.test/index.php?option=com_content&view=article&id=${id + 1}&Itemid=101`,
    );
    expect(articles.every((url) => guard.admit(url))).toBe(true);
    expect(guard.traps).toEqual([]);
  });

  it('admits a family up to its limit, then refuses and reports the first refused URL', () => {
    const guard = new TrapGuard(2);
    const months = ['2026-10', '2026-11', '2026-12', '2027-01'].map((month) => `https://ville.test/agenda/${month}/`);
    expect(months.map((url) => guard.admit(url))).toEqual([true, true, false, false]);
    expect(guard.traps).toEqual([
      {
        pattern: '/agenda/{date}/',
        kind: 'url-family',
        patternMessage: { id: 'trap.urlFamily', values: { pattern: '/agenda/{date}/' } },
        example: months[2],
        skipped: 2,
      },
    ]);
  });

  it('refuses relative-link loops and absurdly long URLs at once', () => {
    const guard = new TrapGuard(10);
    expect(guard.admit('https://ville.test/a/b/a/b/a/')).toBe(false);
    expect(guard.admit(`https://ville.test/${'x'.repeat(2100)}`)).toBe(false);
    expect(guard.traps.map((trap) => trap.pattern)).toEqual([
      'repeating path segments (relative-link loop)',
      'URL longer than 2048 characters',
    ]);
    expect(guard.traps.map((trap) => [trap.kind, trap.patternMessage])).toEqual([
      ['repeating-segments', { id: 'trap.repeatingSegments' }],
      ['long-url', { id: 'trap.longUrl', values: { max: '2048' } }],
    ]);
    expect(guard.traps.map((trap) => renderCrawlMessage(trap.patternMessage ?? { id: '' }, 'fr'))).toEqual([
      'segments de chemin répétés (boucle de liens relatifs)',
      'URL de plus de 2048 caractères',
    ]);
  });
});

describe('traps on real sites', () => {
  let web: FixtureWeb;
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['calendrier-sur-marne', 'test-traps'] });
  });
  afterAll(() => web.close());

  it('stops the endless calendar of Calendrier-sur-Marne after the pattern limit and reports it', async () => {
    const crawl = await crawlSite(web.origin('calendrier-sur-marne'), testConfig({ maxDepth: 100, trapPatternLimit: 12 }), {
      parse: extractingParser().parse,
    });
    const months = pathsOf(crawl.pages).filter((path) => /^\/agenda\/\d{4}-\d{2}\/$/.test(path));
    expect(months).toHaveLength(12);
    const trap = crawl.traps.find((report) => report.pattern === '/agenda/{date}/');
    expect(trap?.example).toMatch(/\/agenda\/\d{4}-\d{2}\/$/);
    expect(months).not.toContain(new URL(trap?.example ?? 'http://x/').pathname);
    expect(crawl.outcome).toBe('ok');
  });

  describe('test-traps', () => {
    let crawl: SiteCrawl;
    let paths: string[];
    beforeAll(async () => {
      crawl = await crawlSite(web.origin('test-traps'), testConfig({ maxDepth: 50, trapPatternLimit: 5 }), {
        parse: extractingParser().parse,
      });
      paths = pathsOf(crawl.pages);
    });
    const trap = (name: string) => crawl.traps.find((report) => report.pattern === name);

    it('stops a calendar paging by ?mois= after five months', () => {
      // 2026-11, then 10 and 12, then 09 and 2027-01; 08 and 2027-02 are refused.
      expect(paths.filter((path) => path.startsWith('/evenements'))).toEqual([
        '/evenements?mois=2026-11',
        '/evenements?mois=2026-10',
        '/evenements?mois=2026-12',
        '/evenements?mois=2026-09',
        '/evenements?mois=2027-01',
      ]);
      expect(trap('/evenements?mois={date}')).toEqual({
        pattern: '/evenements?mois={date}',
        kind: 'url-family',
        patternMessage: { id: 'trap.urlFamily', values: { pattern: '/evenements?mois={date}' } },
        example: `${web.origin('test-traps')}/evenements?mois=2026-08`,
        skipped: 2,
      });
    });

    it('crawls pages behind session ids once, without the id, and reports the session parameter', () => {
      expect(paths.filter((path) => path.startsWith('/espace-citoyen/'))).toEqual([
        '/espace-citoyen/',
        '/espace-citoyen/demarches/',
        '/espace-citoyen/formulaires/',
      ]);
      expect(web.requests('test-traps').some((request) => /PHPSESSID/i.test(request.path))).toBe(false);
      expect(trap('session-id parameter (removed from links)')?.example).toBe(
        `${web.origin('test-traps')}/espace-citoyen/?PHPSESSID=abc123`,
      );
      expect(trap('session-id parameter (removed from links)')).toMatchObject({
        kind: 'session-id',
        patternMessage: { id: 'trap.sessionId' },
      });
    });

    it('stops a faceted listing after five filter combinations', () => {
      expect(paths.filter((path) => path.startsWith('/annuaire/'))).toEqual([
        '/annuaire/',
        '/annuaire/?categorie=sport',
        '/annuaire/?categorie=culture',
        '/annuaire/?categorie=social',
        '/annuaire/?categorie=jeunesse',
        '/annuaire/?categorie=seniors',
      ]);
      expect(trap('/annuaire/?{filters}')?.example).toBe(`${web.origin('test-traps')}/annuaire/?commune=nord`);
    });

    it('stops following a page that answers with the same body under another URL', () => {
      expect(paths.filter((path) => path.startsWith('/imprimer/'))).toEqual(['/imprimer/a/', '/imprimer/b/']);
      expect(trap('identical body under another URL')).toEqual({
        pattern: 'identical body under another URL',
        kind: 'identical-body',
        patternMessage: { id: 'trap.identicalBody' },
        example: `${web.origin('test-traps')}/imprimer/b/`,
        skipped: 1,
      });
    });
  });
});
