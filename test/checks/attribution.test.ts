// Who built a site and with what, from pages and robots.txt as CMSs, builders and agencies print them.
import { describe, expect, it } from 'vitest';
import { siteAttribution } from '../../src/checks/attribution.js';
import { missingRobotsTxt } from '../../src/model/index.js';
import { at, crawled, robots } from './crawl-data.js';

const noRobots = missingRobotsTxt(at('/robots.txt'), 404);
const pagesOf = (...pages: [string, string][]) => pages.map(([path, html]) => crawled(path, html).facts);

describe('site attribution', () => {
  it('reads WordPress with its version, Yoast, the theme and the agency a footer credit links to', () => {
    const footer =
      '<footer><p>© Mairie de Clairval | Réalisation : <a href="https://www.agence-fictive.test/">Agence Fictive</a></p></footer>';
    const head =
      '<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" href="/wp-content/themes/mairie-pro/style.css?ver=3">' +
      '<!-- This site is optimized with the Yoast SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->';
    const pages = pagesOf(
      ['/', `${head}${footer}`],
      ['/contact/', `${head}${footer}`],
      ['/mentions-legales/', `${head}<main><p>Conception : Studio Exemple</p></main>${footer}`],
    );
    expect(siteAttribution(pages, noRobots)).toEqual({
      cms: { id: 'wordpress', version: '6.6.2' },
      seoPlugins: ['yoast'],
      theme: 'mairie-pro',
      vendor: { name: 'Agence Fictive', evidence: 'credit-link' },
    });
  });

  it('infers Metatag on a Drupal site with descriptions (Drupal core prints none)', () => {
    const pages = pagesOf([
      '/',
      '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="description" content="Résumé de la page">',
    ]);
    expect(siteAttribution(pages, noRobots)).toMatchObject({ cms: { id: 'drupal', version: '10' }, seoPlugins: ['drupal-metatag'] });
    const bare = pagesOf(['/', '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">']);
    expect(siteAttribution(bare, noRobots).seoPlugins).toEqual([]);
  });

  it('reads a hosted platform from a credit link (Campagnol) or from asset hosts (Wix), and no vendor from them', () => {
    const campagnol = pagesOf([
      '/',
      '<footer><p>Site propulsé par <a href="https://campagnol.fr/">Campagnol</a>, l’offre des maires ruraux</p></footer>',
    ]);
    expect(siteAttribution(campagnol, noRobots)).toEqual({ seoPlugins: [], platform: 'campagnol' });
    const wix = pagesOf([
      '/',
      '<meta name="generator" content="Wix.com Website Builder"><img src="https://static.wixstatic.com/media/logo.png" alt="">',
    ]);
    expect(siteAttribution(wix, noRobots)).toEqual({ seoPlugins: [], platform: 'wix' });
  });

  it('reads the CMS and the plugin from robots.txt when the pages hide them', () => {
    const yoastBlock = robots(
      '# START YOAST BLOCK\n# ---------------------------\nUser-agent: *\nDisallow:\n\nSitemap: https://www.saint-exemple.test/sitemap_index.xml\n# ---------------------------\n# END YOAST BLOCK\n',
    );
    expect(siteAttribution(pagesOf(['/', '<p>Bienvenue</p>']), yoastBlock)).toEqual({ cms: { id: 'wordpress' }, seoPlugins: ['yoast'] });
    const spip = robots('# robots.txt\n# @generator: SPIP 4.2.8\n\nUser-agent: *\nDisallow: /ecrire/\n');
    expect(siteAttribution(pagesOf(['/', '<p>Bienvenue</p>']), spip).cms).toEqual({ id: 'spip' });
  });

  it('names no vendor from a credit to the software itself', () => {
    const pages = pagesOf([
      '/',
      '<link rel="stylesheet" href="/wp-content/themes/twentytwentyfour/style.css"><footer><p>Fièrement propulsé par WordPress</p></footer>',
    ]);
    expect(siteAttribution(pages, noRobots).vendor).toBeUndefined();
  });

  it('names no vendor from a theme’s own credit (« Propulsé par Astra WordPress Theme »), but keeps an agency named like its theme', () => {
    const astra = pagesOf([
      '/',
      '<link rel="stylesheet" href="/wp-content/themes/astra/style.css"><footer><p>Copyright © 2025 Exemplemont | Propulsé par <a href="https://wpastra.com/">Astra WordPress Theme</a></p></footer>',
    ]);
    expect(siteAttribution(astra, noRobots)).toEqual({ cms: { id: 'wordpress' }, seoPlugins: [], theme: 'astra' });
    const agency = pagesOf([
      '/',
      '<link rel="stylesheet" href="/wp-content/themes/agence-fictive/style.css"><footer><p>Réalisation : <a href="https://www.agence-fictive.test/">Agence Fictive</a></p></footer>',
    ]);
    expect(siteAttribution(agency, noRobots).vendor).toEqual({ name: 'Agence Fictive', evidence: 'credit-link' });
  });
});
