import { describe, expect, it } from 'vitest';
import cms from '../../../src/checks/public-sector/cms.js';
import type { SiteCheck } from '../../../src/checks/types.js';
import { siteCheckCases, siteContext } from '../../helpers/check-cases.js';
import { crawled, siteOf } from '../crawl-data.js';

/** Home pages as each CMS writes them, with the id the study compares and the name the report prints. */
const recognised: { name: string; html: string; cms: string[]; named: string[]; message?: string }[] = [
  {
    name: 'WordPress theme stylesheet',
    html: '<link rel="stylesheet" href="/wp-content/themes/t/style.css">',
    cms: ['wordpress'],
    named: ['WordPress'],
    message: 'details',
  },
  {
    name: 'Drupal generator meta',
    html: '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
    cms: ['drupal'],
    named: ['Drupal 10'],
  },
  { name: 'SPIP generator meta', html: '<meta name="generator" content="SPIP 4.2.8">', cms: ['spip'], named: ['SPIP 4.2.8'] },
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
      message: home.message ?? 'recognised',
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
      message: 'details',
      values: { cms: ['SPIP 4.2.8', 'WordPress'] },
      value: 'spip, wordpress',
    });
  });

  it('names the SEO plugin, the theme and the vendor the footer credits', () => {
    const home =
      '<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" href="/wp-content/themes/mairie-pro/style.css">' +
      '<!-- This site is optimized with the Yoast SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->' +
      '<footer><p>Réalisation : <a href="https://www.agence-fictive.test/">Agence Fictive</a></p></footer>';
    const finding = (cms as SiteCheck).run(siteContext(siteOf([crawled('/', home)])));
    expect(finding).toMatchObject({
      message: 'details',
      value: 'wordpress',
      values: {
        cms: ['WordPress 6.6.2'],
        details: [
          { id: 'seoPlugins', values: { plugins: ['Yoast SEO'] } },
          { id: 'theme', values: { theme: 'mairie-pro' } },
          { id: 'vendor', values: { vendor: 'Agence Fictive' } },
        ],
      },
    });
  });

  it('names a hosted builder as the platform', () => {
    const finding = (cms as SiteCheck).run(
      siteContext(siteOf([crawled('/', '<meta name="generator" content="e-monsite (e-monsite.com)"><p>Bienvenue</p>')])),
    );
    expect(finding).toMatchObject({ message: 'recognised', value: 'e-monsite', values: { cms: ['e-monsite'] } });
  });
});
