import brokenInternalLinks from '../../../src/checks/site/broken-internal-links.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf, snapshot } from '../crawl-data.js';

const menu = (paths: string[]) => paths.map((path) => `<a href="${path}">Rubrique ${path}</a>`).join('');
const sections = Array.from({ length: 25 }, (_, index) => `/rubrique-${index}/`);

siteCheckCases(brokenInternalLinks, {
  pass: [
    { name: 'every target answers 200', site: siteOf([crawled('/', menu(['/a/', '/b/'])), crawled('/a/', ''), crawled('/b/', '')]) },
    {
      name: 'external 404s are not internal links',
      site: siteOf(
        [crawled('/', '<a href="https://ailleurs.test/disparu">Ailleurs</a><a href="/a/">A</a>'), crawled('/a/', '')],
        [snapshot('https://ailleurs.test/disparu', { status: 404 })],
      ),
    },
  ],
  warn: [
    {
      name: 'one broken target among 26 (under 5%)',
      message: 'brokenTargets',
      values: { broken: 1, checked: 26, url: at('/salle-des-fetes.html'), status: 404, from: at('/') },
      site: siteOf(
        [crawled('/', menu([...sections, '/salle-des-fetes.html'])), ...sections.map((path) => crawled(path, ''))],
        [snapshot(at('/salle-des-fetes.html'), { status: 404 })],
      ),
    },
  ],
  fail: [
    {
      name: 'menu links to missing pages on a small site',
      message: 'brokenTargets',
      values: { broken: 1, checked: 2, status: 404 },
      site: siteOf(
        [crawled('/', menu(['/mairie.html', '/salle-des-fetes.html'])), crawled('/mairie.html', '')],
        [snapshot(at('/salle-des-fetes.html'), { status: 404 })],
      ),
    },
    {
      name: 'a target that times out',
      message: 'unansweredTargets',
      values: { broken: 1, checked: 1, url: at('/lente/'), error: 'timed out after 20 s' },
      site: siteOf([crawled('/', menu(['/lente/']))], [snapshot(at('/lente/'), { status: 0, error: 'timed out after 20 s' })]),
    },
  ],
  na: [{ name: 'no link target crawled', message: 'noTargetCrawled', site: siteOf([crawled('/', '<p>Aucun lien</p>')]) }],
});
