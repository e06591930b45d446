// Structured data in the three syntaxes Google reads, as CMSs print them.
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/extract/page-facts.js';

const origin = 'https://www.saint-exemple.test';
const facts = (body: string) => extractPageFacts({ url: `${origin}/`, status: 200, headers: {}, body, siteOrigin: origin });

describe('microdata', () => {
  it('reads the Article item of a Joomla article (com_content’s default layout)', () => {
    const page = facts(
      '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">' +
        '<meta itemprop="inLanguage" content="fr-FR"><h1 itemprop="headline">Travaux rue de la Mairie</h1>' +
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Service communication</span></dd>' +
        '<div itemprop="articleBody"><p>La rue sera fermée.</p></div></div>',
    );
    expect(page.microdataTypes).toEqual(['Article', 'Person']);
    expect(page.structuredDataTypes).toEqual(['Article', 'Person']);
  });

  it('reads http:// and https:// schema.org IRIs, several per itemtype, and ignores other vocabularies', () => {
    const page = facts(
      '<body itemscope itemtype="http://schema.org/WebPage"><div itemscope itemtype="https://schema.org/Event https://schema.org/Festival"></div>' +
        '<div itemscope itemtype="http://data-vocabulary.org/Breadcrumb"></div><div itemtype="https://schema.org/Place"></div></body>',
    );
    expect(page.microdataTypes).toEqual(['Event', 'Festival', 'WebPage']);
  });
});

describe('RDFa', () => {
  it('reads Drupal’s RDF mapping (schema: prefix declared on <html>) and leaves out its sioc: and foaf: types', () => {
    const page = facts(
      '<html lang="fr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">' +
        '<body><article role="article" about="/actualites/marche" typeof="schema:Article sioc:Item foaf:Document">' +
        '<span property="schema:name">Le marché de Noël</span><span rel="schema:author"><span typeof="schema:Person" about="/user/3">Service com</span></span></article></body></html>',
    );
    expect(page.rdfaTypes).toEqual(['Article', 'Person']);
  });

  it('reads terms under vocab="https://schema.org/", full IRIs and the predefined schema: prefix', () => {
    const page = facts(
      '<div vocab="https://schema.org/" typeof="Event"><span property="name">Fête de la musique</span></div>' +
        '<div typeof="http://schema.org/Place"></div><div typeof="schema:BreadcrumbList"></div>',
    );
    expect(page.rdfaTypes).toEqual(['BreadcrumbList', 'Event', 'Place']);
  });

  it('follows RDFa 1.0 xmlns: declarations and reads nothing from a term without vocabulary', () => {
    expect(facts('<div xmlns:s="http://schema.org/"><span typeof="s:GovernmentOrganization"></span></div>').rdfaTypes).toEqual([
      'GovernmentOrganization',
    ]);
    expect(facts('<div typeof="Event"></div><div typeof="og:website"></div>').rdfaTypes).toEqual([]);
  });
});

describe('the union of syntaxes', () => {
  it('lists each type once, sorted, whichever syntax declares it', () => {
    const page = facts(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization"}</script>' +
        '<nav itemscope itemtype="https://schema.org/BreadcrumbList"></nav><div vocab="https://schema.org/" typeof="GovernmentOrganization"></div>',
    );
    expect(page.jsonLd.types).toEqual(['GovernmentOrganization']);
    expect(page.structuredDataTypes).toEqual(['BreadcrumbList', 'GovernmentOrganization']);
  });
});
