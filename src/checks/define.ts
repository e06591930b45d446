// How a check is written: metadata, its messages, and a pure `run` returning one of them.
// `fail('missing')` only type-checks when `missing` is a key of the check's `messages`.
import type { Finding, MessageValues, PageFacts } from '../model/index.js';
import type { PageCheck, SiteCheck, SiteContext } from './types.js';

// The message ids are those of `messages`; `run` may only return those (NoInfer keeps `run` from widening them).
type PageCheckDefinition<MessageId extends string> = Omit<PageCheck<MessageId>, 'scope' | 'run'> & {
  run(page: PageFacts, site: SiteContext): Finding<NoInfer<MessageId>>;
};
type SiteCheckDefinition<MessageId extends string> = Omit<SiteCheck<MessageId>, 'scope' | 'run'> & {
  run(site: SiteContext): Finding<NoInfer<MessageId>>;
};

export const definePageCheck = <MessageId extends string>(check: PageCheckDefinition<MessageId>): PageCheck =>
  ({ ...check, scope: 'page' }) as PageCheck;
export const defineSiteCheck = <MessageId extends string>(check: SiteCheckDefinition<MessageId>): SiteCheck =>
  ({ ...check, scope: 'site' }) as SiteCheck;

/** What a finding may carry besides its status and message. */
export interface FindingDetails {
  /** Values of the message's placeholders. */
  values?: MessageValues;
  /** A measured value (a length, a count, a share). */
  value?: number | string | boolean;
  /** Example URLs. */
  examples?: string[];
}

function finding<MessageId extends string>(
  status: Finding['status'],
  message: MessageId | undefined,
  details: FindingDetails = {},
): Finding<MessageId> {
  return { status, ...(message !== undefined ? { message } : {}), ...details };
}

/** A pass, with a message when the check has something to say about it. */
export function pass(details?: FindingDetails): Finding<never>;
export function pass<MessageId extends string>(message: MessageId, details?: FindingDetails): Finding<MessageId>;
export function pass<MessageId extends string>(first?: MessageId | FindingDetails, details?: FindingDetails): Finding<MessageId> {
  return typeof first === 'string' ? finding('pass', first, details) : finding<MessageId>('pass', undefined, first);
}

export const warn = <MessageId extends string>(message: MessageId, details?: FindingDetails): Finding<MessageId> =>
  finding('warn', message, details);

export const fail = <MessageId extends string>(message: MessageId, details?: FindingDetails): Finding<MessageId> =>
  finding('fail', message, details);

/** The check does not apply here; the message says why. */
export const notApplicable = <MessageId extends string>(message: MessageId, details?: FindingDetails): Finding<MessageId> =>
  finding('na', message, details);
