import structuredDataTypes from '../../../src/checks/page/structured-data-types.js';
import { checkCases } from '../../helpers/check-cases.js';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

checkCases(structuredDataTypes, {
  pass: [
    ld('{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Ville de Saint-Exemple"}'),
    ld('{"@type":"BreadcrumbList","itemListElement":[]}'),
    ld('{"@type":"Event","location":{"@type":"Place","name":"Quais"}}'),
    {
      html: ld('{"@graph":[{"@type":"WebPage"},{"@type":"http://schema.org/NewsArticle"}]}'),
      name: 'type in a @graph, full schema.org IRI',
    },
    ld('{"@type":["Organization","GovernmentOrganization"]}'),
    ld('{"@type":"JobPosting","title":"Agent d’accueil (H/F)"}'),
    {
      html: '<div class="item-page" itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Travaux</h1></div>',
      name: 'Joomla article microdata',
    },
    {
      html: '<html prefix="schema: http://schema.org/ sioc: http://rdfs.org/sioc/ns#"><body><article typeof="schema:Article sioc:Item"></article></body></html>',
      name: 'Drupal article RDFa',
    },
    {
      html: '<nav vocab="https://schema.org/" typeof="BreadcrumbList"><span property="itemListElement" typeof="ListItem"></span></nav>',
      name: 'RDFa breadcrumbs printed by a theme',
    },
  ],
  warn: [
    {
      html: ld('{"@type":"WebPage","name":"Accueil"}'),
      name: 'the generic WebPage of an SEO plugin',
      message: 'noRichResultType',
      values: { types: ['WebPage'] },
    },
    { html: ld('{"@type":"WebSite","url":"/"}'), name: 'WebSite only', message: 'noRichResultType', values: { types: ['WebSite'] } },
    {
      html: ld('{"@type":"City","name":"Saint-Exemple"}'),
      name: 'City: read by Google, but no rich result (not in the Search Gallery)',
      message: 'noRichResultType',
      values: { types: ['City'] },
    },
    {
      html: ld('{"@type":"HowTo","name":"Demander une carte d’identité","step":[]}'),
      name: 'HowTo for an administrative procedure: rich result retired in 2023',
      message: 'retiredRichResult',
      values: { types: ['HowTo'], retired: ['HowTo'] },
    },
    {
      html: ld('{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Où refaire mon passeport ?"}]}'),
      name: 'FAQPage of a civil-status page: rich result retired in May 2026',
      message: 'retiredRichResult',
      values: { types: ['FAQPage', 'Question'], retired: ['FAQPage'] },
    },
    {
      html: '<body itemscope itemtype="http://schema.org/WebPage"><div itemscope itemtype="https://schema.org/WPHeader"></div></body>',
      name: 'a WordPress theme’s WebPage and WPHeader microdata',
      message: 'noRichResultType',
      values: { types: ['WPHeader', 'WebPage'] },
    },
  ],
  fail: [
    { html: '', name: 'no structured data', message: 'noStructuredData' },
    { html: ld('{"@type": broken}'), name: 'a block that does not parse gives no type', message: 'noStructuredData' },
    {
      html: '<html prefix="sioc: http://rdfs.org/sioc/ns# foaf: http://xmlns.com/foaf/0.1/"><body><article typeof="sioc:Item foaf:Document"></article></body></html>',
      name: 'Drupal 7’s RDFa in other vocabularies than schema.org',
      message: 'noStructuredData',
    },
  ],
});
