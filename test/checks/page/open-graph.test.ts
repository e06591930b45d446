import openGraph from '../../../src/checks/page/open-graph.js';
import { checkCases } from '../../helpers/check-cases.js';

const og = (property: string, content: string) => `<meta property="${property}" content="${content}">`;
const complete = [
  og('og:title', 'Mairie'),
  og('og:type', 'website'),
  og('og:image', 'https://x.test/i.png'),
  og('og:url', 'https://x.test/'),
].join('');

checkCases(openGraph, {
  pass: [complete, complete.toUpperCase().replace(/HTTPS:\/\/X.TEST/g, 'https://x.test')],
  warn: [
    {
      html: og('og:title', 'Mairie'),
      name: 'a title only',
      message: 'missingProperties',
      values: { count: 3, missing: ['og:type', 'og:image', 'og:url'] },
    },
    {
      html: og('og:title', 'Mairie') + og('og:type', 'website') + og('og:url', 'https://x.test/'),
      name: 'no share image',
      message: 'missingProperties',
      values: { count: 1, missing: ['og:image'] },
    },
  ],
  fail: [
    { html: '', name: 'no Open Graph tags', message: 'none' },
    { html: og('og:title', ''), name: 'an empty og:title', message: 'none' },
    { html: '<meta name="twitter:title" content="Mairie">', name: 'Twitter tags are not Open Graph', message: 'none' },
  ],
});
