// A site placed among the peers of a published study: mid-rank percentiles with n, worked out by
// hand; the group chosen (kind × stratum, else kind, else the whole study); peer-backed fixes; the
// index version checked.
import { describe, expect, it } from 'vitest';
import type { CheckResult, FindingStatus, Institution, SiteResult } from '../../src/model/index.js';
import { buildPeersFile, IndexVersionMismatchError, midRankPercentile, placeAmongPeers } from '../../src/peers/index.js';
import { siteResult } from '../helpers/site-result.js';

function check(id: string, status: FindingStatus): CheckResult {
  return { id, scope: 'site', dimension: 'indexability', status, pagesAffected: 0, pagesChecked: 0, examples: [] };
}

/** A scored institution: index `score`, on-page `onPage`, and the statuses of two checks. */
function peer(
  id: string,
  institution: Partial<Institution>,
  score: number,
  onPage: number | null,
  statuses: [FindingStatus, FindingStatus],
): SiteResult {
  return siteResult(id, {
    institution: { id, name: `Commune ${id}`, kind: 'commune', url: `https://${id}.example.test/`, ...institution },
    checks: [check('sitemap-present', statuses[0]), check('meta-description-present', statuses[1])],
    index: { score, level: 1, label: { fr: 'x', en: 'x' }, dimensions: { 'on-page': onPage, indexability: 50 }, version: 2 },
  });
}

const small = { kind: 'commune' as const, population: 1200, stratum: '500-1999' };
// Six communes of 500–1999 inhabitants. Index: 30, 40, 50, 50, 60, 70. On-page: 10, 20, 80, 80, 90, none.
// sitemap-present passes on 5 of 6; meta-description-present on 3 of 6 (not most).
const group = [
  peer('a', small, 30, 10, ['pass', 'pass']),
  peer('b', small, 40, 20, ['pass', 'fail']),
  peer('c', small, 50, 80, ['pass', 'pass']),
  peer('d', small, 50, 80, ['pass', 'fail']),
  peer('e', small, 60, 90, ['pass', 'pass']),
  peer('f', small, 70, null, ['fail', 'fail']),
];
// Two larger communes, and an EPCI: in the whole study and in the communes' group, not in the stratum's.
const others = [
  peer('g', { kind: 'commune', population: 8000, stratum: '5000-9999' }, 90, 100, ['pass', 'pass']),
  peer('h', { kind: 'commune', population: 8000, stratum: '5000-9999' }, 95, 100, ['pass', 'pass']),
  peer('i', { kind: 'epci' }, 20, 0, ['fail', 'fail']),
];
const peers = buildPeersFile('mayenne-2026', [...group, ...others], new Date('2026-11-30T10:00:00Z'));

// The web team's site: index 50, on-page 80; it fails both checks.
const mine = peer('moi', small, 50, 80, ['fail', 'fail']);

describe('mid-rank percentile', () => {
  it('counts the peers below, and those equal for half', () => {
    // 30 and 40 below, two 50s equal: (2 + 2/2) / 6 = 50 %.
    expect(midRankPercentile([30, 40, 50, 50, 60, 70], 50)).toBe(50);
    expect(midRankPercentile([30, 40, 50, 50, 60, 70], 55)).toBeCloseTo((100 * 4) / 6, 10);
    expect(midRankPercentile([30, 40], 10)).toBe(0);
    expect(midRankPercentile([30, 40], 40)).toBe(75);
    expect(midRankPercentile([], 40)).toBeNull();
  });
});

describe('a site among its peers', () => {
  it('in the group of its kind and stratum: percentiles per dimension and for the index, with n', () => {
    const comparison = placeAmongPeers(mine, peers);
    expect(comparison?.group).toEqual({ kind: 'commune', stratum: '500-1999', audited: 6 });
    expect(comparison?.widenedBecause).toBeUndefined();
    const byKey = Object.fromEntries((comparison?.percentiles ?? []).map((entry) => [entry.key, entry]));
    expect(byKey['index']).toEqual({ key: 'index', value: 50, percentile: 50, n: 6 });
    // On-page among 10, 20, 80, 80, 90 (one peer has none): (2 + 2/2) / 5 = 60 %.
    expect(byKey['on-page']).toEqual({ key: 'on-page', value: 80, percentile: 60, n: 5 });
    // Indexability: all six at 50, the site too: (0 + 6/2) / 6 = 50 %.
    expect(byKey['indexability']).toEqual({ key: 'indexability', value: 50, percentile: 50, n: 6 });
  });

  it('the checks most peers pass and the site fails, as fixes to make first', () => {
    expect(placeAmongPeers(mine, peers)?.peerBackedFixes).toEqual([{ checkId: 'sitemap-present', passingShare: 5 / 6, applicable: 6 }]);
  });

  it('its kind when the stratum is unknown; the whole study when the kind is unknown or its group too small', () => {
    const unknownStratum = peer('x', { kind: 'commune' }, 50, 80, ['fail', 'fail']);
    expect(placeAmongPeers(unknownStratum, peers)).toMatchObject({
      group: { kind: 'commune', audited: 8 },
      widenedBecause: 'stratum-unknown',
    });
    // Communes: 30, 40, 50, 50, 60, 70, 90, 95 → (2 + 2/2) / 8 = 37.5 %.
    expect(placeAmongPeers(unknownStratum, peers)?.percentiles[0]?.percentile).toBe(37.5);
    const byUrlOnly = peer('y', { kind: 'other' }, 50, 80, ['fail', 'fail']);
    expect(placeAmongPeers(byUrlOnly, peers)).toMatchObject({ group: { audited: 9 }, widenedBecause: 'kind-unknown' });
    // Two communes of 5000–9999 only: no group of their own in the file, so the communes' group.
    const larger = peer('z', { kind: 'commune', population: 8000, stratum: '5000-9999' }, 92, 100, ['pass', 'pass']);
    expect(placeAmongPeers(larger, peers)).toMatchObject({ group: { kind: 'commune', audited: 8 }, widenedBecause: 'group-too-small' });
    const epci = peer('w', { kind: 'epci' }, 25, 0, ['fail', 'fail']);
    expect(placeAmongPeers(epci, peers)).toMatchObject({ group: { audited: 9 }, widenedBecause: 'group-too-small' });
  });

  it('refuses peers scored with another index version', () => {
    expect(() => placeAmongPeers(mine, { ...peers, indexVersion: 1 })).toThrow(IndexVersionMismatchError);
  });
});

describe('the peers file', () => {
  it('holds aggregates only: groups large enough, distributions and counts, no institution', () => {
    expect(peers.groups.map((entry) => [entry.kind, entry.stratum, entry.audited])).toEqual([
      [undefined, undefined, 9],
      ['commune', undefined, 8],
      ['commune', '500-1999', 6],
    ]);
    expect(peers.groups[2]?.index).toEqual([30, 40, 50, 50, 60, 70]);
    expect(peers.groups[2]?.checks['sitemap-present']).toEqual({ applicable: 6, passing: 5 });
    const text = JSON.stringify(peers);
    for (const site of [...group, ...others]) expect(text).not.toContain(site.institution.name);
    expect(text).not.toMatch(/example\.test|https?:/);
  });
});
