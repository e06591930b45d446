// The study in figures, gathered in one streaming pass over the stored results: the report
// keeps one small summary per institution and counters per peer group, never every result.
import type { Dimension, FindingStatus, Localised, MaturityLevel, Message, SiteResult } from '../model/index.js';
import { comparePeerGroups, minimumGroupSize, peerGroupOf, type PeerGroupIdentity } from './peer-groups.js';
import { SiteFileNames } from './site-file-names.js';
import { median, percentileRank, proportion, spread, type Proportion, type Spread } from './statistics.js';

export const maturityLevels: readonly MaturityLevel[] = [0, 1, 2, 3];

/** What the report keeps of each institution between its two passes. */
export interface SiteSummary {
  id: string;
  fileName: string;
  name: string;
  kind: string;
  stratum?: string;
  population?: number;
  url: string;
  groupKey: string;
  /** The crawl outcome, or `no-pages` when the crawl succeeded but no page could be read. */
  outcome: string;
  reason?: string;
  reasonMessages?: Message[];
  score: number | null;
  level: MaturityLevel | null;
  levelLabel?: Localised;
  dimensions: Record<string, number | null>;
  /** Version of the index definition the result was scored under (1 when not recorded). */
  indexVersion?: number;
  /** Set when search engines cannot show the site. */
  invisible?: boolean;
}

export interface CheckCounts {
  id: string;
  dimension: Dimension;
  pass: number;
  warn: number;
  fail: number;
  na: number;
}

export interface GroupFigures {
  identity: PeerGroupIdentity;
  institutions: number;
  audited: number;
  tooSmall: boolean;
  levels: Record<MaturityLevel, Proportion>;
  /** Index scores of the audited institutions, ascending. */
  scores: number[];
  index: Spread;
  dimensionMedians: Record<string, number | null>;
  checks: CheckCounts[];
}

export interface StudySummary {
  sites: SiteSummary[];
  all: GroupFigures;
  groups: GroupFigures[];
  groupsByKey: Map<string, GroupFigures>;
  fileNames: SiteFileNames;
  /** Distinct values found by public-sector checks, most frequent first. */
  publicSectorValues: Map<string, { value: string; count: number }[]>;
  lighthouse: { pageTypes: Map<string, number>; lighthouseVersions: Set<string>; chromiumVersions: Set<string>; throttling: Set<string> };
  /** Labels of each maturity level as the scoring wrote them. */
  levelLabels: Map<MaturityLevel, Localised>;
}

/** Distinct values kept per public-sector check; beyond, values are counted as "other". */
const maxDistinctValues = 50;

class GroupAccumulator {
  institutions = 0;
  readonly scores: number[] = [];
  readonly levelCounts: Record<MaturityLevel, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
  readonly dimensions = new Map<string, number[]>();
  readonly checks = new Map<string, CheckCounts>();

  constructor(readonly identity: PeerGroupIdentity) {}

  add(result: SiteResult): void {
    this.institutions += 1;
    const index = result.index;
    if (!index) return;
    this.scores.push(index.score);
    this.levelCounts[index.level] += 1;
    for (const [dimension, value] of Object.entries(index.dimensions)) {
      if (value === null) continue;
      const values = this.dimensions.get(dimension) ?? [];
      values.push(value);
      this.dimensions.set(dimension, values);
    }
    for (const check of result.checks) {
      let counts = this.checks.get(check.id);
      if (!counts) {
        counts = { id: check.id, dimension: check.dimension, pass: 0, warn: 0, fail: 0, na: 0 };
        this.checks.set(check.id, counts);
      }
      counts[check.status satisfies FindingStatus] += 1;
    }
  }

  figures(): GroupFigures {
    const audited = this.scores.length;
    const levels = Object.fromEntries(maturityLevels.map((level) => [level, proportion(this.levelCounts[level], audited)])) as Record<
      MaturityLevel,
      Proportion
    >;
    const dimensionMedians = Object.fromEntries([...this.dimensions].map(([dimension, values]) => [dimension, median(values)]));
    return {
      identity: this.identity,
      institutions: this.institutions,
      audited,
      tooSmall: audited < minimumGroupSize,
      levels,
      scores: [...this.scores].sort((a, b) => a - b),
      index: spread(this.scores),
      dimensionMedians,
      checks: [...this.checks.values()],
    };
  }
}

export class StudySummaryBuilder {
  private readonly sites: SiteSummary[] = [];
  private readonly all = new GroupAccumulator({
    key: '*',
    label: { fr: 'Toutes les institutions', en: 'All institutions' },
    order: [0, 0, ''],
  });
  private readonly groups = new Map<string, GroupAccumulator>();
  private readonly fileNames = new SiteFileNames();
  private readonly publicSectorValues = new Map<string, Map<string, number>>();
  private readonly pageTypes = new Map<string, number>();
  private readonly lighthouseVersions = new Set<string>();
  private readonly chromiumVersions = new Set<string>();
  private readonly throttling = new Set<string>();
  private readonly levelLabels = new Map<MaturityLevel, Localised>();

  constructor(private readonly groupBy?: string) {}

  add(result: SiteResult): SiteSummary {
    const { institution } = result;
    const identity = peerGroupOf(institution, this.groupBy);
    let group = this.groups.get(identity.key);
    if (!group) {
      group = new GroupAccumulator(identity);
      this.groups.set(identity.key, group);
    }
    group.add(result);
    this.all.add(result);
    if (result.index) this.levelLabels.set(result.index.level, result.index.label);
    this.countPublicSectorValues(result);
    for (const page of result.lighthouse.pages) {
      this.pageTypes.set(page.pageType, (this.pageTypes.get(page.pageType) ?? 0) + 1);
      if (page.lighthouseVersion) this.lighthouseVersions.add(page.lighthouseVersion);
      if (page.chromiumVersion) this.chromiumVersions.add(page.chromiumVersion);
      if (page.throttling) this.throttling.add(page.throttling);
    }
    const summary: SiteSummary = {
      id: institution.id,
      fileName: this.fileNames.assign(institution.id),
      name: institution.name,
      kind: institution.kind,
      stratum: institution.stratum,
      population: institution.population,
      url: institution.url,
      groupKey: identity.key,
      outcome: result.outcome === 'ok' && !result.index ? 'no-pages' : result.outcome,
      reason: result.reason,
      ...(result.reasonMessages ? { reasonMessages: result.reasonMessages } : {}),
      score: result.index?.score ?? null,
      level: result.index?.level ?? null,
      levelLabel: result.index?.label,
      dimensions: result.index?.dimensions ?? {},
      indexVersion: result.index ? (result.index.version ?? 1) : undefined,
      invisible: result.index?.invisible !== undefined,
    };
    this.sites.push(summary);
    return summary;
  }

  private countPublicSectorValues(result: SiteResult): void {
    if (!result.index) return;
    for (const check of result.checks) {
      // Words (a compliance level, tool names) make categories; counts and page addresses do not.
      if (check.dimension !== 'public-sector' || typeof check.value !== 'string' || check.value === '' || /^https?:\/\//.test(check.value))
        continue;
      let values = this.publicSectorValues.get(check.id);
      if (!values) {
        values = new Map();
        this.publicSectorValues.set(check.id, values);
      }
      const value = check.value;
      const key = values.has(value) || values.size < maxDistinctValues ? value : '…';
      values.set(key, (values.get(key) ?? 0) + 1);
    }
  }

  finish(): StudySummary {
    const groups = [...this.groups.values()].map((group) => group.figures()).sort((a, b) => comparePeerGroups(a.identity, b.identity));
    const publicSectorValues = new Map(
      [...this.publicSectorValues].map(([id, values]) => [
        id,
        [...values].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      ]),
    );
    return {
      sites: this.sites,
      all: this.all.figures(),
      groups,
      groupsByKey: new Map(groups.map((group) => [group.identity.key, group])),
      fileNames: this.fileNames,
      publicSectorValues,
      lighthouse: {
        pageTypes: this.pageTypes,
        lighthouseVersions: this.lighthouseVersions,
        chromiumVersions: this.chromiumVersions,
        throttling: this.throttling,
      },
      levelLabels: this.levelLabels,
    };
  }
}

/** Where an institution stands: in its group when the group is large enough, else in the whole study. */
export interface PeerPlace {
  reference: 'group' | 'study';
  group: GroupFigures;
  percentile: number | null;
  median: number | null;
  dimensionMedians: Record<string, number | null>;
}

export function peerPlace(summary: StudySummary, site: SiteSummary): PeerPlace | undefined {
  if (site.score === null) return undefined;
  const group = summary.groupsByKey.get(site.groupKey);
  const reference = group && !group.tooSmall ? group : summary.all;
  return {
    reference: reference === summary.all ? 'study' : 'group',
    group: group ?? summary.all,
    percentile: percentileRank(reference.scores, site.score),
    median: reference.index.median,
    dimensionMedians: reference.dimensionMedians,
  };
}
