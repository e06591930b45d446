import canonicalPresent from '../../../src/checks/page/canonical-present.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(canonicalPresent, {
  pass: [
    '<link rel="canonical" href="https://www.saint-exemple.test/">',
    '<LINK REL="Canonical" HREF="/">',
    { html: '', headers: { Link: '<https://www.saint-exemple.test/>; rel="canonical"' }, name: 'canonical in the Link header only' },
  ],
  fail: ['', '<link rel="canonical" href="  ">', '<link rel="alternate" href="https://www.saint-exemple.test/en/">'],
});
