// Trap patterns: URL families that can expand for ever — calendars and archives paging through
// time, session ids, faceted listings, relative-link loops. The crawl stops them (crawl/traps.ts),
// the checks report them on crawled pages. Numbers alone are not a trap (`/actualite/1234/` is an
// article id); dates are, because a calendar always has a next month.
import type { TrapKind, TrapReport } from './crawl.js';
import { crawlMessage, type CrawlMessageId, renderCrawlMessage } from './crawl-messages.js';

const sessionParameters = /^(phpsessid|jsessionid|sid|sessionid|session_id|sess|aspsessionid\w*|cfid|cftoken|zenid|oscsid)$/i;
const timeParameters =
  /^(month|mois|year|annee|année|an|date|day|jour|week|semaine|cal|calendar|mo|yr|start|debut|début|from|to|du|au|tx_cal_controller\[\w+\])$/i;
/** Parameters that filter or sort a listing: their combinations explode. */
const facetParameters =
  /^(sort|order|orderby|dir|filter|filtre|f|facet|tri|categorie|catégorie|category|cat|tag|tags|type|theme|thème|view|vue|display|limit|per_page|commune|secteur|quartier|public|rubrique|(filter|filtre)[_-]\w+)(\[\w*\])?$/i;
/**
 * Joomla's non-SEF router (`index.php?option=com_content&view=article&id=12&Itemid=101`): with an
 * `option=com_…`, `view`, `layout` and `task` name the page to show, they do not filter a listing.
 * Read as facets, every article of a Joomla site without URL rewriting shared one family and the
 * crawl stopped after a dozen of them.
 */
const joomlaComponent = /^com_\w+$/i;
const joomlaRouterParameters = /^(view|layout|task)$/i;
const dateValue = /^(19|20)\d{2}([-_/.]?(0[1-9]|1[0-2])([-_/.]?([0-2]\d|3[01]))?)?$/;
const yearSegment = /^(19|20)\d{2}$/;
export const maxUrlLength = 2048;

/** What a trap report says of its trap, besides the example and the count. */
export type Trap = Pick<TrapReport, 'pattern' | 'patternMessage'> & { kind: TrapKind };

const trapMessageIds: Record<Exclude<TrapKind, 'url-family'>, CrawlMessageId> = {
  'session-id': 'trap.sessionId',
  'identical-body': 'trap.identicalBody',
  'long-url': 'trap.longUrl',
  'repeating-segments': 'trap.repeatingSegments',
};

/** A trap of `kind`: for a URL family, the family found by `trapPattern`; for the others, their description. */
export function trapOf(kind: TrapKind, family = ''): Trap {
  const patternMessage =
    kind === 'url-family'
      ? crawlMessage('trap.urlFamily', { pattern: family })
      : crawlMessage(trapMessageIds[kind], kind === 'long-url' ? { max: String(maxUrlLength) } : undefined);
  return { kind, pattern: renderCrawlMessage(patternMessage, 'en'), patternMessage };
}

/** The English `pattern` of the session-id and identical-body traps, as reports name them. */
export const sessionTrap = trapOf('session-id').pattern;
export const identicalBodyTrap = trapOf('identical-body').pattern;

/**
 * The family a URL belongs to when it looks like a trap, else undefined. Date segments and
 * date-valued parameters become `{date}`; filter parameters of one listing all share
 * `{filters}`. `/agenda/2031-07/` and `/agenda/2026-11/` share `/agenda/{date}/`.
 */
export function trapPattern(url: URL): string | undefined {
  const segments = url.pathname.split('/');
  let afterYear = false;
  let temporal = false;
  const generalised = segments.map((segment) => {
    const isDate = dateValue.test(segment) || (afterYear && /^\d{1,2}$/.test(segment));
    afterYear = isDate && (yearSegment.test(segment) || afterYear);
    if (isDate) temporal = true;
    return isDate ? '{date}' : segment;
  });
  const names = [...new Set(url.searchParams.keys())].sort();
  const query: string[] = [];
  let faceted = false;
  const joomlaRouted = joomlaComponent.test(url.searchParams.get('option') ?? '');
  for (const name of names) {
    const value = url.searchParams.get(name) ?? '';
    if (joomlaRouted && joomlaRouterParameters.test(name)) {
      query.push(name);
    } else if (timeParameters.test(name) || dateValue.test(value)) {
      temporal = true;
      query.push(`${name}={date}`);
    } else if (facetParameters.test(name)) {
      faceted = true;
    } else {
      query.push(name);
    }
  }
  if (faceted) query.push('{filters}');
  if (!temporal && !faceted) return undefined;
  return `${generalised.join('/')}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** The URL without session-id parameters (`?PHPSESSID=…`, `;jsessionid=…`). */
export function withoutSessionId(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname.replace(/;jsessionid=[^/?#]*/i, '');
  for (const name of [...parsed.searchParams.keys()]) {
    if (sessionParameters.test(name)) parsed.searchParams.delete(name);
  }
  return parsed.href.replace(/\?$/, '');
}

/** A segment met three times in one path: a relative link resolved against itself, over and over. */
export function repeatsSegments(url: URL): boolean {
  const counts = new Map<string, number>();
  for (const segment of url.pathname.split('/').filter(Boolean)) {
    const count = (counts.get(segment) ?? 0) + 1;
    if (count >= 3) return true;
    counts.set(segment, count);
  }
  return false;
}

/** True when the URL carries a session id (the checks report it on crawled pages). */
export function hasSessionParameter(url: URL): boolean {
  return [...url.searchParams.keys()].some((name) => sessionParameters.test(name)) || /;jsessionid=/i.test(url.pathname);
}
