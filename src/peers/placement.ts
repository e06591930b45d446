// A site placed among the peers of a published study: its group (kind and population stratum when
// known and large enough, else its kind, else the whole study), its mid-rank percentile for the index
// and each dimension, and the checks most of those peers pass while it fails them.
import type { PeerComparison, PeerGroupAggregate, PeerPercentile, PeersFile, SiteResult } from '../model/index.js';
import { minComparableGroupSize } from '../institutions/peer-groups.js';
import { scoredDimensions } from '../scoring/index.js';

/** The peers file was scored with another index definition than this muniseo's. */
export class IndexVersionMismatchError extends Error {
  constructor(
    readonly peersVersion: number,
    readonly siteVersion: number,
  ) {
    super(`the peers were scored with index version ${peersVersion}, this site with version ${siteVersion}`);
  }
}

/** Percentage of `values` below `value`, those equal counted half (mid-rank); null without values. */
export function midRankPercentile(values: readonly number[], value: number): number | null {
  if (values.length === 0) return null;
  const below = values.filter((other) => other < value).length;
  const equal = values.filter((other) => other === value).length;
  return (100 * (below + equal / 2)) / values.length;
}

/** Undefined when the site has no index (it could not be audited). */
export function placeAmongPeers(site: SiteResult, peers: PeersFile): PeerComparison | undefined {
  const index = site.index;
  if (!index) return undefined;
  const siteVersion = index.version ?? 1;
  if (peers.indexVersion !== siteVersion) throw new IndexVersionMismatchError(peers.indexVersion, siteVersion);
  const { group, widenedBecause } = peerGroupOf(site, peers.groups);
  const percentiles: PeerPercentile[] = [
    percentile('index', index.score, group.index),
    ...scoredDimensions.map((dimension) => percentile(dimension, index.dimensions[dimension] ?? null, group.dimensions[dimension] ?? [])),
  ];
  const peerBackedFixes = site.checks
    // A warning is a check not yet passed: the peers that pass it show it can be.
    .filter((check) => check.status === 'fail' || check.status === 'warn')
    .flatMap((check) => {
      const counts = group.checks[check.id];
      if (!counts || counts.applicable === 0 || counts.passing * 2 <= counts.applicable) return [];
      return [{ checkId: check.id, passingShare: counts.passing / counts.applicable, applicable: counts.applicable }];
    })
    .sort((a, b) => b.passingShare - a.passingShare || b.applicable - a.applicable || (a.checkId < b.checkId ? -1 : 1));
  return {
    study: peers.study,
    group: { ...(group.kind ? { kind: group.kind } : {}), ...(group.stratum ? { stratum: group.stratum } : {}), audited: group.audited },
    ...(widenedBecause ? { widenedBecause } : {}),
    percentiles,
    peerBackedFixes,
  };
}

function percentile(key: string, value: number | null, values: readonly number[]): PeerPercentile {
  return { key, value, percentile: value === null ? null : midRankPercentile(values, value), n: values.length };
}

function peerGroupOf(
  site: SiteResult,
  groups: readonly PeerGroupAggregate[],
): { group: PeerGroupAggregate; widenedBecause?: PeerComparison['widenedBecause'] } {
  const whole = groups.find((group) => group.kind === undefined) ?? (groups[0] as PeerGroupAggregate);
  const { kind, stratum } = site.institution;
  const large = (group: PeerGroupAggregate | undefined) => (group && group.audited >= minComparableGroupSize ? group : undefined);
  if (kind === 'other') return { group: whole, widenedBecause: 'kind-unknown' };
  const byKind = large(groups.find((group) => group.kind === kind && group.stratum === undefined));
  if (!stratum) return byKind ? { group: byKind, widenedBecause: 'stratum-unknown' } : { group: whole, widenedBecause: 'group-too-small' };
  const byStratum = large(groups.find((group) => group.kind === kind && group.stratum === stratum));
  if (byStratum) return { group: byStratum };
  return { group: byKind ?? whole, widenedBecause: 'group-too-small' };
}
