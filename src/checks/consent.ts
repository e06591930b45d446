// The site-wide picture of trackers and consent, shared by the two consent facts.
import type { SiteContext } from './types.js';

/** Tools whose default use needs the visitor's consent (CNIL); Matomo and AT Internet can be exempt. */
export const analyticsNeedingConsent = new Set([
  'google-analytics-4',
  'universal-analytics',
  'google-tag-manager',
  'google-ads',
  'meta-pixel',
  'hotjar',
  'linkedin-insight',
  'microsoft-clarity',
]);

export interface ConsentPicture {
  /** Tools named anywhere, consent-manager configuration included. */
  tools: string[];
  /** Tools the pages load themselves. */
  loaded: string[];
  consentManagers: string[];
}

export function consentPicture(site: SiteContext): ConsentPicture {
  const union = (pick: (tags: SiteContext['pages'][number]['tags']) => string[]) =>
    [...new Set(site.pages.flatMap((page) => pick(page.tags)))].sort();
  return {
    tools: union((tags) => tags.analytics),
    loaded: union((tags) => tags.analyticsLoaded),
    consentManagers: union((tags) => tags.consentManagers),
  };
}
