import brokenInternalLinks from '../../../src/checks/site/broken-internal-links.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { at, crawled, siteOf, snapshot, verifiedTarget } from '../crawl-data.js';

const menu = (paths: string[]) => paths.map((path) => `<a href="${path}">Rubrique ${path}</a>`).join('');
const sections = Array.from({ length: 25 }, (_, index) => `/rubrique-${index}/`);

siteCheckCases(brokenInternalLinks, {
  pass: [
    {
      name: 'every target answers 200',
      message: 'allAnswered',
      values: { checked: 2, targets: 2 },
      site: siteOf([crawled('/', menu(['/a/', '/b/'])), crawled('/a/', ''), crawled('/b/', '')]),
    },
    {
      name: 'targets beyond the page limit, verified by HEAD, answer 200; the evidence says how many were verified',
      message: 'allAnswered',
      values: { checked: 3, targets: 4 },
      site: {
        ...siteOf([crawled('/', menu(['/a/', '/b/', '/c/', '/budget.pdf']))]),
        linkTargets: {
          unfetched: 4,
          checks: [
            verifiedTarget(at('/a/')),
            verifiedTarget(at('/b/')),
            verifiedTarget(at('/budget.pdf'), { contentType: 'application/pdf' }),
          ],
        },
      },
    },
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
      name: 'a link written without a scheme leads to a path of the site, not to the host meant',
      message: 'schemelessTargets',
      values: { broken: 1, checked: 2, targets: 2, href: 'www.cc-pays-imaginaire.fr', url: at('/www.cc-pays-imaginaire.fr') },
      site: siteOf([crawled('/', `${menu(['/a/'])}<a href="www.cc-pays-imaginaire.fr">L’intercommunalité</a>`), crawled('/a/', '')]),
    },
    {
      name: 'a dead PDF beyond the page limit, found by the HEAD verification',
      message: 'brokenTargets',
      values: { broken: 1, checked: 2, targets: 3, url: at('/documents/pv-2019.pdf'), status: 404 },
      site: {
        ...siteOf([crawled('/', menu(['/a/', '/documents/pv-2019.pdf', '/b/'])), crawled('/a/', '')]),
        linkTargets: { unfetched: 2, checks: [verifiedTarget(at('/documents/pv-2019.pdf'), { status: 404, method: 'GET' })] },
      },
    },
    {
      name: 'a target that times out',
      message: 'unansweredTargets',
      values: { broken: 1, checked: 1, url: at('/lente/'), error: 'timed out after 20 s' },
      site: siteOf([crawled('/', menu(['/lente/']))], [snapshot(at('/lente/'), { status: 0, error: 'timed out after 20 s' })]),
    },
  ],
  na: [
    { name: 'no link target crawled', message: 'noTargetCrawled', site: siteOf([crawled('/', '<p>Aucun lien</p>')]) },
    {
      name: 'links whose targets were neither crawled nor verified: no pass on zero targets checked',
      message: 'noTargetCrawled',
      values: { targets: 2 },
      site: siteOf([crawled('/', menu(['/a/', '/compte-rendu.pdf']))]),
    },
  ],
});
