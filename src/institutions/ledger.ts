// The account every import keeps, so that nothing is dropped silently: each record read
// ends up kept, merged into an earlier one, or skipped for a counted reason.
import type { ImportResult, NoWebsiteCount, RegistryProblem } from './types.js';
import type { Institution } from '../model/index.js';

const rawLimit = 200;

export class ImportLedger {
  private readonly kept = new Map<string, { institution: Institution; line: number }>();
  private readonly withoutWebsite = new Map<string, Institution>();
  private readonly problems: RegistryProblem[] = [];
  private readonly skipped: Record<string, number> = {};
  private read = 0;
  private merged = 0;

  /** One more record read from the file. */
  countRead(): void {
    this.read++;
  }

  /** Something wrong with a record that is kept nonetheless (the reason says what was done). */
  report(line: number, reason: string, raw?: string): void {
    this.problems.push(raw === undefined ? { line, reason } : { line, reason, raw: shorten(raw) });
  }

  /** A record left out: counted under `category`; listed as a problem when `detail` is given. */
  skip(category: string, problem?: { line: number; reason: string; raw?: string }): void {
    this.skipped[category] = (this.skipped[category] ?? 0) + 1;
    if (problem) this.report(problem.line, problem.reason, problem.raw);
  }

  /**
   * An institution the registry lists without a website: its record is skipped as `no website`, and
   * the institution counted (once per identity) among those the study cannot audit.
   */
  noWebsite(institution: Institution): void {
    this.skip(noWebsiteCategory);
    if (institution.id !== '' && !this.withoutWebsite.has(institution.id)) this.withoutWebsite.set(institution.id, institution);
  }

  /**
   * Keeps an institution, or folds it into the one already kept under the same id: the first
   * record's values win, the later one fills the gaps, and a different URL is reported.
   */
  keep(institution: Institution, line: number): void {
    const earlier = this.kept.get(institution.id);
    if (!earlier) {
      this.kept.set(institution.id, { institution, line });
      return;
    }
    this.merged++;
    const first = earlier.institution;
    if (first.url !== institution.url) {
      this.report(line, `same institution as line ${earlier.line} (${institution.id}); kept ${first.url}, dropped ${institution.url}`);
    }
    earlier.institution = mergeInstitutions(first, institution);
  }

  result(): ImportResult {
    const institutions = [...this.kept.values()].map((entry) => entry.institution);
    // Another record of the same institution gave a website: it is audited, not counted without one.
    const withoutWebsite = [...this.withoutWebsite.values()].filter((institution) => !this.kept.has(institution.id));
    const result: ImportResult = {
      institutions,
      problems: [...this.problems].sort((a, b) => a.line - b.line),
      summary: { read: this.read, kept: institutions.length, merged: this.merged, skipped: { ...this.skipped } },
    };
    if (withoutWebsite.length > 0) {
      result.withoutWebsite = withoutWebsite;
      result.summary.noWebsite = countByKindAndStratum(withoutWebsite);
    }
    return result;
  }
}

/** The reason under which records of institutions without a website are counted. */
export const noWebsiteCategory = 'no website';

/** Institutions counted by kind and stratum, in a stable order. */
export function countByKindAndStratum(institutions: readonly Institution[]): NoWebsiteCount[] {
  const counts = new Map<string, NoWebsiteCount>();
  for (const institution of institutions) {
    const key = `${institution.kind}\u0000${institution.stratum ?? ''}`;
    const entry = counts.get(key) ?? { kind: institution.kind, ...(institution.stratum ? { stratum: institution.stratum } : {}), count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || (a.stratum ?? '').localeCompare(b.stratum ?? '', 'en', { numeric: true }),
  );
}

function mergeInstitutions(first: Institution, later: Institution): Institution {
  const merged: Institution = { ...first };
  for (const key of ['insee', 'siren', 'population', 'stratum', 'departement', 'region', 'epci'] as const) {
    if (merged[key] === undefined && later[key] !== undefined) Object.assign(merged, { [key]: later[key] });
  }
  if (later.extra) merged.extra = { ...later.extra, ...first.extra };
  return merged;
}

function shorten(raw: string): string {
  return raw.length > rawLimit ? `${raw.slice(0, rawLimit)}…` : raw;
}
