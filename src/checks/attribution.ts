// Who built a site and with what, from its pages and its robots.txt: the CMS and its version, the
// SEO plugins, the theme, a hosted platform, and the web agency or publisher the site names. Many
// communes share one platform or one agency's template, so that a flaw can belong to a vendor
// rather than to a town (DOMAIN.md, "Platforms, CMS and vendors"). Pure: the audit stores it, the
// cms check reports it, the report groups sites by it.
import {
  cmsName,
  type CreditFact,
  isHostedPlatform,
  mostFrequent,
  type PageFacts,
  platformName,
  type RobotsTxt,
  type SiteAttribution,
} from '../model/index.js';
import { robotsTxtAuthorsOf } from './cms-defaults.js';
import { normaliseText } from './text.js';

/** SEO plugins that exist only for WordPress: finding one tells the CMS. */
const wordpressPlugins = new Set(['yoast', 'rank-math', 'all-in-one-seo', 'seopress']);

/** Hosts whose credit link names a hosted platform (« Propulsé par Campagnol », « Site créé sur e-monsite »). */
const platformHosts: Readonly<Record<string, string>> = {
  'campagnol.fr': 'campagnol',
  'e-monsite.com': 'e-monsite',
  'jimdo.com': 'jimdo',
  'wix.com': 'wix',
  'sitew.com': 'sitew',
  'sitew.fr': 'sitew',
  'webnode.fr': 'webnode',
  'webnode.com': 'webnode',
};

/** Names a credit may give that are software, not whoever made the site (« Fièrement propulsé par WordPress »). */
const softwareNames = /^(wordpress(\.org)?|drupal|joomla!?|spip|typo3|wix(\.com)?|jimdo|e-monsite|sitew|webnode|campagnol)$/i;
/** A theme's own credit (« Propulsé par Astra WordPress Theme »): the theme's seller, not whoever made the site. */
const themeCredit =
  /\b(?:wordpress|drupal|joomla!?)\s+(?:theme|thème|template)\b|\b(?:theme|thème|template)\s+(?:wordpress|drupal|joomla!?)\b/i;

export function siteAttribution(pages: readonly PageFacts[], robots: RobotsTxt): SiteAttribution {
  const fromRobots = robotsTxtAuthorsOf(robots);
  const seoPlugins = new Set([...pages.flatMap((page) => page.tags.seoPlugins), ...fromRobots.seoPlugins]);
  const cmsId =
    mostFrequent(pages.flatMap((page) => page.tags.cms.filter((id) => !isHostedPlatform(id)))) ??
    ([...seoPlugins].some((plugin) => wordpressPlugins.has(plugin)) ? 'wordpress' : fromRobots.cms[0]);
  if (cmsId === 'drupal' && pages.some(describedByMetatag)) seoPlugins.add('drupal-metatag');
  const version = cmsId
    ? mostFrequent(pages.filter((page) => page.tags.cms.includes(cmsId)).map((page) => page.platform.cmsVersion))
    : undefined;
  const theme = mostFrequent(pages.map((page) => page.platform.theme));
  const credits = pages.flatMap((page) => page.platform.credits);
  const platform = mostFrequent([...pages.flatMap((page) => page.tags.platforms), ...credits.map(creditedPlatform)]);
  const vendor = vendorOf(credits);
  return {
    ...(cmsId ? { cms: { id: cmsId, ...(version ? { version } : {}) } } : {}),
    seoPlugins: [...seoPlugins].sort(),
    ...(theme ? { theme } : {}),
    ...(platform ? { platform } : {}),
    ...(vendor ? { vendor } : {}),
  };
}

/** How a report names a site's CMS: « WordPress 6.6.2 », or the platform (« e-monsite »). */
export function attributedCms(attribution: SiteAttribution): string | undefined {
  if (attribution.cms) return [cmsName(attribution.cms.id), attribution.cms.version].filter(Boolean).join(' ');
  return attribution.platform ? platformName(attribution.platform) : undefined;
}

/**
 * Drupal core prints no description and no Open Graph tags: a Drupal page with them has Metatag
 * (or a module like it). Inferred, not printed: Metatag leaves no mark of its own.
 */
function describedByMetatag(page: PageFacts): boolean {
  return Boolean(page.metaDescription?.trim()) || Boolean(page.openGraph['og:title']);
}

function creditedPlatform(credit: CreditFact): string | undefined {
  const host = credit.href ? new URL(credit.href).hostname.toLowerCase().replace(/^www\./, '') : undefined;
  if (host && platformHosts[host]) return platformHosts[host];
  const named = Object.values(platformHosts).find((id) => normaliseText(credit.name) === normaliseText(platformName(id)));
  return named;
}

/**
 * The vendor credited most often across the pages (a footer repeats on every page); software names,
 * platforms and a theme's own credit left out. A credit naming the theme's folder is kept: agencies
 * often name their theme after themselves.
 */
function vendorOf(credits: readonly CreditFact[]): SiteAttribution['vendor'] {
  const vendors = credits.filter(
    (credit) => !softwareNames.test(credit.name.trim()) && !themeCredit.test(credit.name) && !creditedPlatform(credit),
  );
  const name = mostFrequent(vendors.map((credit) => normaliseVendor(credit.name)));
  if (!name) return undefined;
  const linked = vendors.some((credit) => normaliseVendor(credit.name) === name && credit.href);
  return { name, evidence: linked ? 'credit-link' : 'credit-text' };
}

/** A vendor's name as clusters compare it: spaces collapsed, outer punctuation dropped. */
function normaliseVendor(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/^[\s"«“'’]+|[\s"»”'’.:]+$/g, '')
    .trim();
}
