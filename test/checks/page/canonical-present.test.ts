import canonicalPresent from '../../../src/checks/page/canonical-present.js';
import { checkCases } from '../../helpers/check-cases.js';

// A missing canonical warns (it was a failure of weight 2): Google then picks the URL itself, and
// Lighthouse's canonical audit calls it not applicable.
checkCases(canonicalPresent, {
  pass: [
    '<link rel="canonical" href="https://www.saint-exemple.test/">',
    '<LINK REL="Canonical" HREF="/">',
    { html: '', headers: { Link: '<https://www.saint-exemple.test/>; rel="canonical"' }, name: 'canonical in the Link header only' },
  ],
  warn: [
    { html: '', name: 'no canonical at all', message: 'missing' },
    { html: '<link rel="canonical" href="  ">', name: 'canonical tag left blank by the template', message: 'missing' },
    {
      html: '<link rel="alternate" href="https://www.saint-exemple.test/en/">',
      name: 'an alternate link is not a canonical',
      message: 'missing',
    },
    {
      html: '<html><head><title>Accueil</title></head><body><link rel="canonical" href="https://www.saint-exemple.test/"></body></html>',
      name: 'a canonical printed in <body> by a page-builder block does not count',
      message: 'missing',
    },
  ],
});
