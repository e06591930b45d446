// Stratified sampling: a smaller study that still represents each peer group in proportion.
// Deterministic: an institution's draw depends only on the seed and its id, so the same seed
// gives the same sites whatever the order of the file.
import { createHash } from 'node:crypto';
import { defaultGroupBy, peerGroupKey } from './peer-groups.js';
import type { Institution } from '../model/index.js';

/**
 * `n` institutions, each group (by default kind × stratum) keeping its share of the list:
 * quotas by the largest-remainder method, members drawn by a seeded hash of their id.
 * The sample keeps the list's order.
 */
export function stratifiedSample(
  list: readonly Institution[],
  n: number,
  seed: string | number,
  groupBy: string = defaultGroupBy,
): Institution[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`sample size ${n} is not a whole number ≥ 0`);
  if (n >= list.length) return [...list];
  const groups = new Map<string, Institution[]>();
  for (const institution of list) {
    const key = peerGroupKey(institution, groupBy);
    const members = groups.get(key);
    if (members) members.push(institution);
    else groups.set(key, [institution]);
  }
  const quotas = largestRemainderQuotas(
    [...groups].map(([key, members]) => ({ key, size: members.length })),
    n,
  );
  const chosen = new Set<Institution>();
  for (const [key, members] of groups) {
    const quota = quotas.get(key) ?? 0;
    const drawn = members
      .map((institution) => ({ institution, draw: drawOf(seed, institution.id) }))
      .sort((a, b) => a.draw.localeCompare(b.draw))
      .slice(0, quota);
    for (const { institution } of drawn) chosen.add(institution);
  }
  return list.filter((institution) => chosen.has(institution));
}

/**
 * Seats shared in proportion to sizes (Hamilton's method): each group gets the whole part of
 * its exact share, the seats left go to the largest fractional parts (ties: larger group, then key).
 */
export function largestRemainderQuotas(groups: readonly { key: string; size: number }[], seats: number): Map<string, number> {
  const total = groups.reduce((sum, group) => sum + group.size, 0);
  const quotas = new Map<string, number>();
  if (total === 0) return quotas;
  // Integer arithmetic: equal fractions must compare equal for the tie-break to apply.
  const shares = groups.map((group) => ({
    ...group,
    whole: Math.floor((seats * group.size) / total),
    remainder: (seats * group.size) % total,
  }));
  let left = seats - shares.reduce((sum, share) => sum + share.whole, 0);
  for (const share of shares) quotas.set(share.key, share.whole);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || b.size - a.size || a.key.localeCompare(b.key));
  for (const share of byRemainder) {
    if (left <= 0) break;
    quotas.set(share.key, share.whole + 1);
    left--;
  }
  return quotas;
}

function drawOf(seed: string | number, id: string): string {
  return createHash('sha256')
    .update(`${String(seed)}\u0000${id}`)
    .digest('hex');
}
