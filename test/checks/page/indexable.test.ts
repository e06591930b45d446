import indexable from '../../../src/checks/page/indexable.js';
import { describe } from 'vitest';
import { parseRobotsTxt } from '../../../src/crawl/robots.js';
import { checkCases, testOrigin } from '../../helpers/check-cases.js';

/** The response's Date header: the crawl's clock, by which an unavailable_after date is past or not. */
const fetchedIn2026 = { Date: 'Mon, 15 Jun 2026 09:00:00 GMT' };

checkCases(indexable, {
  pass: [
    {
      html: '<meta name="robots" content="unavailable_after: 2026-09-30">',
      headers: fetchedIn2026,
      name: 'a summer event page due to leave results in September, fetched in June',
    },
    {
      html: '<meta name="robots" content="unavailable_after: 2020-01-01">',
      name: 'a past unavailable_after on a page fetched without a Date header cannot be judged',
    },
    {
      html: '<meta name="robots" content="unavailable_after: next week">',
      headers: fetchedIn2026,
      name: 'an unreadable unavailable_after date is ignored, as Google ignores it',
    },
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
    {
      html: '<meta name="robots" content="unavailable_after: 2026-03-31">',
      headers: fetchedIn2026,
      name: 'a winter registration page past its ISO 8601 date',
      message: 'expiredInMeta',
      values: { directive: 'unavailable_after: 2026-03-31', date: '2026-03-31' },
    },
    {
      html: '<meta name="googlebot" content="nofollow, unavailable_after: Friday, 25-Jun-10 15:00:00 GMT">',
      headers: fetchedIn2026,
      name: 'an RFC 850 date, commas and all, aimed at Googlebot',
      message: 'expiredInMeta',
      values: { date: '2010-06-25' },
    },
    {
      html: '',
      headers: { ...fetchedIn2026, 'X-Robots-Tag': 'googlebot: unavailable_after: Fri, 01 May 2026 00:00:00 GMT' },
      name: 'an RFC 822 date in the X-Robots-Tag header',
      message: 'expiredInHeader',
      values: { directive: 'unavailable_after: fri, 01 may 2026 00:00:00 gmt', date: '2026-05-01' },
    },
    {
      html: '<meta name="robots" content="unavailable_after: 25 Jun 2010 15:00:00 PST">',
      headers: fetchedIn2026,
      name: 'Google’s own example, with a named time zone',
      message: 'expiredInMeta',
      values: { date: '2010-06-25' },
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
