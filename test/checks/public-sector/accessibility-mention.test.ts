import accessibilityMention from '../../../src/checks/public-sector/accessibility-mention.js';
import { siteCheckCases } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

const home = (footer: string) => siteOf([crawled('/', `<footer>${footer}</footer>`)]);

siteCheckCases(accessibilityMention, {
  pass: [
    { name: 'partiellement conforme', site: home('<a href="/accessibilite/">Accessibilité : partiellement conforme</a>') },
    { name: 'TOTALEMENT CONFORME without the colon', site: home('<a href="/accessibilite/">ACCESSIBILITÉ TOTALEMENT CONFORME</a>') },
  ],
  warn: [
    {
      name: 'non conforme',
      message: 'nonCompliant',
      values: { mention: 'Accessibilité : non-conforme' },
      site: home('<a href="/accessibilite/">Accessibilité : non-conforme</a>'),
    },
  ],
  fail: [
    { name: 'only a link « Accessibilité »', message: 'noMention', site: home('<a href="/accessibilite/">Accessibilité</a>') },
    {
      name: 'the mention on an inner page only',
      message: 'noMention',
      site: siteOf([crawled('/', ''), crawled('/a/', '<p>Accessibilité : partiellement conforme</p>')]),
    },
  ],
  na: [{ name: 'home page not read', message: 'homeNotRead', site: {} }],
});
