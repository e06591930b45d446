import structuredDataValid from '../../../src/checks/page/structured-data-valid.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(structuredDataValid, {
  pass: [
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Ville"}</script>',
    '<script type="Application/LD+JSON">[{"@type":"BreadcrumbList"}]</script>',
  ],
  fail: [
    {
      html: '<script type="application/ld+json">{"@type":"City","name":"Ville",}</script>',
      name: 'trailing comma',
      message: 'unparsable',
      values: { count: 1 },
    },
    { html: '<script type="application/ld+json">{“@type”: “City”}</script>', name: 'curly quotes', message: 'unparsable' },
    {
      html: '<script type="application/ld+json">{"@type":"City"}</script><script type="application/ld+json"></script>',
      name: 'a second, empty block',
      message: 'unparsable',
      values: { count: 1 },
    },
  ],
  na: [
    { html: '', name: 'no JSON-LD', message: 'noJsonLd' },
    { html: '<script>var a = {"@type": "City"};</script>', name: 'JSON in an ordinary script', message: 'noJsonLd' },
  ],
});
