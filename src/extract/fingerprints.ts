// Markers of tools and frameworks in a page's HTML and script URLs (see shared DOMAIN.md).
import type { DetectedTags } from '../model/index.js';

type Fingerprints = Record<string, RegExp[]>;

export const analyticsFingerprints: Fingerprints = {
  'google-analytics-4': [
    /googletagmanager\.com\/gtag\/js\?id=G-/i,
    /\bgtag\(\s*['"]config['"]\s*,\s*['"]G-[A-Z0-9]{6,12}/,
    /['"]G-[A-Z0-9]{6,12}['"]/,
  ],
  'universal-analytics': [/\bUA-\d{4,10}-\d{1,4}\b/],
  'google-tag-manager': [/\bGTM-[A-Z0-9]{4,10}\b/, /googletagmanager\.com\/gtm\.js/],
  'google-ads': [/\bAW-\d{9,11}\b/, /googleadservices\.com\/pagead\/conversion/],
  matomo: [/_paq\.push/, /matomo\.js/, /piwik\.js/, /MatomoTagManager/],
  'at-internet': [/xiti\.com/, /ATInternet/, /tag\.aticdn\.net/, /smarttag\.js/, /pianoAnalytics/],
  'meta-pixel': [/connect\.facebook\.net\/[^"']*fbevents\.js/, /fbq\(\s*['"]init['"]/],
  hotjar: [/static\.hotjar\.com/],
  'linkedin-insight': [/snap\.licdn\.com/],
  'microsoft-clarity': [/clarity\.ms/],
};

export const consentFingerprints: Fingerprints = {
  tarteaucitron: [/tarteaucitron/i],
  axeptio: [/axeptio/i],
  didomi: [/didomi/i],
  cookiebot: [/cookiebot/i],
  onetrust: [/onetrust|otSDKStub|cookielaw\.org/i],
};

export const verificationFingerprints: Fingerprints = {
  google: [/<meta[^>]+name=["']google-site-verification["']/i],
  bing: [/<meta[^>]+name=["']msvalidate\.01["']/i],
  yandex: [/<meta[^>]+name=["']yandex-verification["']/i],
};

/**
 * What each SEO plugin prints by itself, read in its source: Yoast's debug marker « This site is
 * optimized with the Yoast SEO plugin vX » and its `yoast-schema-graph` block
 * (wordpress-seo, src/presenters/debug/marker-open-presenter.php, src/presenters/schema-presenter.php);
 * Rank Math's « Search Engine Optimization by Rank Math » comment and `rank-math-schema` block
 * (seo-by-rank-math, includes/frontend/class-head.php, includes/modules/schema/class-jsonld.php);
 * All in One SEO's « All in One SEO x.y - aioseo.com » comment, generator meta and `aioseo-schema`
 * block (all-in-one-seo-pack, app/Common/Main/Head.php, app/Common/Views/main/schema.php). SEOPress
 * prints no marker of its own: only its assets' folder betrays it. The plugin's name in the page's
 * text (an article about Yoast) is not a marker.
 */
export const seoPluginFingerprints: Fingerprints = {
  yoast: [/<!--\s*This site is optimi[sz]ed with the Yoast (?:WordPress )?SEO/i, /class=["'][^"']*\byoast-schema-graph\b/i],
  'rank-math': [
    /<!--\s*Search Engine Optimization by Rank Math/i,
    /class=["'][^"']*\brank-math-schema/i,
    /\/wp-content\/plugins\/seo-by-rank-math/i,
  ],
  'all-in-one-seo': [/<!--\s*All in One SEO/i, /<meta[^>]+content=["']All in One SEO/i, /class=["'][^"']*\baioseo-schema\b/i],
  seopress: [/\/wp-content\/plugins\/wp-seopress/i],
};

export const cmsFingerprints: Fingerprints = {
  wordpress: [/wp-content\/|wp-includes\/|<meta[^>]+content=["']WordPress/i],
  drupal: [/Drupal\.settings|drupalSettings|data-drupal-|drupal\.js|<meta[^>]+content=["']Drupal/i],
  joomla: [/<meta[^>]+content=["']Joomla/i, /\/media\/jui\//],
  typo3: [/typo3(conf|temp)?\//i, /<meta[^>]+content=["']TYPO3/i],
  spip: [/<meta[^>]+content=["']SPIP/i, /spip\.php/],
  wix: [/static\.wixstatic\.com|<meta[^>]+content=["']Wix/i],
  'e-magnus': [/e-magnus/i],
  'kiosque-net': [/kiosque[-_ ]?net/i],
};

/**
 * Hosted site builders used by small communes, by the generator meta or the asset hosts they leave
 * (the Wappalyzer fingerprints, enthec/webappanalyzer src/technologies: Wix, Jimdo, E-monsite,
 * SiteW, WebNode).
 */
export const platformFingerprints: Fingerprints = {
  wix: [/<meta[^>]+content=["']Wix\.com/i, /static\.wixstatic\.com|static\.parastorage\.com/i],
  jimdo: [/\.jimdo(?:site)?\.com\/|jimcdn\.com|jimdoDolphinData/i],
  'e-monsite': [/<meta[^>]+content=["']e-monsite/i, /\.e-monsite\.com\//i],
  sitew: [/<link[^>]+href=["'][^"']*\.sitew\.(?:com|org)/i],
  webnode: [/<meta[^>]+content=["']Webnode/i],
};

export const dsfrFingerprints: Fingerprints = {
  'fr-header': [/class=["'][^"']*\bfr-header\b/],
  'fr-logo': [/class=["'][^"']*\bfr-logo\b/],
  'fr-footer': [/class=["'][^"']*\bfr-footer\b/],
  'dsfr-assets': [/dsfr(\.module)?\.min\.(css|js)/],
  'data-fr-scheme': [/data-fr-scheme/],
};

function matching(html: string, fingerprints: Fingerprints): string[] {
  return Object.entries(fingerprints)
    .filter(([, patterns]) => patterns.some((pattern) => pattern.test(html)))
    .map(([name]) => name);
}

/** Audience-measurement tools whose markers appear in the given HTML. */
export function detectAnalytics(html: string): string[] {
  return matching(html, analyticsFingerprints);
}

/**
 * `loadedHtml` is the page without the scripts a consent manager holds back (its configuration
 * blocks, `type="text/plain"` scripts): a tool found only in `html` is declared, not loaded.
 */
export function detectTags(html: string, loadedHtml: string = html): DetectedTags {
  const analytics = matching(html, analyticsFingerprints);
  return {
    analytics,
    analyticsLoaded: loadedHtml === html ? [...analytics] : matching(loadedHtml, analyticsFingerprints),
    consentManagers: matching(html, consentFingerprints),
    verification: matching(html, verificationFingerprints),
    seoPlugins: matching(html, seoPluginFingerprints),
    cms: matching(html, cmsFingerprints),
    platforms: matching(html, platformFingerprints),
    dsfr: matching(html, dsfrFingerprints),
  };
}

const socialPatterns: RegExp[] = [
  /^https?:\/\/(www\.|m\.)?facebook\.com\/(?!sharer|share\.php|tr\b|plugins|dialog)[\w.-]+\/?$/i,
  /^https?:\/\/(www\.)?(x|twitter)\.com\/(?!intent|share|home)\w{1,15}\/?$/i,
  /^https?:\/\/(www\.)?instagram\.com\/[\w.]+\/?$/i,
  /^https?:\/\/([\w]+\.)?linkedin\.com\/(company|in|school)\/[\w%-]+\/?$/i,
  /^https?:\/\/(www\.)?youtube\.com\/(@|channel\/|c\/|user\/)[\w.-]+\/?$/i,
  /^https?:\/\/(www\.)?tiktok\.com\/@[\w.]+\/?$/i,
  /^https?:\/\/bsky\.app\/profile\/[\w.:-]+\/?$/i,
  /^https?:\/\/([\w-]+\.)?(panneaupocket\.com|intramuros\.org)\/./i,
];

export function isSocialProfile(url: string): boolean {
  return socialPatterns.some((pattern) => pattern.test(url));
}
