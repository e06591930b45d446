// The study in figures, gathered in one streaming pass over the stored results: the report
// keeps one small summary per institution and counters per peer group, never every result.
import {
  clusterOf,
  cmsName,
  type Dimension,
  type FindingStatus,
  type Localised,
  type MaturityLevel,
  type Message,
  type SiteResult,
} from '../model/index.js';
import { keyPractices } from './key-practices.js';
import { comparePeerGroups, minimumGroupSize, peerGroupOf, type PeerGroupIdentity } from './peer-groups.js';
import { SensitivityInputs } from './sensitivity.js';
import { SiteFileNames } from './site-file-names.js';
import {
  clusteredProportion,
  median,
  percentileRankInSorted,
  proportion,
  spread,
  type ClusteredProportion,
  type Proportion,
  type Spread,
} from './statistics.js';

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
  /** The cluster the site's interval counts it in: its vendor, its platform, or itself. */
  cluster: string;
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
  /** The share at level 2 or above with the sites' clusters taken into account. */
  deliberate: Proportion;
  deliberateClustered: ClusteredProportion;
  /** Each level's share, clusters taken into account. */
  levelsClustered: Record<MaturityLevel, ClusteredProportion>;
  /** Per dimension: audited institutions passing every key practice of it that applies, of those where one applies. */
  keyPractices: Map<Dimension, Proportion>;
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
  /** Institutions by CMS, and by vendor or platform (sites sharing a template), largest first. */
  byCms: GroupFigures[];
  byVendor: GroupFigures[];
  /** Audited institutions whose CMS, vendor or platform is known. */
  attributed: number;
  /** What the sensitivity analysis needs of every audited institution. */
  sensitivity: SensitivityInputs;
}

/** Distinct values kept per public-sector check; beyond, values are counted as "other". */
const maxDistinctValues = 50;

class GroupAccumulator {
  institutions = 0;
  readonly scores: number[] = [];
  readonly levelCounts: Record<MaturityLevel, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
  readonly dimensions = new Map<string, number[]>();
  readonly checks = new Map<string, CheckCounts>();
  /** Audited sites and their levels, by cluster. */
  readonly clusters = new Map<string, number[]>();
  readonly keyPractices = new Map<Dimension, { passing: number; applicable: number }>();

  constructor(readonly identity: PeerGroupIdentity) {}

  add(result: SiteResult): void {
    this.institutions += 1;
    const index = result.index;
    if (!index) return;
    this.scores.push(index.score);
    this.levelCounts[index.level] += 1;
    const cluster = clusterOf(result.institution.id, result.attribution);
    let levels = this.clusters.get(cluster);
    if (!levels) {
      levels = [0, 0, 0, 0];
      this.clusters.set(cluster, levels);
    }
    levels[index.level]! += 1;
    this.countKeyPractices(result);
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

  /** A site passes a dimension's key practices when every one of them that applies passes. */
  private countKeyPractices(result: SiteResult): void {
    const statuses = new Map(result.checks.map((check) => [check.id, check.status]));
    for (const [dimension, ids] of keyPractices()) {
      const applying = ids.map((id) => statuses.get(id)).filter((status) => status !== undefined && status !== 'na');
      if (applying.length === 0) continue;
      const counts = this.keyPractices.get(dimension) ?? { passing: 0, applicable: 0 };
      counts.applicable += 1;
      if (applying.every((status) => status === 'pass')) counts.passing += 1;
      this.keyPractices.set(dimension, counts);
    }
  }

  /** A share over the clusters: `count` says how many of a cluster's sites have the property. */
  private clustered(count: (levels: number[]) => number): ClusteredProportion {
    return clusteredProportion(
      (function* (clusters: Map<string, number[]>) {
        for (const levels of clusters.values()) yield { count: count(levels), total: levels.reduce((sum, n) => sum + n, 0) };
      })(this.clusters),
    );
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
      deliberate: proportion(this.levelCounts[2] + this.levelCounts[3], audited),
      deliberateClustered: this.clustered((levels) => levels[2]! + levels[3]!),
      levelsClustered: Object.fromEntries(maturityLevels.map((level) => [level, this.clustered((levels) => levels[level]!)])) as Record<
        MaturityLevel,
        ClusteredProportion
      >,
      keyPractices: new Map(
        [...this.keyPractices].map(([dimension, counts]) => [dimension, proportion(counts.passing, counts.applicable)]),
      ),
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
  private readonly byCms = new Map<string, GroupAccumulator>();
  private readonly byVendor = new Map<string, GroupAccumulator>();
  private attributed = 0;
  private readonly sensitivity = new SensitivityInputs();

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
    this.addAttribution(result);
    this.sensitivity.add(result, identity.key);
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
      cluster: clusterOf(institution.id, result.attribution),
    };
    this.sites.push(summary);
    return summary;
  }

  /** Counts the site under its CMS, and under its vendor or platform: the template it shares with other towns. */
  private addAttribution(result: SiteResult): void {
    const attribution = result.attribution;
    if (!attribution || !result.index) return;
    if (attribution.cms || attribution.vendor || attribution.platform) this.attributed += 1;
    const cms = attribution.cms?.id;
    if (cms) accumulatorFor(this.byCms, `cms:${cms}`, { fr: cmsName(cms), en: cmsName(cms) }).add(result);
    const cluster = clusterOf(result.institution.id, attribution);
    if (attribution.vendor)
      accumulatorFor(this.byVendor, cluster, { fr: attribution.vendor.name, en: attribution.vendor.name }).add(result);
    else if (attribution.platform) {
      const name = attribution.platform;
      accumulatorFor(this.byVendor, cluster, { fr: `${name} (plateforme)`, en: `${name} (platform)` }).add(result);
    }
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
      byCms: largestFirst(this.byCms),
      byVendor: largestFirst(this.byVendor),
      attributed: this.attributed,
      sensitivity: this.sensitivity,
    };
  }
}

function accumulatorFor(accumulators: Map<string, GroupAccumulator>, key: string, label: Localised): GroupAccumulator {
  let accumulator = accumulators.get(key);
  if (!accumulator) {
    accumulator = new GroupAccumulator({ key, label, order: [key] });
    accumulators.set(key, accumulator);
  }
  return accumulator;
}

function largestFirst(accumulators: Map<string, GroupAccumulator>): GroupFigures[] {
  return [...accumulators.values()]
    .map((accumulator) => accumulator.figures())
    .sort((a, b) => b.audited - a.audited || a.identity.key.localeCompare(b.identity.key));
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
    percentile: percentileRankInSorted(reference.scores, site.score),
    median: reference.index.median,
    dimensionMedians: reference.dimensionMedians,
  };
}
