// The crawl's trap guard: URL families that can expand for ever stop after a bounded number of
// URLs and are reported with an example. What counts as a trap is the model's (src/model/traps.ts).
import { maxUrlLength, repeatsSegments, type Trap, trapOf, trapPattern, type TrapReport, withoutSessionId } from '../model/index.js';

/** Counts URLs per trap pattern and says no once a pattern reached its limit. */
export class TrapGuard {
  private readonly counts = new Map<string, number>();
  private readonly reports = new Map<string, TrapReport>();

  constructor(private readonly limit: number) {}

  /** The URL a link should be crawled as: session ids removed (and reported). */
  rewrite(url: string): string {
    const cleaned = withoutSessionId(url);
    if (cleaned !== url) this.refuse(trapOf('session-id'), url);
    return cleaned;
  }

  /** True when a URL not crawled yet may be crawled. */
  admit(url: string): boolean {
    if (url.length > maxUrlLength) return this.refuse(trapOf('long-url'), url);
    const parsed = new URL(url);
    if (repeatsSegments(parsed)) return this.refuse(trapOf('repeating-segments'), url);
    const pattern = trapPattern(parsed);
    if (!pattern) return true;
    const count = (this.counts.get(pattern) ?? 0) + 1;
    this.counts.set(pattern, count);
    if (count <= this.limit) return true;
    return this.refuse(trapOf('url-family', pattern), url);
  }

  /** Records a URL refused (or rewritten) for a trap, keeping the first as the example. */
  refuse(trap: Trap, url: string): false {
    const report = this.reports.get(trap.pattern) ?? { ...trap, example: url, skipped: 0 };
    report.skipped += 1;
    this.reports.set(trap.pattern, report);
    return false;
  }

  get traps(): TrapReport[] {
    return [...this.reports.values()].sort((a, b) => a.pattern.localeCompare(b.pattern));
  }
}
