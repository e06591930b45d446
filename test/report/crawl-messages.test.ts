// What the crawl and the Lighthouse lane said reaches a French report in French: why a site could
// not be audited, notes on a crawl, robots.txt and sitemap problems, traps, why Lighthouse chose a
// page and how a run failed. The English texts stay in the data, and in an English report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  crawlMessage,
  lighthouseMessage,
  type Message,
  renderCrawlMessage,
  renderCrawlMessages,
  renderLighthouseMessage,
  type SiteResult,
  trapOf,
} from '../../src/model/index.js';
import { writeReport } from '../../src/report/index.js';
import type { StudyStore } from '../../src/store/study-store.js';
import { validateResults } from '../helpers/validate-results.js';
import { syntheticMeta, syntheticSiteResult, writeStudy } from './synthetic-study.js';

const refusedHost = '127.0.0.1:40123';

/** A site result's reasons as the crawl records them: messages, and their English text beside them. */
function withReasons(result: SiteResult, reasons: Message[]): SiteResult {
  return { ...result, reason: renderCrawlMessages(reasons, 'en'), reasonMessages: reasons };
}

function studyResults(): SiteResult[] {
  // Site 5 of the synthetic study is unreachable and 11 is blocked by robots.txt; 0 and 1 are audited.
  const refused = withReasons(syntheticSiteResult(5), [crawlMessage('fetch.refused', { host: refusedHost })]);
  const blocked = withReasons(syntheticSiteResult(11), [crawlMessage('crawl.robotsDisallowsAll', { agent: 'muniseo' })]);
  const audited = withReasons(syntheticSiteResult(0), [crawlMessage('crawl.budgetReached', { seconds: 300 })]);
  const origin = new URL(audited.institution.url).origin;
  const problems = [
    crawlMessage('robots.unknownField', { line: '3', field: 'disalow' }),
    crawlMessage('robots.crawlDelayClamped', { asked: 60, max: 30 }),
  ];
  audited.crawl.robotsTxt = {
    ...audited.crawl.robotsTxt,
    problems: problems.map((problem) => renderCrawlMessage(problem, 'en')),
    problemMessages: problems,
  };
  const sitemapError = crawlMessage('sitemap.badLastmod', { lastmod: 'hier' });
  audited.crawl.sitemaps = audited.crawl.sitemaps.map((sitemap) => ({
    ...sitemap,
    errors: [renderCrawlMessage(sitemapError, 'en')],
    errorMessages: [sitemapError],
  }));
  audited.crawl.traps = [
    { ...trapOf('session-id'), example: `${origin}/espace/?PHPSESSID=abc`, skipped: 4 },
    { ...trapOf('url-family', '/agenda/{date}/'), example: `${origin}/agenda/2031-07/`, skipped: 12 },
  ];
  const homeReason = lighthouseMessage('lighthouse.homePage');
  const contactReason = lighthouseMessage('lighthouse.typedPage', {
    page: lighthouseMessage('lighthouse.pageType.contact'),
    signal: lighthouseMessage('lighthouse.signal.urlSegment', { segment: 'contact' }),
  });
  const timeout = lighthouseMessage('lighthouse.timeout', { seconds: 90 });
  audited.lighthouse.pages = audited.lighthouse.pages.slice(0, 1).flatMap((home) => [
    { ...home, reason: renderLighthouseMessage(homeReason, 'en'), reasonMessage: homeReason },
    {
      ...home,
      url: `${origin}/contact/`,
      pageType: 'contact',
      reason: renderLighthouseMessage(contactReason, 'en'),
      reasonMessage: contactReason,
      error: { code: 'TIMEOUT', message: renderLighthouseMessage(timeout, 'en') },
      errorMessage: timeout,
    },
  ]);
  return [audited, syntheticSiteResult(1), refused, blocked];
}

/** What each language must show (and French must not show in English). */
const texts = {
  refused: { fr: `connexion refusée par ${refusedHost}`, en: `connection refused by ${refusedHost}` },
  blocked: { fr: 'le robots.txt interdit tout le site (/) à muniseo', en: 'robots.txt disallows the whole site (/) to muniseo' },
  budget: {
    fr: 'budget de temps de 300 s atteint ; les pages déjà explorées sont gardées',
    en: 'time budget of 300 s reached; kept what was crawled',
  },
  robots: { fr: 'ligne 3 : champ inconnu « disalow »', en: 'line 3: unknown field "disalow"' },
  crawlDelay: {
    fr: 'Crawl-delay de 60 s supérieur à 30 s ; muniseo a attendu 30 s',
    en: 'Crawl-delay of 60 s is above 30 s; muniseo waited 30 s',
  },
  sitemap: { fr: '<lastmod> n’est pas une date W3C : hier', en: '<lastmod> is not a W3C date: hier' },
  sessionTrap: { fr: 'paramètre d’identifiant de session (retiré des liens)', en: 'session-id parameter (removed from links)' },
  homeReason: { fr: 'page d’accueil', en: 'home page' },
  contactReason: { fr: 'page de contact : segment d’URL « contact »', en: 'contact page: URL segment "contact"' },
  timeout: {
    fr: 'pas de résultat Lighthouse en 90 s ; le processus et son Chromium ont été arrêtés',
    en: 'no Lighthouse result within 90 s; the worker and its Chromium were killed',
  },
};

let frDir: string;
let enDir: string;
let store: StudyStore;
let enStore: StudyStore;

beforeAll(async () => {
  frDir = mkdtempSync(join(tmpdir(), 'muniseo-crawl-messages-fr-'));
  enDir = mkdtempSync(join(tmpdir(), 'muniseo-crawl-messages-en-'));
  store = writeStudy(frDir, syntheticMeta('Messages de l’exploration'), studyResults());
  enStore = writeStudy(enDir, syntheticMeta('Messages de l’exploration'), studyResults());
  await writeReport(store, { studyDir: frDir, lang: 'fr' });
  await writeReport(enStore, { studyDir: enDir, lang: 'en' });
});

afterAll(() => {
  store.close();
  enStore.close();
  rmSync(frDir, { recursive: true, force: true });
  rmSync(enDir, { recursive: true, force: true });
});

const page = (dir: string, id: string) => cheerio.load(readFileSync(join(dir, 'sites', `${id}.html`), 'utf8'));
const text = (dir: string, id: string) => page(dir, id)('main').text().replace(/\s+/g, ' ');

describe('a French report', () => {
  it('says in French why a site could not be audited, on its page and in the list of sites not audited', () => {
    expect(page(frDir, '10005')('main p.answer').text()).toBe(`Ce site n’a pas pu être audité : injoignable. ${texts.refused.fr}`);
    expect(page(frDir, '10011')('main p.answer').text()).toContain(texts.blocked.fr);
    const notAudited = cheerio
      .load(readFileSync(join(frDir, 'index.html'), 'utf8'))('#not-audited')
      .text();
    expect(notAudited).toContain(texts.refused.fr);
    expect(notAudited).toContain(texts.blocked.fr);
    expect(notAudited).not.toContain('connection refused');
    expect(notAudited).not.toContain('disallows');
  });

  it('lists the crawl’s notes, robots.txt and sitemap problems and traps in French', () => {
    const $ = page(frDir, '10000');
    expect($('#crawl-heading').text()).toBe('Exploration du site');
    const notes = $('ul.crawl-notes li')
      .map((_, item) => $(item).text())
      .get();
    expect(notes).toEqual([
      texts.budget.fr,
      texts.robots.fr,
      texts.crawlDelay.fr,
      `https://www.commune-fictive-0.test/sitemap.xml : ${texts.sitemap.fr}`,
      `${texts.sessionTrap.fr} — URL non explorées : 4, par exemple https://www.commune-fictive-0.test/espace/?PHPSESSID=abc`,
      '/agenda/{date}/ — URL non explorées : 12, par exemple https://www.commune-fictive-0.test/agenda/2031-07/',
    ]);
  });

  it('says in French why Lighthouse chose each page and how a run failed, keeping the error code', () => {
    const page0 = text(frDir, '10000');
    for (const key of ['homeReason', 'contactReason', 'timeout'] as const) expect(page0).toContain(texts[key].fr);
    // (`text` turns the no-break spaces before colons into plain ones.)
    expect(page0).toContain(`Erreur Lighthouse : TIMEOUT : ${texts.timeout.fr}`);
  });

  it('shows none of these texts in English', () => {
    const pages = ['10000', '10005', '10011'].map((id) => text(frDir, id)).join(' ');
    for (const { en } of Object.values(texts)) expect(pages).not.toContain(en);
    expect(pages).not.toContain('home page');
  });
});

describe('an English report of the same study', () => {
  it('shows the same texts in English', () => {
    expect(text(enDir, '10005')).toContain(texts.refused.en);
    expect(text(enDir, '10011')).toContain(texts.blocked.en);
    const page0 = text(enDir, '10000');
    for (const key of ['budget', 'robots', 'crawlDelay', 'sitemap', 'sessionTrap', 'contactReason', 'timeout'] as const) {
      expect(page0, key).toContain(texts[key].en);
    }
  });
});

describe('the exports', () => {
  const csv = (file: string) =>
    readFileSync(join(frDir, 'data', file), 'utf8')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));

  it('give each English reason a French column beside it', () => {
    const [header = [], ...rows] = csv('sites.csv');
    const refused = rows.find((row) => row[0] === '10005') ?? [];
    expect(refused[header.indexOf('reason')]).toBe(texts.refused.en);
    expect(refused[header.indexOf('reason_fr')]).toBe(texts.refused.fr);
    const [lighthouseHeader = [], ...lighthouseRows] = csv('lighthouse.csv');
    const contact = lighthouseRows.find((row) => row[lighthouseHeader.indexOf('page_type')] === 'contact') ?? [];
    expect(contact[lighthouseHeader.indexOf('error_code')]).toBe('TIMEOUT');
    expect(contact[lighthouseHeader.indexOf('error_message_fr')]).toBe(
      'pas de résultat Lighthouse en 90 s ; le processus et son Chromium ont été arrêtés',
    );
  });

  it('write the messages into results.json, in the documented schema', () => {
    const document = JSON.parse(readFileSync(join(frDir, 'results.json'), 'utf8')) as {
      sites: { id: string; reasonMessages: unknown; crawl: { traps: unknown[]; robotsTxt: { problemMessages?: unknown[] } } }[];
    };
    expect(validateResults(document)).toEqual([]);
    const byId = new Map(document.sites.map((site) => [site.id, site]));
    expect(byId.get('10005')?.reasonMessages).toEqual([{ id: 'fetch.refused', values: { host: refusedHost } }]);
    expect(byId.get('10001')?.reasonMessages).toBeNull();
    expect(byId.get('10000')?.crawl.traps[0]).toMatchObject({ kind: 'session-id', patternMessage: { id: 'trap.sessionId', values: {} } });
    expect(byId.get('10000')?.crawl.robotsTxt.problemMessages).toHaveLength(2);
  });
});
