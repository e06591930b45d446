import structuredDataTypes from '../../../src/checks/page/structured-data-types.js';
import { checkCases } from '../../helpers/check-cases.js';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

checkCases(structuredDataTypes, {
  pass: [
    ld('{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Ville de Saint-Exemple"}'),
    ld('{"@type":"BreadcrumbList","itemListElement":[]}'),
    ld('{"@type":"Event","location":{"@type":"Place","name":"Quais"}}'),
    { html: ld('{"@graph":[{"@type":"WebPage"},{"@type":"http://schema.org/City"}]}'), name: 'type in a @graph, full schema.org IRI' },
    ld('{"@type":["Organization","GovernmentOrganization"]}'),
  ],
  warn: [ld('{"@type":"WebPage","name":"Accueil"}'), ld('{"@type":"WebSite","url":"/"}')],
  fail: ['', ld('{"@type": broken}')],
});
