import {
  type CheckResult,
  crawlMessages,
  type Finding,
  findingCredit,
  type FindingStatus,
  type Message,
  type MessageCatalogue,
  renderMessage,
} from '../model/index.js';
import { roundShare } from './site-lookup.js';
import type { Check, PageCheck, SiteCheck, SiteContext } from './types.js';

const maxExamples = 5;

/** Page checks that warn or fail on each page (as `pagesAffected` counts them), by page URL. */
export type PageVerdicts = Map<string, string[]>;

/**
 * Runs the catalogue over one site. Page checks are summarised by the share of pages that pass;
 * `pageVerdicts`, when given, receives each page's failing checks, which the summary keeps only as examples.
 */
export function runChecks(site: SiteContext, checks: readonly Check[], pageVerdicts?: PageVerdicts): CheckResult[] {
  return checks.map((check) => (check.scope === 'site' ? runSiteCheck(check, site) : runPageCheck(check, site, pageVerdicts)));
}

/** A check's messages, with the crawl's, which a check may quote as values (a robots.txt problem, a trap). */
export function messagesOf(check: Check): MessageCatalogue {
  return { ...crawlMessages, ...check.messages };
}

/** The finding's message as stored: its id and values, and its English text for plain readers of the results. */
function explanation(check: Check, finding: Finding | undefined): { message?: Message; evidence?: string } {
  if (!finding?.message) return {};
  const message: Message = { id: finding.message, ...(finding.values ? { values: finding.values } : {}) };
  return { message, evidence: renderMessage(messagesOf(check), message, 'en') };
}

function runSiteCheck(check: SiteCheck, site: SiteContext): CheckResult {
  const finding = check.run(site);
  return {
    id: check.id,
    scope: 'site',
    dimension: check.dimension,
    status: finding.status,
    value: finding.value,
    ...explanation(check, finding),
    pagesAffected: 0,
    pagesChecked: 0,
    examples: (finding.examples ?? []).slice(0, maxExamples),
  };
}

function runPageCheck(check: PageCheck, site: SiteContext, pageVerdicts?: PageVerdicts): CheckResult {
  const findings = site.pages.map((page) => ({ page, finding: check.run(page, site) }));
  const applicable = findings.filter(({ finding }) => finding.status !== 'na');
  const failing = applicable.filter(({ finding }) => finding.status === 'fail' || finding.status === 'warn');
  for (const { page } of pageVerdicts ? failing : []) pageVerdicts?.set(page.url, [...(pageVerdicts.get(page.url) ?? []), check.id]);
  // A page that warns earns half a page: the site's share is its pages' mean credit.
  const credit = applicable.reduce((sum, { finding }) => sum + findingCredit[finding.status as Exclude<FindingStatus, 'na'>], 0);
  const share = applicable.length > 0 ? credit / applicable.length : 0;
  return {
    id: check.id,
    scope: 'page',
    dimension: check.dimension,
    status: applicable.length === 0 ? 'na' : statusForShare(share),
    value: applicable.length > 0 ? roundShare(share) : undefined,
    ...explanation(check, failing[0]?.finding ?? (applicable.length === 0 ? findings[0]?.finding : undefined)),
    pagesAffected: failing.length,
    pagesChecked: applicable.length,
    examples: failing.slice(0, maxExamples).map(({ page }) => page.url),
  };
}

/** Shares of pages that make a page check pass or warn for the whole site. */
export const pageShareThresholds = { pass: 0.9, warn: 0.5 } as const;

/** A site passes a page check when its pages earn at least 90% of the credit; below half, it fails. */
export function statusForShare(share: number): FindingStatus {
  if (share >= pageShareThresholds.pass) return 'pass';
  if (share >= pageShareThresholds.warn) return 'warn';
  return 'fail';
}
