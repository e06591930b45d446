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
  warn: [og('og:title', 'Mairie'), og('og:title', 'Mairie') + og('og:type', 'website') + og('og:url', 'https://x.test/')],
  fail: ['', og('og:title', ''), '<meta name="twitter:title" content="Mairie">'],
});
