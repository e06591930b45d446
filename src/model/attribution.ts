// Who built the site and with what: many communes share one platform or one agency's template,
// so that a flaw can belong to a vendor rather than to a town (issue 12; DOMAIN.md, "Platforms,
// CMS and vendors"). Filled by the audit from the page facts; read by the report and the exports.

export interface SiteAttribution {
  /** The CMS, by muniseo's id (`wordpress`, `drupal`, `joomla`, `spip`, `typo3`, …; src/model/platforms.ts names them). */
  cms?: { id: string; version?: string };
  /** SEO plugins found (`yoast`, `rank-math`, `seopress`, `all-in-one-seo`, `drupal-metatag`, …). */
  seoPlugins: string[];
  /** The theme or template, when the site names it (a WordPress theme's folder, a Drupal theme). */
  theme?: string;
  /** A hosted platform or site builder (Campagnol, Wix, Jimdo, e-monsite, SiteW, …). */
  platform?: string;
  /** The web agency or publisher the site names (« réalisé par », a credit link), normalised. */
  vendor?: { name: string; evidence: 'credit-text' | 'credit-link' | 'generator' | 'asset-path' };
}

/**
 * The cluster a site belongs to for clustered intervals: sites that share a vendor or a platform
 * share their flaws. A CMS alone (WordPress) is not a cluster; a site with neither is its own.
 */
export function clusterOf(siteId: string, attribution: SiteAttribution | undefined): string {
  if (attribution?.vendor) return `vendor:${attribution.vendor.name}`;
  if (attribution?.platform) return `platform:${attribution.platform}`;
  return `site:${siteId}`;
}
