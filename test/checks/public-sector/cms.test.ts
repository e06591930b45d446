import { describe, expect, it } from 'vitest';
import cms from '../../../src/checks/public-sector/cms.js';
import type { SiteCheck } from '../../../src/checks/types.js';
import { siteCheckCases, siteContext } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

/** Home pages as each CMS writes them, with the id the study compares and the name the report prints. */
const recognised = [
  {
    name: 'WordPress theme stylesheet',
    html: '<link rel="stylesheet" href="/wp-content/themes/t/style.css">',
    cms: ['wordpress'],
    named: ['WordPress'],
  },
  {
    name: 'Drupal generator meta',
    html: '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
    cms: ['drupal'],
    named: ['Drupal'],
  },
  { name: 'SPIP generator meta', html: '<meta name="generator" content="SPIP 4.2.8">', cms: ['spip'], named: ['SPIP'] },
  {
    name: 'Joomla generator meta',
    html: '<meta name="generator" content="Joomla! - Open Source Content Management">',
    cms: ['joomla'],
    named: ['Joomla'],
  },
];
const generatorOnly = {
  name: 'an unknown generator meta',
  html: '<meta name="generator" content="Fictif CMS 2">',
  generator: 'Fictif CMS 2',
};

siteCheckCases(cms, {
  pass: [
    ...recognised.map((home) => ({
      name: home.name,
      message: 'recognised',
      values: { cms: home.named },
      site: siteOf([crawled('/', home.html)]),
    })),
    {
      name: generatorOnly.name,
      message: 'generator',
      values: { generator: generatorOnly.generator },
      site: siteOf([crawled('/', generatorOnly.html)]),
    },
  ],
  na: [{ name: 'nothing recognisable', message: 'noCms', site: siteOf([crawled('/', '<p>Bienvenue</p>')]) }],
});

describe('cms: the value a study compares', () => {
  const valueOf = (html: string) => (cms as SiteCheck).run(siteContext(siteOf([crawled('/', html)]))).value;
  for (const home of recognised) it(`${home.name}: ${home.cms.join(', ')}`, () => expect(valueOf(home.html)).toBe(home.cms.join(', ')));
  it(`${generatorOnly.name}: the generator as written`, () => expect(valueOf(generatorOnly.html)).toBe(generatorOnly.generator));
  it('two CMSs on one site: both, sorted', () => {
    const site = siteOf([crawled('/', recognised[2]!.html), crawled('/blog/', recognised[0]!.html)]);
    const finding = (cms as SiteCheck).run(siteContext(site));
    expect(finding).toMatchObject({
      status: 'pass',
      message: 'recognised',
      values: { cms: ['SPIP', 'WordPress'] },
      value: 'spip, wordpress',
    });
  });
});
