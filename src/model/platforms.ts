// Names of the CMSs, hosted platforms and SEO plugins muniseo recognises (ids from
// src/extract/fingerprints.ts and src/checks/attribution.ts), as a report prints them: proper
// names, the same in every language.
const cmsNames: Record<string, string> = {
  wordpress: 'WordPress',
  drupal: 'Drupal',
  joomla: 'Joomla',
  typo3: 'TYPO3',
  spip: 'SPIP',
  wix: 'Wix',
  'e-magnus': 'e-magnus',
  'kiosque-net': 'Kiosque.net',
};

/** Hosted site builders and public-sector platforms: a site on one shares its template with every other. */
const platformNames: Record<string, string> = {
  wix: 'Wix',
  jimdo: 'Jimdo',
  'e-monsite': 'e-monsite',
  sitew: 'SiteW',
  webnode: 'Webnode',
  campagnol: 'Campagnol',
};

const seoPluginNames: Record<string, string> = {
  yoast: 'Yoast SEO',
  'rank-math': 'Rank Math',
  'all-in-one-seo': 'All in One SEO',
  seopress: 'SEOPress',
  'drupal-metatag': 'Metatag (Drupal)',
};

/** The printed name of a CMS id; an unknown id is shown as it is. */
export function cmsName(id: string): string {
  return cmsNames[id] ?? platformNames[id] ?? id;
}

/** The printed name of a hosted platform id (`e-monsite`, `campagnol`); an unknown id is shown as it is. */
export function platformName(id: string): string {
  return platformNames[id] ?? id;
}

/** Whether an id names a hosted site builder or platform rather than a CMS a site installs. */
export function isHostedPlatform(id: string): boolean {
  return id in platformNames;
}

/** The printed name of an SEO plugin id; an unknown id is shown as it is. */
export function seoPluginName(id: string): string {
  return seoPluginNames[id] ?? id;
}
