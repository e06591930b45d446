import hreflangValid from '../../../src/checks/page/hreflang-valid.js';
import { checkCases, testOrigin } from '../../helpers/check-cases.js';

checkCases(hreflangValid, {
  pass: [
    `<link rel="alternate" hreflang="fr" href="${testOrigin}/"><link rel="alternate" hreflang="en-GB" href="${testOrigin}/en/">`,
    `<link rel="alternate" hreflang="x-default" href="${testOrigin}/">`,
    { html: `<link rel="alternate" hreflang=" x-default " href="${testOrigin}/">`, name: 'x-default with stray spaces' },
    `<link rel="alternate" hreflang="br" href="${testOrigin}/br/">`,
    `<link rel="alternate" hreflang="zh-Hant-TW" href="${testOrigin}/zh/">`,
    `<LINK REL="Alternate" HREFLANG="DE" HREF="${testOrigin}/de/">`,
  ],
  fail: [
    { html: `<link rel="alternate" hreflang="en-UK" href="${testOrigin}/en/">`, name: 'en-UK (the region is GB)' },
    { html: `<link rel="alternate" hreflang="fr_FR" href="${testOrigin}/">`, name: 'underscore instead of hyphen' },
    { html: `<link rel="alternate" hreflang="french" href="${testOrigin}/">`, name: 'a language name, not a code' },
    { html: `<link rel="alternate" hreflang="xx" href="${testOrigin}/">`, name: 'unknown language code' },
    { html: '<link rel="alternate" hreflang="en" href="/en/">', name: 'relative URL' },
    { html: '<link rel="alternate" hreflang="x-default" href="">', name: 'x-default without URL' },
  ],
  na: ['', `<link rel="alternate" type="application/rss+xml" href="${testOrigin}/feed/">`],
});
