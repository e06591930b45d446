// What CMSs and SEO plugins write by themselves, read in their source code: a site showing only
// these has not shown that anyone worked on its SEO (DOMAIN.md, "Platforms, CMS and vendors").
// The intent checks read this file so that a default never counts as a signal.
import type { RobotsTxt } from '../model/index.js';

/** A `Sitemap:` line a CMS or an SEO plugin adds to robots.txt on its own. */
export interface DefaultSitemapLine {
  /** The sitemap's path on the site's own host. */
  path: string;
  /** The CMS or hosted platform the line belongs to: it is a default only on a site running it. */
  cms: 'wordpress' | 'spip' | 'wix';
  /** Who adds it (a CMS or plugin id of src/model/platforms.ts), and whatever else adds the same path. */
  addedBy: string[];
  source: string;
}

export const defaultSitemapLines: readonly DefaultSitemapLine[] = [
  {
    path: '/wp-sitemap.xml',
    cms: 'wordpress',
    addedBy: ['wordpress'],
    // WP_Sitemaps::add_robots() appends « Sitemap: <home>/wp-sitemap.xml » to the virtual robots.txt of every public site since 5.5.
    source: 'https://github.com/WordPress/wordpress-develop/blob/trunk/src/wp-includes/sitemaps/class-wp-sitemaps.php',
  },
  {
    path: '/sitemap_index.xml',
    cms: 'wordpress',
    addedBy: ['yoast', 'rank-math'],
    // Yoast's robots.txt integration (its « START YOAST BLOCK ») and Rank Math's sitemap module
    // (Sitemap_Index::add_sitemap_directive) add their index as soon as their sitemap is on, which is their default.
    source: 'https://developer.yoast.com/features/robots-txt/functional-specification/',
  },
  {
    path: '/sitemap.xml',
    cms: 'wordpress',
    addedBy: ['all-in-one-seo'],
    // All in One SEO writes its sitemap rules (RobotsTxt::getSitemapRules) into the generated robots.txt;
    // other sitemap plugins (XML Sitemap Feed, Google XML Sitemaps) add the same path.
    source: 'https://github.com/awesomemotive/all-in-one-seo-pack/blob/master/app/Common/Tools/RobotsTxt.php',
  },
  {
    path: '/sitemaps.xml',
    cms: 'wordpress',
    addedBy: ['seopress'],
    // seopress_xml_sitemaps_robots_txt() appends « Sitemap: <home>/sitemaps.xml » to WordPress's robots.txt.
    source: 'https://github.com/wp-seopress/wp-seopress-public/blob/master/inc/functions/options-robots-txt.php',
  },
  {
    path: '/sitemap.xml',
    cms: 'spip',
    addedBy: ['spip'],
    // SPIP's distributed robots.txt template (squelettes-dist/robots.txt.html) ends with « Sitemap: #URL_SITE_SPIP/sitemap.xml ».
    source: 'https://github.com/spip/SPIP/blob/master/squelettes-dist/robots.txt.html',
  },
  {
    path: '/sitemap.xml',
    cms: 'wix',
    addedBy: ['wix'],
    // Wix writes every site's robots.txt itself, ending with its generated sitemap index; the site
    // owner can add rules but the Sitemap: line is Wix's (« Understanding your site's sitemap file »).
    source: 'https://support.wix.com/en/article/understanding-your-sites-sitemap-file',
  },
];

/** Lines only one CMS writes: the path tells the CMS even when the pages do not. */
const pathsOnlyOneCmsWrites = new Set(['/wp-sitemap.xml']);

/**
 * The default this Sitemap line is, for a site on `cms` (lower-case ids of the site's CMS and hosted platform), or
 * undefined when no CMS or plugin would have written it. A line pointing to another host is never a default.
 */
export function defaultSitemapLine(sitemapUrl: string, siteOrigin: string, cms: readonly string[]): DefaultSitemapLine | undefined {
  let url: URL;
  try {
    url = new URL(sitemapUrl);
  } catch {
    return undefined;
  }
  if (bare(url.hostname) !== bare(new URL(siteOrigin).hostname)) return undefined;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return defaultSitemapLines.find(
    (line) => line.path === path && (cms.includes(line.cms) || pathsOnlyOneCmsWrites.has(line.path)) && url.search === '',
  );
}

const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');

/**
 * Marks that a CMS or plugin wrote robots.txt: Yoast's block (its functional specification),
 * Rank Math's header comment (Robots_Txt::get_robots_data), SPIP's template header, WordPress's
 * virtual file (its `/wp-admin/` rules, do_robots()).
 */
const robotsTxtAuthors: readonly { id: string; kind: 'cms' | 'seo-plugin'; marker: RegExp }[] = [
  { id: 'yoast', kind: 'seo-plugin', marker: /^#\s*START YOAST BLOCK/im },
  { id: 'rank-math', kind: 'seo-plugin', marker: /^#.*automatically added by Rank Math/im },
  { id: 'spip', kind: 'cms', marker: /^#\s*@generator:\s*SPIP/im },
  { id: 'wordpress', kind: 'cms', marker: /^Disallow:\s*\/wp-admin\/\s*$/im },
];

/** The CMSs and SEO plugins whose marks robots.txt carries. */
export function robotsTxtAuthorsOf(robots: RobotsTxt): { cms: string[]; seoPlugins: string[] } {
  const found = robotsTxtAuthors.filter((author) => author.marker.test(robots.text));
  return {
    cms: found.filter((author) => author.kind === 'cms').map((author) => author.id),
    seoPlugins: found.filter((author) => author.kind === 'seo-plugin').map((author) => author.id),
  };
}
