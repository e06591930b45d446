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
    {
      html: `<link rel="canonical" href="${testOrigin}/"><link rel="canonical" href="${testOrigin}/">`,
      name: 'a theme and Yoast SEO each print the same canonical (Lighthouse fails only conflicting ones)',
      message: 'identicalTags',
      values: { count: 2 },
    },
    {
      html: `<html><head><link rel="canonical" href="${testOrigin}/"></head><body><link rel="canonical" href="${testOrigin}/autre/"></body></html>`,
      name: 'a different canonical in <body> is ignored, as Google and Lighthouse ignore it',
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
      name: 'a theme and an SEO plugin each add a different canonical tag',
      message: 'conflicting',
      values: { canonicals: [`${testOrigin}/`, `${testOrigin}/accueil/`] },
    },
    {
      html: `<link rel="canonical" href="${testOrigin}/"><link rel="canonical" href="${testOrigin}/">`,
      headers: { Link: `<${testOrigin}/accueil/>; rel="canonical"` },
      name: 'two identical tags against a different Link header',
      message: 'tagAndHeaderDiffer',
      values: { tag: `${testOrigin}/`, header: `${testOrigin}/accueil/` },
    },
  ],
  na: [{ html: '', name: 'no canonical at all', message: 'noCanonical' }],
});
