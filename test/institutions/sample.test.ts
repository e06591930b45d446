import { describe, expect, it } from 'vitest';
import { largestRemainderQuotas, stratifiedSample } from '../../src/institutions/sample.js';
import type { Institution } from '../../src/model/index.js';

/** 60 communes of 5000-9999, 30 of 500-1999, 10 of 100000+. */
function registry(): Institution[] {
  const make = (stratum: string, count: number, offset: number) =>
    Array.from(
      { length: count },
      (_, index): Institution => ({
        id: `c${offset + index}`,
        name: `Commune ${offset + index}`,
        kind: 'commune',
        url: `https://c${offset + index}.test/`,
        stratum,
      }),
    );
  return [...make('5000-9999', 60, 0), ...make('500-1999', 30, 60), ...make('100000+', 10, 90)];
}

const countBy = (list: Institution[]) => {
  const counts: Record<string, number> = {};
  for (const institution of list) counts[institution.stratum ?? '?'] = (counts[institution.stratum ?? '?'] ?? 0) + 1;
  return counts;
};

describe('stratifiedSample', () => {
  it('draws the same sites for the same seed, whatever the order of the list', () => {
    const list = registry();
    const first = stratifiedSample(list, 20, 'étude-2026').map((institution) => institution.id);
    const again = stratifiedSample([...list].reverse(), 20, 'étude-2026').map((institution) => institution.id);
    expect(first).toHaveLength(20);
    expect([...again].sort()).toEqual([...first].sort());
  });

  it('draws other sites for another seed', () => {
    const list = registry();
    const a = stratifiedSample(list, 20, 1).map((institution) => institution.id);
    const b = stratifiedSample(list, 20, 2).map((institution) => institution.id);
    expect(a).not.toEqual(b);
  });

  it("keeps each stratum's share: 60/30/10 of 100 sampled down to 20 gives 12/6/2", () => {
    expect(countBy(stratifiedSample(registry(), 20, 7))).toEqual({ '5000-9999': 12, '500-1999': 6, '100000+': 2 });
  });

  it('shares the seats left by the largest remainder: 60/30/10 down to 7 gives 4/2/1', () => {
    // Exact shares 4.2, 2.1, 0.7: whole parts 4+2+0 = 6, the seventh seat goes to the 0.7.
    expect(countBy(stratifiedSample(registry(), 7, 7))).toEqual({ '5000-9999': 4, '500-1999': 2, '100000+': 1 });
  });

  it('keeps the order of the list and returns the whole list when n is not smaller', () => {
    const list = registry();
    const sample = stratifiedSample(list, 10, 'x');
    const positions = sample.map((institution) => list.indexOf(institution));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(stratifiedSample(list, 500, 'x')).toEqual(list);
  });

  it('groups by any column when asked', () => {
    const list = registry().map((institution, index) => ({ ...institution, departement: index % 4 === 0 ? '53' : '72' }));
    expect(stratifiedSample(list, 20, 's', 'departement').filter((institution) => institution.departement === '53')).toHaveLength(5);
  });
});

describe('largestRemainderQuotas', () => {
  it('breaks equal remainders in favour of the larger group, then by key', () => {
    const quotas = largestRemainderQuotas(
      [
        { key: 'b', size: 1 },
        { key: 'a', size: 1 },
        { key: 'c', size: 1 },
      ],
      2,
    );
    expect(Object.fromEntries(quotas)).toEqual({ a: 1, b: 1, c: 0 });
    expect([...quotas.values()].reduce((sum, n) => sum + n, 0)).toBe(2);
  });
});
