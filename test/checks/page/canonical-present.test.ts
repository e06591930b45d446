import canonicalPresent from '../../../src/checks/page/canonical-present.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(canonicalPresent, {
  pass: [
    '<link rel="canonical" href="https://www.saint-exemple.test/">',
    '<LINK REL="Canonical" HREF="/">',
    { html: '', headers: { Link: '<https://www.saint-exemple.test/>; rel="canonical"' }, name: 'canonical in the Link header only' },
  ],
  fail: [
    { html: '', name: 'no canonical at all', message: 'missing' },
    { html: '<link rel="canonical" href="  ">', name: 'canonical tag left blank by the template', message: 'missing' },
    {
      html: '<link rel="alternate" href="https://www.saint-exemple.test/en/">',
      name: 'an alternate link is not a canonical',
      message: 'missing',
    },
  ],
});
