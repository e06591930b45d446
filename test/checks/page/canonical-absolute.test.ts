import canonicalAbsolute from '../../../src/checks/page/canonical-absolute.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(canonicalAbsolute, {
  pass: [
    '<link rel="canonical" href="https://www.saint-exemple.test/">',
    '<link rel="canonical" href="HTTPS://www.saint-exemple.test/services/">',
    { html: '', headers: { link: '<https://www.saint-exemple.test/>; rel=canonical' }, name: 'absolute URL in the Link header' },
  ],
  fail: [
    '<link rel="canonical" href="/services/">',
    '<link rel="canonical" href="services/">',
    '<link rel="canonical" href="//www.saint-exemple.test/">',
    {
      html: '<link rel="canonical" href="https://www.saint-exemple.test/">',
      headers: { link: '</>; rel="canonical"' },
      name: 'relative URL in the Link header',
    },
  ],
  na: [''],
});
