// What a page tells about the software and the people behind its site, as CMSs and agencies print it.
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/extract/page-facts.js';

const origin = 'https://www.saint-exemple.test';
const facts = (body: string, headers: Record<string, string> = {}) =>
  extractPageFacts({ url: `${origin}/`, status: 200, headers, body, siteOrigin: origin });

describe('CMS version', () => {
  it.each([
    ['WordPress 6.6.2', '6.6.2'],
    ['Drupal 10 (https://www.drupal.org)', '10'],
    ['SPIP 4.2.8 [24180]', '4.2.8'],
    ['TYPO3 CMS 12.4', '12.4'],
  ])('reads %s as version %s', (generator, version) => {
    expect(facts(`<meta name="generator" content="${generator}">`).platform.cmsVersion).toBe(version);
  });

  it('reads none where the generator gives none (Joomla 4 by default), and reads Drupal’s X-Generator header', () => {
    expect(facts('<meta name="generator" content="Joomla! - Open Source Content Management">').platform.cmsVersion).toBeUndefined();
    expect(facts('', { 'X-Generator': 'Drupal 11 (https://www.drupal.org)' }).platform.cmsVersion).toBe('11');
  });
});

describe('theme', () => {
  it.each([
    [
      'a WordPress theme',
      '<link rel="stylesheet" id="mairie-style-css" href="/wp-content/themes/Mairie-Pro/style.css?ver=2.1">',
      'mairie-pro',
    ],
    [
      'a WordPress child theme loading its parent first',
      '<link rel="stylesheet" href="/wp-content/themes/astra/style.css"><link rel="stylesheet" href="/wp-content/themes/astra-commune/style.css"><link rel="stylesheet" href="/wp-content/themes/astra-commune/print.css">',
      'astra-commune',
    ],
    ['Drupal’s Olivero', '<link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?t1x2">', 'olivero'],
    ['a Drupal custom theme', '<link rel="stylesheet" href="/themes/custom/ville/css/style.css">', 'ville'],
    ['Joomla 4’s Cassiopeia', '<link href="/media/templates/site/cassiopeia/css/template.min.css?abc" rel="stylesheet">', 'cassiopeia'],
    [
      'a TYPO3 site package',
      '<link rel="stylesheet" href="/typo3conf/ext/commune_sitepackage/Resources/Public/Css/main.css">',
      'commune_sitepackage',
    ],
  ])('reads %s', (_, html, theme) => {
    expect(facts(html).platform.theme).toBe(theme);
  });

  it('reads no theme from plugin assets alone', () => {
    expect(facts('<link rel="stylesheet" href="/wp-content/plugins/tarteaucitron/css/tarteaucitron.css">').platform.theme).toBeUndefined();
  });
});

describe('credits', () => {
  it('reads a footer credit link after « Réalisation : », and stops the name at the next separator', () => {
    const { credits } = facts(
      '<footer><p>© 2026 Mairie de Saint-Exemple | Réalisation : <a href="https://www.agence-fictive.test/">Agence Fictive</a> | Hébergé par OVH</p></footer>',
    ).platform;
    expect(credits).toEqual([{ name: 'Agence Fictive', phrase: 'Réalisation : Agence Fictive', href: 'https://www.agence-fictive.test/' }]);
  });

  it('reads « Site réalisé par … » written in one link, and « Conception et réalisation – … » in a legal notice', () => {
    expect(facts('<footer><a href="https://studio.test/">Site réalisé par Studio Exemple</a></footer>').platform.credits).toEqual([
      { name: 'Studio Exemple', phrase: 'Site réalisé par Studio Exemple', href: 'https://studio.test/' },
    ]);
    expect(
      facts(
        '<main><h2>Crédits</h2><p>Conception et réalisation – Les Ateliers du Bocage. Photographies : service communication.</p></main>',
      ).platform.credits,
    ).toEqual([{ name: 'Les Ateliers du Bocage', phrase: 'Conception et réalisation – Les Ateliers du Bocage' }]);
  });

  it('keeps software credits for attribution to set aside, and reads no credit in a hosting line', () => {
    expect(facts('<footer><p>Fièrement propulsé par WordPress</p></footer>').platform.credits).toEqual([
      { name: 'WordPress', phrase: 'propulsé par WordPress' },
    ]);
    expect(facts('<main><p>Hébergeur : OVH SAS, 2 rue Kellermann, Roubaix.</p></main>').platform.credits).toEqual([]);
  });
});

describe('asset hosts and the opening of the main text', () => {
  it('lists the other hosts serving scripts, stylesheets and images, not those of plain links', () => {
    const { assetHosts } = facts(
      '<link rel="stylesheet" href="https://static.parastorage.com/a.css"><script src="/local.js"></script>' +
        '<img src="https://static.wixstatic.com/media/logo.png" alt=""><a href="https://www.service-public.fr/">Démarches</a>',
    ).platform;
    expect(assetHosts).toEqual(['static.parastorage.com', 'static.wixstatic.com']);
  });

  it('keeps the opening of the main content, without the site’s header and menu', () => {
    const page = facts('<header><nav><a href="/">Accueil</a></nav></header><main><h1>Le marché</h1><p>Il revient samedi.</p></main>');
    expect(page.mainTextOpening).toBe('Le marché Il revient samedi.');
  });
});
