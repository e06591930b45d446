// The validation kit's arithmetic: the stratified sample for review and the agreement figures,
// against a small table worked by hand.
import { describe, expect, it } from 'vitest';
import type { MaturityLevel } from '../../src/model/index.js';
import {
  agreementFigures,
  allocate,
  drawReviewSample,
  labellingSheet,
  parseLabels,
  precisionRecall,
  type ReviewCandidate,
} from '../../src/report/validation.js';

const cmsCycle = ['wordpress', 'drupal', 'spip', ''];

/** 200 candidates: communes at levels 0 (80), 1 (60), 2 (40), 3 (12), and 8 EPCI at level 2. */
function candidates(): ReviewCandidate[] {
  const list: ReviewCandidate[] = [];
  const add = (count: number, kind: string, level: MaturityLevel) => {
    for (let i = 0; i < count; i += 1) {
      const n = list.length;
      list.push({ id: `s${String(n).padStart(3, '0')}`, url: `https://site-${n}.test/`, kind, level, cms: cmsCycle[n % 4]! });
    }
  };
  add(80, 'commune', 0);
  add(60, 'commune', 1);
  add(40, 'commune', 2);
  add(12, 'commune', 3);
  add(8, 'epci', 2);
  return list;
}

describe('sample-for-review', () => {
  it('shares the sample equally between strata, a small stratum giving all it has', () => {
    // 150 over 5 strata: 30 each; level 3 (12) and the EPCI (8) give all they have, and the
    // 150 − 3 × 30 − 12 − 8 = 40 left go round the three others, 13 each, of which level 2 (40
    // sites) can take only 10; the last 4 go to the two still open, 2 each.
    expect(allocate([80, 60, 40, 12, 8], 150)).toEqual([30 + 13 + 2, 30 + 13 + 2, 40, 12, 8]);
    expect(allocate([3, 2], 10)).toEqual([3, 2]);
    expect(allocate([5, 5, 5], 4)).toEqual([2, 1, 1]);
  });

  it('draws the same sites in the same order for the same seed, whatever order the sites come in', () => {
    const sites = candidates();
    const first = drawReviewSample(sites, 150, '2026-03');
    const again = drawReviewSample([...sites].reverse(), 150, '2026-03');
    expect(again.sites.map((site) => site.id)).toEqual(first.sites.map((site) => site.id));
    expect(first.sites).toHaveLength(150);
    expect(new Set(first.sites.map((site) => site.id)).size).toBe(150);
    const other = drawReviewSample(sites, 150, 'autre');
    expect(other.sites.map((site) => site.id)).not.toEqual(first.sites.map((site) => site.id));
  });

  it('draws each stratum’s quota, CMS by CMS', () => {
    const sample = drawReviewSample(candidates(), 150, '2026-03');
    const count = (kind: string, level: number) => sample.sites.filter((site) => site.kind === kind && site.level === level);
    // Strata in key order: commune 0, 1, 2, 3, then epci 2.
    expect(
      [count('commune', 0), count('commune', 1), count('commune', 2), count('commune', 3), count('epci', 2)].map((s) => s.length),
    ).toEqual([45, 45, 40, 12, 8]);
    // Level 0 communes: 80 sites, 20 per CMS (ids cycle through 4 CMSs); 45 drawn, CMS after CMS: 12, 11, 11, 11.
    const byCms = new Map<string, number>();
    for (const site of count('commune', 0)) byCms.set(site.cms, (byCms.get(site.cms) ?? 0) + 1);
    expect([...byCms.values()].sort()).toEqual([11, 11, 11, 12]);
  });

  it('writes a blind sheet: id and URL, an empty level, no muniseo output, in an order that hides the strata', () => {
    const sample = drawReviewSample(candidates(), 20, 'x');
    const sheet = labellingSheet(sample, 'fr').trimEnd().split('\r\n');
    expect(sheet[0]).toBe('id,url,niveau,remarques');
    expect(sheet).toHaveLength(21);
    for (const line of sheet.slice(1)) expect(line).toMatch(/^s\d{3},https:\/\/site-\d+\.test\/,,$/);
    expect(labellingSheet(sample, 'en').split('\r\n')[0]).toBe('id,url,level,notes');
    const levels = sample.sites.map((site) => site.level);
    expect(levels).not.toEqual([...levels].sort());
  });
});

describe('agreement', () => {
  // Worked by hand (linear weights |i − j| / 3, quadratic ((i − j) / 3)²):
  // A: 0 0 1 1 2 2 3 3, B: 0 1 1 1 2 3 3 2 over s1…s8. Disagreements s2, s6, s8 at one level:
  // observed linear 3 × 1/3 = 1. Marginals A 2 2 2 2, B 1 3 2 2; expected = ¼ Σ c_j S_j with
  // S = (2, 4/3, 4/3, 2): ¼ (2 + 4 + 8/3 + 4) = 19/6; κ = 1 − 6/19 = 13/19.
  // Quadratic: observed 1/3; S = (14/9, 6/9, 6/9, 14/9): expected ¼ · 8 = 2; κ = 1 − 1/6 = 5/6.
  // C rates s2 = 1 (as B: settled at 1) and s6 = 0 (as neither: the lower of 2 and 3, 2);
  // s8 has no third label: the lower of 3 and 2, 2. Consensus 0 1 1 1 2 2 3 2.
  // muniseo 0 0 1 2 2 3 3 1: exact 4/8; linear observed 4/3, marginals 2 2 2 2 and 1 3 3 1,
  // expected ¼ (2 + 4 + 4 + 2) = 3, κ = 1 − 4/9 = 5/9. Level ≥ 2: s5, s6, s7 confirmed, s4 not
  // (FP), s8 missed (FN): precision 3/4, recall 3/4.
  // A/C over s2, s6: (0, 1), (2, 0): observed 1, expected (1/3 + 0 + 1/3 + 2/3)/2 = 2/3, κ = −1/2.
  // B/C: (1, 1), (3, 0): observed 1, expected (0 + 1/3 + 2/3 + 1)/2 = 1, κ = 0.
  // s9 is rated by A and B but was not audited: left out everywhere.
  const labels = (levels: Record<string, number>) => new Map(Object.entries(levels)) as Map<string, MaturityLevel>;
  const a = labels({ s1: 0, s2: 0, s3: 1, s4: 1, s5: 2, s6: 2, s7: 3, s8: 3, s9: 0 });
  const b = labels({ s1: 0, s2: 1, s3: 1, s4: 1, s5: 2, s6: 3, s7: 3, s8: 2, s9: 3 });
  const c = labels({ s2: 1, s6: 0 });
  const muniseo = labels({ s1: 0, s2: 0, s3: 1, s4: 2, s5: 2, s6: 3, s7: 3, s8: 1 });

  it('gives the weighted kappas worked by hand, between labellers and against the consensus', () => {
    const figures = agreementFigures(
      [
        { name: 'a.csv', labels: a },
        { name: 'b.csv', labels: b },
        { name: 'c.csv', labels: c },
      ],
      muniseo,
    );
    expect(figures.labellers).toEqual([
      { first: 'a.csv', second: 'b.csv', sites: 8, kappa: expect.closeTo(13 / 19, 12), exact: 5 / 8 },
      { first: 'a.csv', second: 'c.csv', sites: 2, kappa: expect.closeTo(-1 / 2, 12), exact: 0 },
      { first: 'b.csv', second: 'c.csv', sites: 2, kappa: expect.closeTo(0, 12), exact: 1 / 2 },
    ]);
    expect(figures.settled).toEqual({ agreed: 5, byThird: 1, lowerLevel: 2 });
    expect(figures.sites).toBe(8);
    expect(figures.muniseo).toEqual({ sites: 8, kappa: expect.closeTo(5 / 9, 12), exact: 1 / 2 });
    expect(figures.deliberate).toEqual({ truePositives: 3, falsePositives: 1, falseNegatives: 1 });
    expect(precisionRecall(figures.deliberate)).toEqual({ precision: 3 / 4, recall: 3 / 4 });
  });

  it('weighs quadratically when asked', () => {
    const figures = agreementFigures(
      [
        { name: 'a', labels: a },
        { name: 'b', labels: b },
      ],
      muniseo,
      'quadratic',
    );
    expect(figures.labellers[0]!.kappa).toBeCloseTo(5 / 6, 12);
    // Without a third labeller, every disagreement goes to the lower level: s2 0, s6 2, s8 2.
    expect(figures.settled).toEqual({ agreed: 5, byThird: 0, lowerLevel: 3 });
  });

  it('reads a labelled sheet in either language, blank levels unrated, and refuses a level outside 0–3', () => {
    expect(parseLabels('id,url,niveau,remarques\r\ns1,https://a.test/,2,\r\ns2,https://b.test/,,pas vu\r\n', 'a.csv')).toEqual(
      new Map([['s1', 2]]),
    );
    expect(parseLabels('\uFEFFid;url;level;notes\ns1;https://a.test/;3;\n', 'b.csv')).toEqual(new Map([['s1', 3]]));
    expect(() => parseLabels('id,url,level\ns1,u,4\n', 'c.csv')).toThrow('c.csv:2: level "4" is not 0, 1, 2 or 3');
    expect(() => parseLabels('id,url,level\ns1,u,1\ns1,u,2\n', 'd.csv')).toThrow('d.csv:3: site s1 rated twice');
    expect(() => parseLabels('url,level\nu,1\n', 'e.csv')).toThrow('e.csv: needs the columns id and level (or niveau)');
  });
});
