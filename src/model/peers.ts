// A study reduced to what a web team needs to place its own site among its peers: for each peer
// group, the distribution of the index and of each dimension, and how many institutions pass each
// check. No institution's name, address or page: `muniseo export --format peers` writes it,
// `audit --peers` reads it (docs/peers.md).
import type { InstitutionKind } from './institution.js';

/** The version of the peers file's own shape (not the index's). */
export const peersFormatVersion = 1;

export interface PeersFile {
  format: 'muniseo-peers';
  formatVersion: typeof peersFormatVersion;
  /** The study's name. */
  study: string;
  /** The index definition every score of the file was computed with (src/scoring/definition.ts). */
  indexVersion: number;
  /** When the file was written (ISO 8601). */
  exportedAt: string;
  /** The whole study first, then each kind, then each kind × population stratum large enough to compare. */
  groups: PeerGroupAggregate[];
}

export interface PeerGroupAggregate {
  /** Absent for the whole study. */
  kind?: InstitutionKind;
  /** Absent for the whole study and for a kind's group. */
  stratum?: string;
  /** Institutions audited in the group. */
  audited: number;
  /** Their index scores, sorted: a distribution, with no institution attached. */
  index: number[];
  /** Each dimension's scores, sorted (an institution without a score for it is left out). */
  dimensions: Record<string, number[]>;
  /** Per check: institutions where it applied, and those where it passed. */
  checks: Record<string, { applicable: number; passing: number }>;
}

/** One score of the site placed in the peer group: mid-rank percentile among `n` peers. */
export interface PeerPercentile {
  /** `index`, or a dimension's id. */
  key: string;
  value: number | null;
  /** Percentage of peers below, ties counted half (null when the site or the peers have no value). */
  percentile: number | null;
  n: number;
}

/** A check the site fails or warns on and most of its peers pass. */
export interface PeerBackedFix {
  checkId: string;
  /** Share of the peers where it applied that pass it, 0–1. */
  passingShare: number;
  applicable: number;
}

export interface PeerComparison {
  study: string;
  /** The group used: kind and stratum when known and large enough, else the kind, else the whole study. */
  group: { kind?: InstitutionKind; stratum?: string; audited: number };
  /** Why a narrower group was not used (the site's kind or stratum unknown, or its group too small). */
  widenedBecause?: 'kind-unknown' | 'stratum-unknown' | 'group-too-small';
  percentiles: PeerPercentile[];
  /** Most peers pass these checks and the site fails them, most widely passed first. */
  peerBackedFixes: PeerBackedFix[];
}
