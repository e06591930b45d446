// What a check says about a page or a site, and the check result a site stores.
import type { Message, MessageValues } from './messages.js';

export type FindingStatus = 'pass' | 'warn' | 'fail' | 'na';

/**
 * One check's verdict on one page or site. The explanation is a message id of the check's own
 * catalogue (`messages` in its file) with the values of its placeholders, never a sentence.
 */
export interface Finding<MessageId extends string = string> {
  status: FindingStatus;
  /** Why, as an id of the check's `messages`. */
  message?: MessageId;
  /** Values of the message's placeholders. */
  values?: MessageValues;
  /** A measured value (a length, a count, a share). */
  value?: number | string | boolean;
  /** Example URLs (site checks). */
  examples?: string[];
}

/**
 * What a verdict is worth: a warning is half a pass (a page with a description slightly too
 * long is not a page without one). Page checks average it over pages, scoring over checks.
 */
export const findingCredit: Record<Exclude<FindingStatus, 'na'>, number> = { pass: 1, warn: 0.5, fail: 0 };

/** Dimensions of the SEO practice index; `public-sector` facts are reported beside it, never inside. */
export const dimensions = ['indexability', 'on-page', 'rich-results', 'performance', 'intent', 'public-sector'] as const;
export type Dimension = (typeof dimensions)[number];

/** A check's result for one site: page checks are aggregated over the site's pages. */
export interface CheckResult {
  id: string;
  scope: 'page' | 'site';
  dimension: Dimension;
  status: FindingStatus;
  value?: number | string | boolean;
  /** Why, as a message of the check's catalogue: the report renders it in its own language. */
  message?: Message;
  /** The same explanation in English, for readers of results.json that do not render messages. */
  evidence?: string;
  /** Page checks: pages that warn or fail. */
  pagesAffected: number;
  /** Page checks: pages the check applied to. */
  pagesChecked: number;
  examples: string[];
}

/** Each check's weight in its dimension, by check id: what scoring needs of the catalogue. */
export type CheckWeights = ReadonlyMap<string, number>;
