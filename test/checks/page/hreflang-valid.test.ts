import hreflangValid from '../../../src/checks/page/hreflang-valid.js';
import { checkCases, testOrigin } from '../../helpers/check-cases.js';

checkCases(hreflangValid, {
  pass: [
    `<link rel="alternate" hreflang="fr" href="${testOrigin}/"><link rel="alternate" hreflang="en-GB" href="${testOrigin}/en/">`,
    `<link rel="alternate" hreflang="x-default" href="${testOrigin}/">`,
    {
      html: '',
      headers: { Link: `<${testOrigin}/en/>; rel="alternate"; hreflang="en", <${testOrigin}/>; rel="alternate"; hreflang="fr"` },
      name: 'annotations in the HTTP Link header (a PDF’s language versions)',
    },
    {
      html: `<html><head><link rel="alternate" hreflang="fr" href="${testOrigin}/"></head><body><link rel="alternate" hreflang="nonsense" href="https://x.test/"></body></html>`,
      name: 'a broken annotation in <body> is ignored, as Google and Lighthouse ignore it',
    },
    `<link rel="alternate" hreflang="br" href="${testOrigin}/br/">`,
    `<link rel="alternate" hreflang="zh-Hant-TW" href="${testOrigin}/zh/">`,
    `<LINK REL="Alternate" HREFLANG="DE" HREF="${testOrigin}/de/">`,
  ],
  fail: [
    {
      html: `<link rel="alternate" hreflang="en-UK" href="${testOrigin}/en/">`,
      name: 'en-UK (the region is GB)',
      message: 'invalidCode',
      values: { code: 'en-UK' },
    },
    {
      html: `<link rel="alternate" hreflang="fr_FR" href="${testOrigin}/">`,
      name: 'underscore instead of hyphen',
      message: 'invalidCode',
      values: { code: 'fr_FR' },
    },
    { html: `<link rel="alternate" hreflang="french" href="${testOrigin}/">`, name: 'a language name, not a code', message: 'invalidCode' },
    { html: `<link rel="alternate" hreflang="xx" href="${testOrigin}/">`, name: 'unknown language code', message: 'invalidCode' },
    {
      html: `<link rel="alternate" hreflang=" x-default" href="${testOrigin}/">`,
      name: 'x-default with a stray space (Lighthouse fails it too)',
      message: 'invalidCode',
      values: { code: ' x-default' },
    },
    {
      html: '',
      headers: { Link: '<http://example.com>;rel="alternate";hreflang="xx"' },
      name: 'an unknown code in the Link header',
      message: 'invalidCode',
      values: { code: 'xx' },
    },
    {
      html: '<link rel="alternate" hreflang="en-UK" href="/en/"><link rel="alternate" hreflang="de" href="/de/"><link rel="alternate" hreflang="fr" href="https://www.saint-exemple.test/">',
      name: 'a multilingual plugin writing relative URLs: each bad annotation counted once, as Lighthouse lists them',
      message: 'invalidCode',
      values: { count: 2, code: 'en-UK' },
    },
    {
      html: '<link rel="alternate" hreflang="en" href="/en/">',
      name: 'relative URL',
      message: 'relativeUrl',
      values: { code: 'en', href: '/en/' },
    },
    {
      html: '<link rel="alternate" hreflang="x-default" href="">',
      name: 'x-default without URL',
      message: 'relativeUrl',
      values: { code: 'x-default', href: '' },
    },
  ],
  na: [
    { html: '', name: 'a single-language site', message: 'noHreflang' },
    {
      html: `<link rel="alternate" type="application/rss+xml" href="${testOrigin}/feed/">`,
      name: 'an RSS alternate is not a language version',
      message: 'noHreflang',
    },
  ],
});
