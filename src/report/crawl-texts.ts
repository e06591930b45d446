// What the crawl and the Lighthouse lane said about a site, in the report's language: their
// messages rendered from the model's catalogues, or, for results stored before messages existed,
// the English text stored with them.
import {
  type LighthousePageResult,
  type Message,
  type PageRecord,
  renderCrawlMessage,
  renderCrawlMessages,
  renderLighthouseMessage,
  type SiteResult,
  type TrapReport,
} from '../model/index.js';
import type { ReportLang } from './format.js';

/** Why a site's outcome is what it is, or the notes on its crawl ('' when there are none). */
export function siteReason(site: Pick<SiteResult, 'reason' | 'reasonMessages'>, lang: ReportLang): string {
  return site.reasonMessages?.length ? renderCrawlMessages(site.reasonMessages, lang) : (site.reason ?? '');
}

/** Why a crawled page could not be read, if it could not. */
export function pageError(page: Pick<PageRecord, 'error' | 'errorMessage'>, lang: ReportLang): string | undefined {
  return page.errorMessage ? renderCrawlMessage(page.errorMessage, lang) : page.error;
}

/** Why the site was (or was nearly) rendered in a browser. */
export function renderingReason(comparison: { reason?: string; reasonMessage?: Message }, lang: ReportLang): string {
  return comparison.reasonMessage ? renderCrawlMessage(comparison.reasonMessage, lang) : (comparison.reason ?? '');
}

/** Why Lighthouse audited a page. */
export function lighthouseReason(page: Pick<LighthousePageResult, 'reason' | 'reasonMessage'>, lang: ReportLang): string {
  return page.reasonMessage ? renderLighthouseMessage(page.reasonMessage, lang) : page.reason;
}

/** A Lighthouse failure in words: muniseo's own in the report's language, Lighthouse's as Lighthouse wrote it. */
export function lighthouseError(page: Pick<LighthousePageResult, 'error' | 'errorMessage'>, lang: ReportLang): string | undefined {
  if (!page.error) return undefined;
  return page.errorMessage ? renderLighthouseMessage(page.errorMessage, lang) : page.error.message;
}

/** What a trap is: its URL family or its description. */
export function trapDescription(trap: Pick<TrapReport, 'pattern' | 'patternMessage'>, lang: ReportLang): string {
  return trap.patternMessage ? renderCrawlMessage(trap.patternMessage, lang) : trap.pattern;
}

/** Problems kept both in English and as messages (robots.txt, sitemaps), in the report's language. */
export function problemTexts(english: readonly string[], messages: readonly Message[] | undefined, lang: ReportLang): string[] {
  return messages && messages.length === english.length ? messages.map((message) => renderCrawlMessage(message, lang)) : [...english];
}
