// Whole pages as the CMSs of French municipal sites print them (WordPress with Yoast SEO, Drupal 10,
// Joomla 4 without URL rewriting, SPIP), judged by the checks this markup concerns. Not written to
// pass: each carries the mistakes and the defaults these CMSs really ship with.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import type { PageCheck } from '../../src/checks/types.js';
import { type PageFacts, trapPattern } from '../../src/model/index.js';
import { factsOf, siteContext, testOrigin } from '../helpers/check-cases.js';

const judge = (id: string, page: PageFacts, pages: PageFacts[] = [page]) => {
  const check = catalogue.find((candidate) => candidate.id === id) as PageCheck;
  return check.run(page, siteContext({ pages }));
};

describe('WordPress 6 with Yoast SEO: page 2 of the news archive', () => {
  const url = `${testOrigin}/actualites/page/2/`;
  const page = factsOf({
    url,
    html: `<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->
<title>Actualités - Page 2 sur 14 - Saint-Exemple</title>
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1">
<link rel="canonical" href="${testOrigin}/actualites/">
<link rel="prev" href="${testOrigin}/actualites/">
<link rel="next" href="${testOrigin}/actualites/page/3/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","@id":"${url}","url":"${url}","name":"Actualités - Page 2 sur 14 - Saint-Exemple"},{"@type":"BreadcrumbList","@id":"${url}#breadcrumb","itemListElement":[{"@type":"ListItem","position":1,"name":"Accueil","item":"${testOrigin}/"},{"@type":"ListItem","position":2,"name":"Actualités"}]},{"@type":"WebSite","@id":"${testOrigin}/#website","url":"${testOrigin}/","name":"Saint-Exemple"},{"@type":"Organization","@id":"${testOrigin}/#organization","name":"Mairie de Saint-Exemple","logo":{"@type":"ImageObject","url":"${testOrigin}/wp-content/uploads/logo.png"}}]}</script>
<!-- / Yoast SEO plugin. -->
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="archive paged blog paged-2">
<main id="main">
<article class="post-412 post type-post">
<h2 class="entry-title"><a href="${testOrigin}/2026/05/12/fete-de-la-musique/" rel="bookmark">Fête de la musique sur les quais</a></h2>
<p>Concerts gratuits le 21 juin de 18 h à minuit. <a href="${testOrigin}/2026/05/12/fete-de-la-musique/" class="more-link">Lire la suite<span class="screen-reader-text"> « Fête de la musique sur les quais »</span></a></p>
</article>
<nav class="navigation pagination" aria-label="Pagination des publications"><a class="prev page-numbers" href="${testOrigin}/actualites/">Précédent</a><a class="page-numbers" href="${testOrigin}/actualites/">1</a><span aria-current="page" class="page-numbers current">2</span><a class="page-numbers" href="${testOrigin}/actualites/page/3/">3</a></nav>
</main>
</body>
</html>`,
  });

  it('fails canonical-target: page 2 canonicalised to page 1 drops its news items from the index', () => {
    expect(judge('canonical-target', page)).toMatchObject({
      status: 'fail',
      message: 'paginatedToFirstPage',
      values: { target: `${testOrigin}/actualites/` },
    });
  });

  it('earns rich results from Yoast’s BreadcrumbList and Organization, not from its CollectionPage or WebSite', () => {
    expect(page.structuredDataTypes).toEqual(['BreadcrumbList', 'CollectionPage', 'ImageObject', 'ListItem', 'Organization', 'WebSite']);
    expect(judge('structured-data-types', page)).toMatchObject({ status: 'pass', value: 'BreadcrumbList, Organization' });
  });

  it('reads « Lire la suite » with its screen-reader text as descriptive, and the indexable robots meta', () => {
    expect(judge('link-text', page).status).toBe('pass');
    expect(judge('indexable', page).status).toBe('pass');
    expect(judge('viewport', page).status).toBe('pass');
  });
});

describe('Drupal 10: a translated article with its RDF mapping', () => {
  const url = `${testOrigin}/actualites/budget-participatif`;
  const english = `${testOrigin}/en/news/participatory-budget`;
  const page = factsOf({
    url,
    html: `<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="${url}" />
<link rel="shortlink" href="${testOrigin}/node/57" />
<link rel="alternate" hreflang="fr" href="${url}" />
<link rel="alternate" hreflang="en" href="${english}" />
<title>Budget participatif 2026 | Saint-Exemple</title>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<main role="main"><a id="main-content" tabindex="-1"></a>
<article data-history-node-id="57" about="/actualites/budget-participatif" typeof="schema:Article" class="node node--type-article">
<h1><span property="schema:name">Budget participatif 2026</span></h1>
<span property="schema:dateCreated" content="2026-03-02T09:12:44+00:00"></span>
<footer><span rel="schema:author"><span lang="" about="/user/3" typeof="schema:Person" property="schema:name" datatype="">Service communication</span></span></footer>
<div property="schema:text"><p>Déposez vos projets avant le 30 avril.</p></div>
<a href="/node/58" hreflang="fr">En savoir plus<span class="visually-hidden"> sur les projets retenus en 2025</span></a>
</article>
</main>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/"}}</script>
</body>
</html>`,
  });

  it('reads the Article and Person types of the RDF mapping, and nothing of the other vocabularies', () => {
    expect(page.rdfaTypes).toEqual(['Article', 'Person']);
    expect(judge('structured-data-types', page)).toMatchObject({ status: 'pass', value: 'Article' });
  });

  it('passes hreflang-valid, and fails hreflang-return-links when the English version does not name the French one', () => {
    expect(judge('hreflang-valid', page).status).toBe('pass');
    const englishPage = factsOf({
      url: english,
      html: `<html lang="en"><head><link rel="alternate" hreflang="en" href="${english}" /></head></html>`,
    });
    const returnLinks = catalogue.find((check) => check.id === 'hreflang-return-links');
    expect(returnLinks?.scope === 'site' && returnLinks.run(siteContext({ pages: [page, englishPage] }))).toMatchObject({
      status: 'fail',
      message: 'noReturnLink',
      values: { from: url, to: english },
    });
  });

  it('passes its self-referencing canonical and the « En savoir plus » completed for screen readers', () => {
    expect(judge('canonical-target', page)).toMatchObject({ status: 'pass', value: 'self' });
    expect(judge('link-text', page).status).toBe('pass');
    expect(page.tags.cms).toContain('drupal');
  });
});

describe('Joomla 4 without URL rewriting: an article of the news category', () => {
  const url = `${testOrigin}/index.php?option=com_content&view=article&id=12:travaux-rue-de-la-mairie&catid=8&Itemid=101`;
  const page = factsOf({
    url,
    html: `<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Travaux rue de la Mairie</title>
<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
</head>
<body class="site com_content view-article no-layout no-task itemid-101">
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="fr-FR">
<div class="page-header"><h1 itemprop="headline">Travaux rue de la Mairie</h1></div>
<dl class="article-info text-muted"><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Écrit par : <span itemprop="name">Super User</span></dd></dl>
<div itemprop="articleBody" class="com-content-article__body"><p>La rue sera fermée du 3 au 14 juin.</p></div>
<ul class="pagenavigation"><li><a class="btn btn-sm btn-secondary previous" href="/index.php?option=com_content&amp;view=article&amp;id=11:marche&amp;catid=8&amp;Itemid=101" rel="prev"><span class="visually-hidden">Article précédent : Marché de Noël</span><span aria-hidden="true">Précédent</span></a></li></ul>
</div>
</main>
</body>
</html>`,
  });

  it('is a page to crawl, not a filtered listing cut at a dozen pages', () => {
    expect(trapPattern(new URL(url))).toBeUndefined();
  });

  it('reads the Article microdata Joomla prints by default', () => {
    expect(page.microdataTypes).toEqual(['Article', 'Person']);
    expect(judge('structured-data-types', page).status).toBe('pass');
  });

  it('warns for the canonical Joomla does not print and for the title without the town’s name', () => {
    expect(judge('canonical-present', page)).toMatchObject({ status: 'warn', message: 'missing' });
    expect(judge('title-place-name', page)).toMatchObject({ status: 'warn', message: 'placeMissing' });
    expect(judge('link-text', page).status).toBe('pass');
  });
});

describe('SPIP 4: an event of the agenda, withdrawn after its date', () => {
  const url = `${testOrigin}/spip.php?article87`;
  const page = factsOf({
    url,
    headers: { Date: 'Tue, 16 Jun 2026 07:30:00 GMT', 'Content-Type': 'text/html; charset=utf-8' },
    html: `<!DOCTYPE html>
<html dir="ltr" lang="fr" class="ltr fr no-js">
<head>
<title>Fête de la Saint-Jean - Saint-Exemple</title>
<meta name="description" content="Feu de la Saint-Jean sur les bords de Loire, samedi 13 juin à 21 h.">
<meta name="robots" content="unavailable_after: 2026-06-14">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="SPIP 4.2.8">
<link rel="canonical" href="${url}">
</head>
<body class="page_article">
<div class="main"><div class="content" id="content">
<h1 class="surlignable">Fête de la Saint-Jean</h1>
<div class="chapo surlignable"><p>Feu, bal populaire et buvette.</p></div>
<p><a href="spip.php?rubrique3" class="spip_in">Voir tout l’agenda</a> <a href="spip.php?page=contact">ici</a></p>
</div></div>
</body>
</html>`,
  });

  it('is no longer indexable: its unavailable_after date was past when the server sent it', () => {
    expect(judge('indexable', page)).toMatchObject({ status: 'fail', message: 'expiredInMeta', values: { date: '2026-06-14' } });
  });

  it('fails link-text on the bare « ici », not on « Voir tout l’agenda »', () => {
    expect(judge('link-text', page)).toMatchObject({ status: 'fail', message: 'vagueText', values: { count: 1, text: 'ici' } });
  });

  it('names the town in the title', () => {
    expect(judge('title-place-name', page).status).toBe('pass');
  });
});
