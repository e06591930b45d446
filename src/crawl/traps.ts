// The crawl's trap guard: URL families that can expand for ever stop after a bounded number of
// URLs and are reported with an example. What counts as a trap is the model's (src/model/traps.ts).
import { maxUrlLength, repeatsSegments, sessionTrap, trapPattern, type TrapReport, withoutSessionId } from '../model/index.js';

/** Counts URLs per trap pattern and says no once a pattern reached its limit. */
export class TrapGuard {
  private readonly counts = new Map<string, number>();
  private readonly reports = new Map<string, TrapReport>();

  constructor(private readonly limit: number) {}

  /** The URL a link should be crawled as: session ids removed (and reported). */
  rewrite(url: string): string {
    const cleaned = withoutSessionId(url);
    if (cleaned !== url) this.refuse(sessionTrap, url);
    return cleaned;
  }

  /** True when a URL not crawled yet may be crawled. */
  admit(url: string): boolean {
    if (url.length > maxUrlLength) return this.refuse(`URL longer than ${maxUrlLength} characters`, url);
    const parsed = new URL(url);
    if (repeatsSegments(parsed)) return this.refuse('repeating path segments (relative-link loop)', url);
    const pattern = trapPattern(parsed);
    if (!pattern) return true;
    const count = (this.counts.get(pattern) ?? 0) + 1;
    this.counts.set(pattern, count);
    if (count <= this.limit) return true;
    return this.refuse(pattern, url);
  }

  /** Records a URL refused (or rewritten) for a trap reason, keeping the first as the example. */
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
