import duplicateContent from '../../../src/checks/site/duplicate-content.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { article, crawled, siteOf } from '../crawl-data.js';

const distinct = Array.from({ length: 10 }, (_, index) => crawled(`/p${index}/`, article(`sujet${index}x`)));
const nearCopy = (seed: string) => article(seed).replace(`${seed}59`, 'autre');

siteCheckCases(duplicateContent, {
  pass: [{ name: 'distinct texts', site: siteOf(distinct) }],
  warn: [
    {
      name: 'a print version of one page among ten',
      message: 'duplicated',
      values: { duplicated: 2, considered: 10 },
      site: siteOf([...distinct.slice(0, 9), crawled('/p0/imprimer/', article('sujet0x'))]),
    },
  ],
  fail: [
    {
      name: 'the same text under every URL',
      message: 'duplicated',
      values: { duplicated: 3, considered: 3 },
      site: siteOf([crawled('/a/', article('meme')), crawled('/b/', article('meme')), crawled('/c/', article('meme'))]),
    },
    {
      name: 'near-duplicates differing by one word out of sixty',
      message: 'duplicated',
      values: { duplicated: 2, considered: 2 },
      site: siteOf([crawled('/a/', article('agenda')), crawled('/b/', nearCopy('agenda'))]),
    },
  ],
  na: [{ name: 'one page', message: 'tooFewWithText', site: siteOf([crawled('/', article('seul'))]) }],
});
