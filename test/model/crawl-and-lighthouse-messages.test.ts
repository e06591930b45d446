// The crawl's and the Lighthouse lane's messages: every one in French and English, reading the
// same values, and a sentence made of messages rendered whole in either language.
import { describe, expect, it } from 'vitest';
import {
  crawlMessage,
  crawlMessages,
  lighthouseMessages,
  type MessageCatalogue,
  placeholdersOf,
  renderCrawlMessage,
  renderCrawlMessages,
  renderMessage,
} from '../../src/model/index.js';

const catalogues: [string, MessageCatalogue][] = [
  ['crawl', crawlMessages],
  ['lighthouse', lighthouseMessages],
];

describe.each(catalogues)('the %s messages', (name, catalogue) => {
  it('give every message a French and an English text reading the same values', () => {
    for (const [id, texts] of Object.entries(catalogue)) {
      expect(texts.fr.trim(), id).not.toBe('');
      expect(texts.en.trim(), id).not.toBe('');
      expect(placeholdersOf(texts.fr), id).toEqual(placeholdersOf(texts.en));
    }
  });

  it('name each message area.camelCase, under the catalogue’s own areas', () => {
    for (const id of Object.keys(catalogue)) expect(id).toMatch(/^[a-z]+\.[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?$/);
    if (name === 'lighthouse') for (const id of Object.keys(catalogue)) expect(id).toMatch(/^lighthouse\./);
  });
});

describe('the two catalogues together', () => {
  it('share no id, so that a report (or a check) can render from both at once', () => {
    const crawlIds = Object.keys(crawlMessages);
    expect(Object.keys(lighthouseMessages).filter((id) => crawlIds.includes(id))).toEqual([]);
  });
});

describe('messages inside messages', () => {
  it('renders a failure inside its context in one language, numbers and lists included', () => {
    const failure = crawlMessage('fetch.timeout', { ms: '2000' });
    const home = crawlMessage('crawl.homePageFailed', { failure });
    expect(renderCrawlMessage(home, 'fr')).toBe('page d’accueil : pas de réponse complète en 2000 ms');
    expect(renderCrawlMessage(home, 'en')).toBe('home page: no complete answer within 2000 ms');
    const thin = [crawlMessage('javascript.internalLinks', { count: 1 }), crawlMessage('javascript.words', { count: 1200 })];
    const suspicion = crawlMessage('javascript.suspicion', { thin, signals: crawlMessage('javascript.almostNothingElse') });
    expect(renderCrawlMessage(suspicion, 'fr')).toBe('la page d’accueil brute a 1 lien interne et 1\u202f200 mots, presque rien d’autre');
  });

  it('joins the notes of one crawl as each language punctuates them', () => {
    const notes = [crawlMessage('crawl.budgetReached', { seconds: 300 }), crawlMessage('crawl.alsoInterrupted')];
    expect(renderCrawlMessages(notes, 'en')).toBe('time budget of 300 s reached; kept what was crawled; interrupted');
    expect(renderCrawlMessages(notes, 'fr')).toBe(
      'budget de temps de 300 s atteint ; les pages déjà explorées sont gardées ; exploration interrompue',
    );
  });

  it('renders a nested id the catalogue lacks as the id, like any unknown message', () => {
    expect(renderMessage(crawlMessages, { id: 'crawl.homePageFailed', values: { failure: { id: 'ailleurs.inconnu' } } }, 'fr')).toBe(
      'page d’accueil : ailleurs.inconnu',
    );
  });
});
