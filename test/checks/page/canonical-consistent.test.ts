import canonicalConsistent from '../../../src/checks/page/canonical-consistent.js';
import { checkCases, testOrigin } from '../../helpers/check-cases.js';

checkCases(canonicalConsistent, {
  pass: [
    `<link rel="canonical" href="${testOrigin}/">`,
    { html: '', headers: { Link: `<${testOrigin}/>; rel="canonical"` }, name: 'Link header alone' },
    {
      html: '<link rel="canonical" href="/">',
      headers: { Link: `<${testOrigin}/>; rel="canonical"` },
      name: 'tag and header resolve to the same URL',
    },
  ],
  fail: [
    {
      html: `<link rel="canonical" href="${testOrigin}/">`,
      headers: { Link: `<${testOrigin}/accueil/>; rel="canonical"` },
      name: 'tag and Link header disagree',
      message: 'tagAndHeaderDiffer',
      values: { tag: `${testOrigin}/`, header: `${testOrigin}/accueil/` },
    },
    {
      html: `<link rel="canonical" href="${testOrigin}/"><link rel="canonical" href="${testOrigin}/accueil/">`,
      name: 'a theme and an SEO plugin each add a canonical tag',
      message: 'severalTags',
      values: { count: 2 },
    },
  ],
  na: [{ html: '', name: 'no canonical at all', message: 'noCanonical' }],
});
