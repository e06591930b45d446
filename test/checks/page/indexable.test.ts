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
    '<meta name="robots" content="noindex">',
    '<META NAME="ROBOTS" CONTENT="NoIndex, NoFollow">',
    '<meta name="Robots" content="none">',
    '<meta name="googlebot" content="noindex">',
    '<meta name="robots" content="noindex nofollow">',
    { html: '', headers: { 'X-Robots-Tag': 'noindex' }, name: 'X-Robots-Tag: noindex (mixed-case header name)' },
    { html: '', headers: { 'x-robots-tag': 'NONE' }, name: 'x-robots-tag: NONE' },
    { html: '', headers: { 'x-robots-tag': 'googlebot: noindex, nofollow' }, name: 'header noindex aimed at Googlebot' },
  ],
});
