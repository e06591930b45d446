// Peer groups: institutions compared with those of the same kind and size, or with those
// sharing any other column of the sites file (`--group-by departement`).
import type { Institution } from '../model/index.js';

/** The default grouping: kind × population stratum. */
export const defaultGroupBy = 'kind,stratum';

/** Below this many audited sites a group is too small to compare with (reports say so). */
export const minComparableGroupSize = 5;

/** Written in place of a value the institution lacks, so that those institutions group together. */
export const unknownGroupValue = 'unknown';

export interface PeerGroup {
  key: string;
  members: Institution[];
  /** False when the group has fewer than `minComparableGroupSize` members. */
  comparable: boolean;
}

/**
 * The peer-group key of an institution: its values of the `groupBy` columns (comma-separated
 * names of the sites file, standard or extra) joined by ` × `, e.g. `commune × 5000-9999`.
 */
export function peerGroupKey(institution: Institution, groupBy: string = defaultGroupBy): string {
  return groupColumns(groupBy)
    .map((column) => columnValue(institution, column) ?? unknownGroupValue)
    .join(' × ');
}

/** The column names of a `--group-by` value. */
export function groupColumns(groupBy: string): string[] {
  const columns = groupBy
    .split(',')
    .map((column) => column.trim())
    .filter((column) => column !== '');
  return columns.length > 0 ? columns : groupColumns(defaultGroupBy);
}

/** Institutions by peer group, largest group first (ties by key, for a stable order). */
export function groupPeers(institutions: readonly Institution[], groupBy: string = defaultGroupBy): PeerGroup[] {
  const groups = new Map<string, Institution[]>();
  for (const institution of institutions) {
    const key = peerGroupKey(institution, groupBy);
    const members = groups.get(key);
    if (members) members.push(institution);
    else groups.set(key, [institution]);
  }
  return [...groups]
    .map(([key, members]) => ({ key, members, comparable: members.length >= minComparableGroupSize }))
    .sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));
}

function columnValue(institution: Institution, column: string): string | undefined {
  const standard = (institution as unknown as Record<string, unknown>)[column];
  if (column !== 'extra' && (typeof standard === 'string' || typeof standard === 'number')) {
    return String(standard) === '' ? undefined : String(standard);
  }
  const extra = institution.extra?.[column];
  return extra === undefined || extra === '' ? undefined : extra;
}
