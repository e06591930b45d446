import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import duplicateContent from '../../../src/checks/site/duplicate-content.js';
import { shingleHashes } from '../../../src/extract/minhash.js';
import { readableText } from '../../../src/extract/html.js';
import { minhashSignature, similarity } from '../../../src/model/index.js';
import { factsOf, siteCheckCases, siteContext } from '../../helpers/check-cases.js';
import { frenchText, seededRandom } from '../../helpers/french-text.js';
import { at, article, crawled, siteOf } from '../crawl-data.js';
import { type LayoutName, layouts, paragraphs, randomTemplate, templatePage, templateWords } from '../site-templates.js';

const distinct = Array.from({ length: 10 }, (_, index) => crawled(`/p${index}/`, article(`sujet${index}x`)));
const nearCopy = (seed: string) => article(seed).replace(`${seed}59`, 'autre');

// A WordPress site whose theme puts its widgets in <div id="sidebar">: the sidebar (text widgets,
// 270 words) is on every page, the entries are short and each their own.
const random = seededRandom(2024);
const wordpress = randomTemplate(random, 'wordpressClassic');
const entry = (path: string, own: string) => crawled(path, templatePage(wordpress, 'wordpressClassic', own));
const entries = Array.from({ length: 6 }, (_, index) => entry(`/2024/0${index + 1}/actualite/`, paragraphs(random, 60)));
const drupal = randomTemplate(random, 'drupal7');
const node = (path: string, own: string) => crawled(path, templatePage(drupal, 'drupal7', own));
const nodes = Array.from({ length: 5 }, (_, index) => node(`/node/${index + 1}`, paragraphs(random, 80)));

/** The same event announced twice, its date line changed: an agenda's duplicate. */
const announcement = (day: number) =>
  `<h1>Marché de printemps</h1><p class="date">Publié le ${day} mars 2024</p>${paragraphs(seededRandom(7), 60)}`;

siteCheckCases(duplicateContent, {
  pass: [
    { name: 'distinct texts', site: siteOf(distinct) },
    { name: 'WordPress entries of 60 words under the same widget sidebar in a <div>', site: siteOf(entries) },
    { name: 'Drupal 7 nodes under the same <div> regions (header, menu, sidebar, footer)', site: siteOf(nodes) },
    {
      name: 'a print version with noindex is not a duplicate problem',
      site: siteOf([...distinct.slice(0, 9), crawled('/p0/imprimer/', `<meta name="robots" content="noindex">${article('sujet0x')}`)]),
    },
    {
      name: 'a print version canonicalised to its page is not a duplicate problem',
      site: siteOf([...distinct.slice(0, 9), crawled('/p0/imprimer/', `<link rel="canonical" href="/p0/">${article('sujet0x')}`)]),
    },
    {
      name: 'a copy removed by an X-Robots-Tag header',
      site: {
        pages: [
          ...distinct.slice(0, 9).map((page) => page.facts),
          factsOf({ html: article('sujet0x'), url: at('/p0.pdf.html'), headers: { 'X-Robots-Tag': 'noindex' } }),
        ],
      },
    },
  ],
  warn: [
    {
      name: 'a print version of one page among ten',
      message: 'duplicated',
      values: { duplicated: 2, considered: 10 },
      site: siteOf([...distinct.slice(0, 9), crawled('/p0/imprimer/', article('sujet0x'))]),
    },
    {
      name: 'a print version that declares itself canonical still competes',
      message: 'duplicated',
      values: { duplicated: 2, considered: 10 },
      site: siteOf([
        ...distinct.slice(0, 9),
        crawled('/p0/imprimer/', `<link rel="canonical" href="${at('/p0/imprimer/')}">${article('sujet0x')}`),
      ]),
    },
    {
      name: 'a WordPress entry published twice with its date changed, under the widget sidebar',
      message: 'duplicated',
      values: { duplicated: 2, considered: 8 },
      site: siteOf([...entries, entry('/2024/03/marche/', announcement(12)), entry('/2024/03/marche-2/', announcement(19))]),
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
    {
      // Identical pages count once when the site's template is measured: five copies of one
      // Drupal node are five duplicates, not a block "on most pages".
      name: 'most of the site copies one node',
      message: 'duplicated',
      values: { duplicated: 5, considered: 7 },
      site: siteOf([
        ...nodes.slice(0, 2),
        ...['/node/9', '/node/9/print', '/node/9?page=0', '/fr/node/9', '/agenda/9'].map((path) =>
          node(path, '<p>Fermeture exceptionnelle.</p>'),
        ),
      ]),
    },
  ],
  na: [
    { name: 'one page', message: 'tooFewWithText', site: siteOf([crawled('/', article('seul'))]) },
    {
      name: 'the only other page has noindex',
      message: 'tooFewWithText',
      site: siteOf([crawled('/', article('seul')), crawled('/copie/', `<meta name="robots" content="noindex">${article('seul')}`)]),
    },
  ],
});

describe('duplicate-content', () => {
  it('keeps its message ids', () => {
    expect(Object.keys(duplicateContent.messages)).toEqual(['tooFewWithText', 'duplicated']);
  });
});

/** The whole body's shingles, as the check compared them before the template was dropped. */
function wholeBodySignature(html: string): number[] {
  const $ = cheerio.load(html);
  const words = readableText($('body').toArray()).toLowerCase().split(/\s+/).filter(Boolean);
  return minhashSignature(shingleHashes(words));
}

/** Trial `trial`: a site of 3 to 12 pages with 60-word texts under a random 750-word template, in one of the layouts. */
function trialSite(trial: number) {
  const random = seededRandom(1000 + trial);
  const layoutNames = Object.keys(layouts) as LayoutName[];
  const layout = layoutNames[trial % layoutNames.length]!;
  const pageCount = 3 + Math.floor(random() * 10);
  const template = randomTemplate(random, layout);
  const htmls = Array.from({ length: pageCount }, () => templatePage(template, layout, paragraphs(random, 60)));
  return { random, layout, template, htmls };
}

describe('duplicate-content: 60-word pages under a 750-word shared template (100 seeded trials)', () => {
  for (let trial = 0; trial < 100; trial += 1) {
    const { random, layout, template, htmls } = trialSite(trial);
    it(`trial ${trial}: ${htmls.length} pages, ${layout} layout`, () => {
      const pages = htmls.map((html, index) => crawled(`/page-${index}/`, html));
      const templateTotal = templateWords.header + templateWords.menu + templateWords.sidebar + templateWords.footer;
      expect(pages.map((page) => page.facts.wordCount)).toEqual(pages.map(() => 60 + templateTotal));

      expect(duplicateContent.run(siteContext(siteOf(pages)))).toEqual({ status: 'pass', value: 0 });

      // The same article republished with another date is still found, and only it.
      const title = frenchText(random, 4);
      const body = paragraphs(random, 60);
      const dated = (day: number) => templatePage(template, layout, `<h1>${title}</h1><p>Publié le ${day} mai 2024</p>${body}`);
      const copies = [crawled('/article/', dated(3)), crawled('/article-2/', dated(17))];
      const finding = duplicateContent.run(siteContext(siteOf([...pages, ...copies])));
      expect(finding).toMatchObject({ message: 'duplicated', values: { duplicated: 2, considered: htmls.length + 2 } });
      expect(finding.examples).toEqual([at('/article/'), at('/article-2/')]);
    });
  }

  it('would have found near-duplicates in most trials had the whole body been compared (the trials test something)', () => {
    const flagged = Array.from({ length: 100 }, (_, trial) => trialSite(trial).htmls.map(wholeBodySignature)).filter((signatures) =>
      signatures.some((a, i) => signatures.some((b, j) => i < j && similarity(a, b) >= 0.9)),
    );
    expect(flagged.length).toBeGreaterThan(50);
  });
});
