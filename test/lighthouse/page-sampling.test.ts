import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { selectLighthousePages } from '../../src/lighthouse/index.js';
import { renderLighthouseMessage } from '../../src/model/index.js';
import { fixtureSiteInput, page, siteInput, type SiteInput } from './site-pages.js';

const fixturesDir = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));
const origin = 'http://ville.test';

const paths = (input: SiteInput, count: number | 'all') =>
  selectLighthousePages(input, count).map((request) => new URL(request.url).pathname);
const typed = (input: SiteInput, count: number) =>
  selectLighthousePages(input, count).map((request) => [request.pageType, new URL(request.url).pathname]);

/** A reproducible shuffle (mulberry32), so that a failing order can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('selectLighthousePages on the Saint-Exemple-sur-Loire fixture', () => {
  const saintExemple = fixtureSiteInput(join(fixturesDir, 'saint-exemple-sur-loire'), 'http://saint-exemple.test');

  it('takes the home page, then one page of each type in the documented order', () => {
    expect(typed(saintExemple, 6)).toEqual([
      ['home', '/'],
      ['contact', '/contact/'],
      ['demarche', '/demarches/etat-civil/'],
      // Two articles, neither with article markup of its own: the first URL wins.
      ['news', '/actualites/budget-participatif-2026/'],
      // The event page, not the agenda that lists it.
      ['event', '/agenda/fete-de-la-loire-2026/'],
      // The accessibility statement goes before the legal notice.
      ['accessibility', '/accessibilite/'],
      ['deep', '/vie-municipale/conseil-municipal/deliberations/'],
    ]);
  });

  it('says why each page was chosen', () => {
    const reasons = Object.fromEntries(selectLighthousePages(saintExemple, 6).map((request) => [request.pageType, request.reason]));
    expect(reasons['home']).toBe('home page');
    expect(reasons['contact']).toContain('URL segment "contact"');
    expect(reasons['accessibility']).toContain('linked from the accessibility mention of the home page');
    expect(reasons['deep']).toMatch(/^deep content page: 3 path segments/);
  });

  it('says it in French too: each reason is a message the report renders in its language', () => {
    const reasons = Object.fromEntries(
      selectLighthousePages(saintExemple, 6).map((request) => [request.pageType, renderLighthouseMessage(request.reasonMessage!, 'fr')]),
    );
    expect(reasons['home']).toBe('page d’accueil');
    expect(reasons['contact']).toBe('page de contact : segment d’URL « contact »');
    expect(reasons['accessibility']).toBe('déclaration d’accessibilité : lien de la mention d’accessibilité de la page d’accueil');
    expect(reasons['deep']).toMatch(/^page de contenu profonde : 3 segments de chemin, \d+ mots, un gabarit/);
    // The English reason kept beside each message is that message in English.
    for (const request of selectLighthousePages(saintExemple, 6)) {
      expect(renderLighthouseMessage(request.reasonMessage!, 'en')).toBe(request.reason);
    }
  });

  it('stops at the number of pages asked for, besides the home page', () => {
    expect(paths(saintExemple, 0)).toEqual(['/']);
    expect(paths(saintExemple, 2)).toEqual(['/', '/contact/', '/demarches/etat-civil/']);
  });

  it('chooses the same pages whatever order the crawl found them in', () => {
    for (const count of [1, 2, 4, 6, 9]) {
      const expected = selectLighthousePages(saintExemple, count);
      for (const seed of [1, 2, 3, 4, 5]) {
        const reordered = {
          ...saintExemple,
          pages: shuffled(saintExemple.pages, seed),
          snapshots: shuffled(saintExemple.snapshots, seed * 7),
        };
        expect(selectLighthousePages(reordered, count)).toEqual(expected);
      }
    }
  });
});

describe('selectLighthousePages', () => {
  it('audits the home page where the crawl landed after redirects', () => {
    const input = siteInput(origin, { '/accueil/': { ...page('Ville – Accueil', '<h1>Bienvenue</h1>'), requestedAt: '/' } });
    expect(selectLighthousePages(input, 2)).toEqual([
      { url: `${origin}/accueil/`, pageType: 'home', reason: 'home page', reasonMessage: { id: 'lighthouse.homePage' } },
    ]);
  });

  it('only takes successful HTML pages of the same host, never a copy of the home page', () => {
    const home = page('Ville – Accueil', '<h1>Bienvenue à Ville</h1>');
    const input = siteInput(origin, {
      '/': home,
      '/index.php': home,
      '/contact/': { ...page('Contact', '<h1>Contact</h1><p>Écrire à la mairie</p>'), status: 404 },
      '/documents/contact.pdf': { html: '%PDF-1.4', contentType: 'application/pdf' },
      'http://autre.test/contact/': page('Contact', '<h1>Contact ailleurs</h1>'),
      '/demarches/': page('Démarches', '<h1>Vos démarches</h1>'),
    });
    expect(typed(input, 6)).toEqual([
      ['home', '/'],
      ['demarche', '/demarches/'],
    ]);
  });

  it('prefers an entry to the list of entries: an event to the agenda and to one of its months', () => {
    const input = siteInput(origin, {
      '/': page('Ville', '<h1>Ville</h1>'),
      '/agenda/': page('Agenda', '<h1>Agenda</h1><p>Tous les rendez-vous</p>'),
      '/agenda/2026-11/': page('Agenda de novembre 2026', '<h1>Novembre 2026</h1>'),
      '/agenda/concert-de-noel/': page('Concert de Noël', '<h1>Concert de Noël</h1><p>À l’église, le 20 décembre.</p>'),
    });
    expect(selectLighthousePages(input, 1)[1]).toMatchObject({
      pageType: 'event',
      url: `${origin}/agenda/concert-de-noel/`,
      reason: 'event entry: URL segment "agenda"',
    });
    expect(renderLighthouseMessage(selectLighthousePages(input, 1)[1]!.reasonMessage!, 'fr')).toBe(
      'événement (page de détail) : segment d’URL « agenda »',
    );
  });

  it('takes the legal notice when the site has no accessibility statement', () => {
    const input = siteInput(origin, {
      '/': page('Ville', '<h1>Ville</h1>'),
      '/mentions-legales/': page('Mentions légales', '<h1>Mentions légales</h1><p>Directeur de la publication : le maire.</p>'),
    });
    expect(typed(input, 1)).toEqual([
      ['home', '/'],
      ['legal', '/mentions-legales/'],
    ]);
  });

  it('finds the accessibility statement through the home page mention when its URL says nothing', () => {
    const input = siteInput(origin, {
      '/': page('Ville', '<h1>Ville</h1><p><a href="/page-42.html">Accessibilité : partiellement conforme</a></p>'),
      '/page-42.html': page('Page', '<h1>Déclaration</h1><p>État de conformité</p>'),
    });
    expect(selectLighthousePages(input, 1)[1]).toMatchObject({ pageType: 'accessibility', url: `${origin}/page-42.html` });
  });

  it('reads the type from the title when the URL says nothing', () => {
    const input = siteInput(origin, {
      '/': page('Ville', '<h1>Ville</h1>'),
      '/page-12': page('Nous contacter – Mairie de Ville', '<h1>Nous contacter</h1><form class="contact"></form>'),
    });
    expect(selectLighthousePages(input, 1)[1]).toMatchObject({
      pageType: 'contact',
      reason: 'contact page: title "Nous contacter – Mairie de Ville"',
    });
  });

  it('counts pages sharing a news article’s template as news, and audits that type once', () => {
    const article = (title: string, words: string) =>
      page(title, `<article class="actualite"><h1>${title}</h1><time class="date">2026-03-01</time><p>${words}</p></article>`);
    const input = siteInput(origin, {
      '/': page('Ville', '<h1>Ville</h1>'),
      '/actualites/piscine/': article('La piscine rouvre', 'Après travaux, la piscine rouvre ses portes.'),
      // No word of news in its URL or title, but the article template.
      '/vie-locale/nouvelle-ecole/': article(
        'Une nouvelle école',
        'La rentrée se fera dans les nouveaux locaux, avec une cantine agrandie et une cour plantée.',
      ),
    });
    // Were it not news, the school page would be the deep content page, second. As news of an audited
    // template, it comes only once every type and template has its page, among the rest by click depth.
    expect(typed(input, 6)).toEqual([
      ['home', '/'],
      ['news', '/actualites/piscine/'],
      ['news', '/vie-locale/nouvelle-ecole/'],
    ]);
    expect(selectLighthousePages(input, 6)[2]?.reasonMessage?.id).toBe('lighthouse.byDepth');
  });

  it('fills a sample short of page types with one page per template not yet audited', () => {
    const monument = (name: string, text: string) => page(name, `<section class="patrimoine"><h1>${name}</h1><p>${text}</p></section>`);
    const input = siteInput(origin, {
      '/': page('Ville', '<h1>Ville</h1>'),
      '/patrimoine/eglise/': monument('L’église', 'Romane.'),
      '/patrimoine/chateau/': monument('Le château', 'Construit au XVe siècle, remanié au XVIIIe, ouvert en été.'),
      '/tourisme/': page('Tourisme', '<div class="carte"><h1>Venir à Ville</h1></div>'),
    });
    expect(typed(input, 2)).toEqual([
      ['home', '/'],
      // Deepest, then the most words.
      ['deep', '/patrimoine/chateau/'],
      ['other', '/tourisme/'],
    ]);
  });

  it('fills the slots left once every template is audited by click depth, then inbound links', () => {
    const linking = (title: string, links: string[]) =>
      page(title, `<h1>${title}</h1>${links.map((href) => `<a href="${href}">${href}</a>`).join('')}`);
    const input = siteInput(origin, {
      '/': linking('Ville', ['/a/', '/b/', '/c/']),
      '/a/': linking('A', ['/c/', '/a/x/']),
      '/b/': linking('B', ['/c/']),
      '/c/': linking('C', []),
      '/a/x/': linking('X', ['/b/']),
    });
    // One template for all: the deep slot takes /a/x/, then depth 1 by inbound links (c: 3, b: 2, a: 1).
    expect(paths(input, 4)).toEqual(['/', '/a/x/', '/c/', '/b/', '/a/']);
    expect(selectLighthousePages(input, 2)[2]).toMatchObject({ reason: 'page 1 click from the home page, 3 inbound links' });
    expect(renderLighthouseMessage(selectLighthousePages(input, 2)[2]!.reasonMessage!, 'fr')).toBe(
      'page à 1 clic de l’accueil, 3 liens entrants',
    );
    // Asking for more only adds pages at the end.
    expect(paths(input, 2)).toEqual(paths(input, 4).slice(0, 3));
    expect(paths(input, 'all')).toEqual(paths(input, 4));
  });
});
