import structuredDataValid from '../../../src/checks/page/structured-data-valid.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(structuredDataValid, {
  pass: [
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Ville"}</script>',
    '<script type="Application/LD+JSON">[{"@type":"BreadcrumbList"}]</script>',
  ],
  fail: [
    '<script type="application/ld+json">{"@type":"City","name":"Ville",}</script>',
    { html: '<script type="application/ld+json">{“@type”: “City”}</script>', name: 'curly quotes' },
    '<script type="application/ld+json">{"@type":"City"}</script><script type="application/ld+json"></script>',
  ],
  na: ['', '<script>var a = {"@type": "City"};</script>'],
});
