import indexable from '../../../src/checks/page/indexable.js';
import { checkCases } from '../../helpers/check-cases.js';

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
