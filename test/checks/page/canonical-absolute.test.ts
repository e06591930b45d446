import canonicalAbsolute from '../../../src/checks/page/canonical-absolute.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(canonicalAbsolute, {
  pass: [
    '<link rel="canonical" href="https://www.saint-exemple.test/">',
    '<link rel="canonical" href="HTTPS://www.saint-exemple.test/services/">',
    { html: '', headers: { link: '<https://www.saint-exemple.test/>; rel=canonical' }, name: 'absolute URL in the Link header' },
  ],
  fail: [
    {
      html: '<link rel="canonical" href="/services/">',
      name: 'root-relative path written by the CMS',
      message: 'relative',
      values: { canonical: '/services/' },
    },
    {
      html: '<link rel="canonical" href="services/">',
      name: 'path relative to the page',
      message: 'relative',
      values: { canonical: 'services/' },
    },
    {
      html: '<link rel="canonical" href="//www.saint-exemple.test/">',
      name: 'scheme-relative URL',
      message: 'relative',
      values: { canonical: '//www.saint-exemple.test/' },
    },
    {
      html: '<link rel="canonical" href="https://www.saint-exemple.test/">',
      headers: { link: '</>; rel="canonical"' },
      name: 'relative URL in the Link header',
      message: 'relative',
      values: { canonical: '/' },
    },
  ],
  na: [{ html: '', name: 'no canonical at all', message: 'noCanonical' }],
});
