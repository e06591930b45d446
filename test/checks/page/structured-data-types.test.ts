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
  warn: [
    {
      html: ld('{"@type":"WebPage","name":"Accueil"}'),
      name: 'the generic WebPage of an SEO plugin',
      message: 'noRichResultType',
      values: { types: ['WebPage'] },
    },
    { html: ld('{"@type":"WebSite","url":"/"}'), name: 'WebSite only', message: 'noRichResultType', values: { types: ['WebSite'] } },
  ],
  fail: [
    { html: '', name: 'no structured data', message: 'noJsonLd' },
    { html: ld('{"@type": broken}'), name: 'a block that does not parse gives no type', message: 'noJsonLd' },
  ],
});
