// Trap guards: URL families that can expand for ever (calendars, archives, session ids,
// faceted search) stop after a bounded number of URLs and are reported with an example.
import type { TrapReport } from './types.js';

const sessionParameters = /^(phpsessid|jsessionid|sid|sessionid|session_id|aspsessionid\w*|cfid|cftoken|zenid|osCsid)$/i;
const timeParameters = /^(month|mois|year|annee|année|date|day|jour|week|semaine|cal|calendar|mo|yr|start|debut|from|to)$/i;
/** Parameters that filter or sort a listing; their combinations explode. */
const facetParameters = /^(sort|order|orderby|filter|f|facet|tri|categorie|category|cat|tag|type|theme|view|display|limit|per_page)$/i;

/**
 * The family a URL belongs to: path segments that are numbers or dates become `#`, and
 * the query keeps only its parameter names. `/agenda/2031-07/` and `/agenda/2026-11/` share
 * `/agenda/#/`.
 */
export function trapPattern(url: URL): string | undefined {
  const segments = url.pathname.split('/');
  const generalised = segments.map((segment) => (/^\d{1,4}([-_]\d{1,2}){0,2}$/.test(segment) ? '#' : segment));
  const names = [...url.searchParams.keys()].map((name) => name.toLowerCase()).sort();
  const pathIsTemporal = generalised.some((segment, index) => segment === '#' && segment !== segments[index]);
  const queryIsTemporal = names.some((name) => timeParameters.test(name));
  const queryIsFaceted = names.filter((name) => facetParameters.test(name)).length >= 1;
  if (!pathIsTemporal && !queryIsTemporal && !queryIsFaceted) return undefined;
  return `${generalised.join('/')}${names.length > 0 ? `?${names.join('&')}` : ''}`;
}

export function hasSessionParameter(url: URL): boolean {
  return [...url.searchParams.keys()].some((name) => sessionParameters.test(name)) || /;jsessionid=/i.test(url.pathname);
}

/** Counts URLs per trap pattern; says no once a pattern reached its limit. */
export class TrapGuard {
  private readonly counts = new Map<string, number>();
  private readonly reports = new Map<string, TrapReport>();

  constructor(private readonly limit: number) {}

  /** True when the URL may be crawled. */
  admit(url: string): boolean {
    const parsed = new URL(url);
    if (hasSessionParameter(parsed)) return this.refuse('session-id parameter', url);
    const pattern = trapPattern(parsed);
    if (!pattern) return true;
    const count = (this.counts.get(pattern) ?? 0) + 1;
    this.counts.set(pattern, count);
    if (count <= this.limit) return true;
    return this.refuse(pattern, url);
  }

  /** Records a URL refused for another trap reason (duplicate body, …). */
  refuse(pattern: string, url: string): false {
    const report = this.reports.get(pattern) ?? { pattern, example: url, skipped: 0 };
    report.skipped += 1;
    this.reports.set(pattern, report);
    return false;
  }

  get traps(): TrapReport[] {
    return [...this.reports.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
  }
}
