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

describe('the entities structured data describes', () => {
  it('reads a Yoast graph: its nodes stand on their own, an agency nested as publisher keeps that role', () => {
    const page = facts(
      '<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[' +
        '{"@type":"WebPage","@id":"https://www.saint-exemple.test/#webpage","creator":{"@type":"Organization","name":"Agence Fictive","telephone":"+33 3 53 01 00 00"}},' +
        '{"@type":"WebSite","@id":"https://www.saint-exemple.test/#website","publisher":{"@id":"https://www.saint-exemple.test/#organization"}},' +
        '{"@type":"Organization","@id":"https://www.saint-exemple.test/#organization","name":"Mairie de Saint-Exemple","logo":{"@type":"ImageObject","url":"https://www.saint-exemple.test/logo.png"}}]}</script>',
    );
    const organisations = page.structuredEntities.filter((entity) => entity.types.includes('Organization'));
    expect(organisations).toEqual([
      {
        syntax: 'json-ld',
        types: ['Organization'],
        name: 'Agence Fictive',
        otherNames: [],
        identifiers: [],
        hasAddress: false,
        telephone: '+33 3 53 01 00 00',
        role: 'creator',
      },
      { syntax: 'json-ld', types: ['Organization'], name: 'Mairie de Saint-Exemple', otherNames: [], identifiers: [], hasAddress: false },
    ]);
  });

  it('reads names, an address, a telephone and a SIREN given as a PropertyValue', () => {
    const [entity] = facts(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":["GovernmentOrganization","Organization"],' +
        '"name":"Ville de Saint-Exemple","alternateName":"Mairie de Saint-Exemple","legalName":"Commune de Saint-Exemple",' +
        '"identifier":{"@type":"PropertyValue","propertyID":"SIREN","value":"219 990 017"},' +
        '"address":{"@type":"PostalAddress","streetAddress":"1 place de la Mairie","postalCode":"49990"},"telephone":"+33 2 61 91 00 00"}</script>',
    ).structuredEntities;
    expect(entity).toMatchObject({
      types: ['GovernmentOrganization', 'Organization'],
      name: 'Ville de Saint-Exemple',
      otherNames: ['Mairie de Saint-Exemple', 'Commune de Saint-Exemple'],
      identifiers: ['219 990 017'],
      hasAddress: true,
      telephone: '+33 2 61 91 00 00',
    });
    expect(entity?.role).toBeUndefined();
  });

  it('reads a microdata item’s own properties, a nested address item counting as its address', () => {
    const page = facts(
      '<footer><div itemscope itemtype="https://schema.org/GovernmentOrganization"><span itemprop="name">Mairie de Saint-Exemple</span>' +
        '<p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">1 place de la Mairie</span></p>' +
        '<a itemprop="telephone" href="tel:+33261910000">02 61 91 00 00</a>' +
        '<div itemprop="founder" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Agence Fictive</span></div></div></footer>',
    );
    expect(page.structuredEntities.find((entity) => entity.types.includes('GovernmentOrganization'))).toMatchObject({
      syntax: 'microdata',
      name: 'Mairie de Saint-Exemple',
      hasAddress: true,
      telephone: 'tel:+33261910000',
    });
    expect(page.structuredEntities.find((entity) => entity.name === 'Agence Fictive')).toMatchObject({ role: 'founder' });
  });

  it('reads an RDFa resource’s properties under vocab', () => {
    const [entity] = facts(
      '<div vocab="https://schema.org/" typeof="City"><span property="name">Saint-Exemple</span><span property="telephone">02 61 91 00 00</span></div>',
    ).structuredEntities;
    expect(entity).toMatchObject({
      syntax: 'rdfa',
      types: ['City'],
      name: 'Saint-Exemple',
      telephone: '02 61 91 00 00',
      hasAddress: false,
    });
  });
});
