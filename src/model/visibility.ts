// Whether search engines can show the site at all: before any other quality, the index asks
// this (Google Search Central, "Block search indexing with noindex" and "robots.txt
// introduction"; Lighthouse's is-crawlable fails its whole SEO category the same way).
import type { Localised } from './localised.js';

/** The search engines whose access muniseo judges, by robots.txt product token. */
export const searchEngineAgents = ['Googlebot', 'Bingbot'] as const;
export type SearchEngineAgent = (typeof searchEngineAgents)[number];

/** What the audit saw of the site's visibility to search engines (stored with the result, so a study can be rescored). */
export interface SearchVisibility {
  /** Search engines robots.txt keeps away from the home page. */
  robotsBlocked: SearchEngineAgent[];
  /** The home page says noindex (meta robots or X-Robots-Tag). */
  homeNoindex: boolean;
  /** Pages whose indexability was judged, and those of them that say noindex. */
  pagesJudged: number;
  noindexPages: number;
}

/** Why a site is invisible to search engines. */
export type InvisibilityReason = 'robots' | 'home-noindex' | 'most-noindex';

/** From this share of noindex pages, the site as a whole is removed from search. */
export const mostPagesShare = 0.5;

/** Why the site is out of search results, or undefined when search engines can show it. */
export function invisibility(visibility: SearchVisibility): InvisibilityReason | undefined {
  if (searchEngineAgents.every((agent) => visibility.robotsBlocked.includes(agent))) return 'robots';
  if (visibility.homeNoindex) return 'home-noindex';
  if (visibility.pagesJudged > 0 && visibility.noindexPages / visibility.pagesJudged >= mostPagesShare) return 'most-noindex';
  return undefined;
}

export const invisibilityLabels: Record<InvisibilityReason, Localised> = {
  robots: {
    fr: 'le robots.txt interdit le site à Googlebot et à Bingbot',
    en: 'robots.txt forbids the site to Googlebot and Bingbot',
  },
  'home-noindex': { fr: 'la page d’accueil demande à ne pas être indexée (noindex)', en: 'the home page asks not to be indexed (noindex)' },
  'most-noindex': {
    fr: 'la plupart des pages demandent à ne pas être indexées (noindex)',
    en: 'most pages ask not to be indexed (noindex)',
  },
};
