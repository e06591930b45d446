import indexable from '../../../src/checks/page/indexable.js';
import { describe } from 'vitest';
import { parseRobotsTxt } from '../../../src/crawl/robots.js';
import { checkCases, testOrigin } from '../../helpers/check-cases.js';

checkCases(indexable, {
  pass: [
    '<meta name="robots" content="index, follow">',
    '',
    { html: '', headers: { 'X-Robots-Tag': 'otherbot: noindex' }, name: 'header noindex aimed at another crawler' },
    '<meta name="robots" content="nofollow">',
    '<meta name="description" content="noindex">',
  ],
  fail: [
    {
      html: '<meta name="robots" content="noindex">',
      name: 'noindex left over from the staging site',
      message: 'noindexInMeta',
      values: { directive: 'noindex' },
    },
    { html: '<META NAME="ROBOTS" CONTENT="NoIndex, NoFollow">', name: 'upper-case tag and directives', message: 'noindexInMeta' },
    { html: '<meta name="Robots" content="none">', name: 'none means noindex', message: 'noindexInMeta', values: { directive: 'none' } },
    { html: '<meta name="googlebot" content="noindex">', name: 'noindex aimed at Googlebot', message: 'noindexInMeta' },
    { html: '<meta name="robots" content="noindex nofollow">', name: 'directives separated by a space', message: 'noindexInMeta' },
    {
      html: '',
      headers: { 'X-Robots-Tag': 'noindex' },
      name: 'X-Robots-Tag: noindex (mixed-case header name)',
      message: 'noindexInHeader',
      values: { directive: 'noindex' },
    },
    {
      html: '',
      headers: { 'x-robots-tag': 'NONE' },
      name: 'x-robots-tag: NONE',
      message: 'noindexInHeader',
      values: { directive: 'none' },
    },
    {
      html: '',
      headers: { 'x-robots-tag': 'googlebot: noindex, nofollow' },
      name: 'header noindex aimed at Googlebot',
      message: 'noindexInHeader',
    },
  ],
});

describe('indexable, read as Googlebot reads robots.txt', () => {
  checkCases(
    indexable,
    {
      fail: [
        {
          html: '<title>Délibérations</title>',
          url: `${testOrigin}/deliberations/`,
          name: 'a page robots.txt keeps from Googlebot only',
          message: 'disallowedToGooglebot',
        },
      ],
      pass: [{ html: '<title>Accueil</title>', url: `${testOrigin}/`, name: 'a page Googlebot may crawl' }],
    },
    { robots: parseRobotsTxt('User-agent: *\nAllow: /\n\nUser-agent: Googlebot\nDisallow: /deliberations/\n', `${testOrigin}/robots.txt`) },
  );
});
