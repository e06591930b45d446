import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/extract/page-facts.js';

const origin = 'https://www.saint-exemple.test';
const blocksOf = (body: string) =>
  extractPageFacts({ url: `${origin}/page/`, status: 200, headers: {}, body, siteOrigin: origin }).contentBlocks;
/** Blocks are hashes: a page's main content is pinned as the bare HTML that has the same blocks. */
const sameMainContent = (page: string, bare: string) =>
  expect({ hashes: blocksOf(page).hashes, words: blocksOf(page).words }).toEqual({
    hashes: blocksOf(bare).hashes,
    words: blocksOf(bare).words,
  });

const words = (count: number, seed: string) => Array.from({ length: count }, (_, index) => `${seed}${index}`).join(' ');

describe('contentBlocks: the main content, without the template its markup names', () => {
  it('keeps one block per paragraph, heading, list item or cell, with its word count', () => {
    const blocks = blocksOf(
      '<body><h1>Horaires</h1><p>Du lundi au vendredi, <b>9 h</b> à 12 h.</p><ul><li>Samedi</li><li>Dimanche fermé</li></ul>' +
        '<table><tr><td>Permanence</td><td>mardi 14 h – 17 h</td></tr></table></body>',
    );
    expect(blocks.words).toEqual([1, 9, 1, 2, 1, 6]);
    expect(blocks.hashes).toHaveLength(6);
    expect(blocks.shingleCounts.reduce((sum, count) => sum + count, 0)).toBe(blocks.shingles.length);
  });

  it('gives the same text the same hash on every page, whatever its case, spacing or inline markup', () => {
    const [a] = blocksOf('<p>Conseil municipal du 12 mars</p>').hashes;
    const [b] = blocksOf('<div><p>  conseil <a href="/cm/">MUNICIPAL</a>\n du 12 mars </p></div>').hashes;
    const [c] = blocksOf('<p>Conseil municipal du 13 mars</p>').hashes;
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('drops navigation, sidebars, the site header and footer, and ARIA template landmarks', () => {
    sameMainContent(
      '<body><header><p>Mairie de Saint-Exemple</p></header><nav><a href="/">Accueil</a></nav>' +
        '<div role="navigation"><a href="/agenda/">Agenda</a></div><div role="search"><label>Rechercher</label></div>' +
        '<p>Le texte de la page.</p><aside><p>Horaires de la mairie</p></aside>' +
        '<div role="complementary"><p>Newsletter</p></div><footer><p>Mentions légales</p></footer></body>',
      '<p>Le texte de la page.</p>',
    );
  });

  it('keeps the header and footer of an article or of <main>: its title, date and author', () => {
    sameMainContent(
      '<body><header>Site</header><article><header><h1>Fête du village</h1><p>Publié le 3 juin</p></header>' +
        '<p>Programme de la fête.</p><footer>Rédaction : service communication</footer></article><footer>Pied</footer></body>',
      '<h1>Fête du village</h1><p>Publié le 3 juin</p><p>Programme de la fête.</p><p>Rédaction : service communication</p>',
    );
  });

  it('reads only <main> (or role="main") when the page has one', () => {
    sameMainContent('<body><div class="bandeau">Bandeau</div><main><p>Contenu</p></main><div>Après</div></body>', '<p>Contenu</p>');
    sameMainContent('<body><div>Avant</div><div id="content" role="main"><p>Contenu</p></div></body>', '<p>Contenu</p>');
  });

  it('skips what a reader never sees (scripts, styles, templates)', () => {
    sameMainContent(
      '<p>Texte</p><script>var menu = "Accueil";</script><style>p{}</style><template><p>Modèle</p></template>',
      '<p>Texte</p>',
    );
  });

  it('reads a WordPress theme: only the entry, not the masthead, menu, widget area or colophon', () => {
    sameMainContent(
      `<body class="page-template-default page">
      <div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
        <header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Saint-Exemple</a></p>
          <p class="site-description">Site officiel de la commune</p></div>
          <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Accueil</a></li><li><a href="/mairie/">Mairie</a></li></ul></nav></header>
        <div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
          <article id="post-12" class="post-12 page type-page status-publish hentry">
            <header class="entry-header"><h1 class="entry-title">Horaires de la mairie</h1></header>
            <div class="entry-content"><p>La mairie est ouverte du lundi au vendredi.</p></div>
            <footer class="entry-footer"><span class="edit-link"><a href="/wp-admin/post.php?post=12">Modifier</a></span></footer>
          </article></main></div>
          <aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Articles récents</h2>
            <ul><li><a href="/2024/05/marche/">Marché de printemps</a></li></ul></section></aside></div>
        <footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Fièrement propulsé par WordPress</a></div></footer>
      </div></body>`,
      '<h1>Horaires de la mairie</h1><p>La mairie est ouverte du lundi au vendredi.</p><span>Modifier</span>',
    );
  });

  it('keeps what markup cannot tell apart: a Drupal 7 sidebar region in plain <div>s is left for the site to recognise', () => {
    const drupal7 = `<body class="html not-front page-node"><div id="page-wrapper"><div id="page">
      <div id="header"><div class="section clearfix"><div id="name-and-slogan"><div id="site-name"><a href="/">Saint-Exemple</a></div></div>
        <div id="main-menu" class="navigation"><ul class="links"><li class="menu-218 first"><a href="/">Accueil</a></li></ul></div></div></div>
      <div id="main-wrapper"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><a id="main-content"></a>
        <h1 class="title" id="page-title">État civil</h1>
        <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
          <div class="field field-name-body"><div class="field-items"><div class="field-item even"><p>Actes de naissance, de mariage et de décès.</p></div></div></div>
        </div></div></div></div></div>
        <div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
          <div id="block-block-1" class="block block-block"><h2>Horaires</h2><div class="content"><p>Du lundi au vendredi de 9 h à 12 h.</p></div></div>
        </div></div></div></div></div>
      <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><p>Mairie, 1 place de la République</p></div></div></div></div>
    </div></div></body>`;
    sameMainContent(
      drupal7,
      '<p>Saint-Exemple</p><p>Accueil</p><h1>État civil</h1><p>Actes de naissance, de mariage et de décès.</p>' +
        '<h2>Horaires</h2><p>Du lundi au vendredi de 9 h à 12 h.</p><p>Mairie, 1 place de la République</p>',
    );
  });

  it('reads a page after Drupal 10’s Olivero theme: banner, menus, breadcrumb and search go; the sidebar region inside <main> stays for the site to recognise', () => {
    sameMainContent(
      `<body><div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page">
        <header id="header" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home">Saint-Exemple</a></div>
          <nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" role="navigation"><ul class="menu"><li><a href="/">Accueil</a></li></ul></nav>
          <div class="search-block-form block" role="search"><form><label>Rechercher</label></form></div></header>
        <div id="main-wrapper" class="layout-main-wrapper"><div id="main" class="layout-main"><main role="main" class="site-main"><a id="main-content" tabindex="-1"></a>
          <div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Accueil</a></li></ol></nav></div>
          <div class="main-content__container container"><div class="sidebar-grid grid-full"><div class="site-main">
            <div class="region region--content"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span>Déchetterie</span></h1></div>
              <div id="block-olivero-content" class="block block-system block-system-main-block"><article role="article" class="node node--type-page node--view-mode-full">
                <div class="node__content"><div class="text-content clearfix field field--name-body"><p>Ouverte le samedi matin.</p></div></div></article></div></div></div>
            <div class="region region--sidebar"><div class="block block-block-content"><h2 class="block__title">Contact</h2><div class="block__content"><p>03 00 00 00 00</p></div></div></div>
          </div></div></main></div></div>
        <footer class="site-footer"><div class="region region--footer-bottom"><p>Propulsé par Drupal</p></div></footer>
      </div></div></div></body>`,
      '<h1>Déchetterie</h1><p>Ouverte le samedi matin.</p><h2>Contact</h2><p>03 00 00 00 00</p>',
    );
  });

  it('keeps at most 32 shingle hashes a block, however long', () => {
    const long = blocksOf(`<p>${words(400, 'mot')}</p>`);
    expect(long.words).toEqual([400]);
    expect(long.shingleCounts[0]).toBeGreaterThan(0);
    expect(long.shingleCounts[0]).toBeLessThanOrEqual(32);
    expect(long.shingles).toHaveLength(long.shingleCounts[0]!);
    const short = blocksOf('<p>Accueil</p>');
    expect(short.shingleCounts).toEqual([1]);
  });
});
