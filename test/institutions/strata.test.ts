import { describe, expect, it } from 'vitest';
import { allCommunes } from '../../src/institutions/geography.js';
import { bandOf, defaultStrata, strataFromThresholds, stratumByLabel, stratumOf } from '../../src/institutions/strata.js';

describe('default strata', () => {
  it('are the eleven bands of French local-finance statistics', () => {
    expect(defaultStrata.bands.map((band) => band.label)).toEqual([
      '0-99',
      '100-199',
      '200-499',
      '500-1999',
      '2000-3499',
      '3500-4999',
      '5000-9999',
      '10000-19999',
      '20000-49999',
      '50000-99999',
      '100000+',
    ]);
  });

  it('put each boundary population in the band it opens', () => {
    const cases: [number, string][] = [
      [0, '0-99'],
      [99, '0-99'],
      [100, '100-199'],
      [199, '100-199'],
      [200, '200-499'],
      [499, '200-499'],
      [500, '500-1999'],
      [999, '500-1999'],
      [1000, '500-1999'],
      [1999, '500-1999'],
      [2000, '2000-3499'],
      [3499, '2000-3499'],
      [3500, '3500-4999'],
      [4999, '3500-4999'],
      [5000, '5000-9999'],
      [9999, '5000-9999'],
      [10000, '10000-19999'],
      [19999, '10000-19999'],
      [20000, '20000-49999'],
      [49999, '20000-49999'],
      [50000, '50000-99999'],
      [99999, '50000-99999'],
      [100000, '100000+'],
      [2_103_778, '100000+'],
    ];
    for (const [population, label] of cases) expect(stratumOf(population), `population ${population}`).toBe(label);
  });

  it('give no stratum to an unknown or impossible population', () => {
    expect(stratumOf(undefined)).toBeUndefined();
    expect(stratumOf(Number.NaN)).toBeUndefined();
    expect(stratumOf(-1)).toBeUndefined();
  });

  it('carry French and English titles for reports', () => {
    expect(stratumByLabel('5000-9999')?.title).toEqual({ fr: '5\u00a0000 à 9\u00a0999 hab.', en: '5,000 to 9,999 inhabitants' });
    expect(stratumByLabel('100000+')?.title).toEqual({ fr: '100\u00a0000 hab. et plus', en: '100,000 inhabitants and over' });
    expect(stratumByLabel('0-99')?.title).toEqual({ fr: 'moins de 100 hab.', en: 'under 100 inhabitants' });
    expect(bandOf(150)?.title.fr).toBe('100 à 199 hab.');
  });
});

describe('configured strata', () => {
  it('are built from ascending lower bounds', () => {
    const strata = strataFromThresholds([1000, 3500]);
    expect(strata.bands.map((band) => [band.label, band.min, band.max])).toEqual([
      ['0-999', 0, 999],
      ['1000-3499', 1000, 3499],
      ['3500+', 3500, undefined],
    ]);
    expect(stratumOf(999, strata)).toBe('0-999');
    expect(stratumOf(1000, strata)).toBe('1000-3499');
    expect(stratumOf(3500, strata)).toBe('3500+');
  });

  it('refuse bounds that do not increase or are not whole numbers', () => {
    expect(() => strataFromThresholds([1000, 500])).toThrow(/must increase/);
    expect(() => strataFromThresholds([1000, 1000])).toThrow(/must increase/);
    expect(() => strataFromThresholds([0])).toThrow(/positive whole number/);
    expect(() => strataFromThresholds([12.5])).toThrow(/positive whole number/);
  });
});

describe('the 2026 split of communes across the default strata', () => {
  const figures = [3400, 5403, 9453, 11110, 2255, 1003, 1203, 564, 350, 92, 42];
  const split = (keep: (zone: string) => boolean) => {
    const counts = new Map<string, number>(defaultStrata.bands.map((band) => [band.label, 0]));
    let withoutPopulation = 0;
    for (const commune of allCommunes()) {
      if (commune.type !== 'commune-actuelle' || !keep(commune.zone)) continue;
      const label = stratumOf(commune.population);
      if (label === undefined) withoutPopulation++;
      else counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return { counts: [...counts.values()], withoutPopulation };
  };

  it("matches DOMAIN.md's figures for metropolitan and overseas-département communes", () => {
    const { counts, withoutPopulation } = split((zone) => zone === 'metro' || zone === 'drom');
    expect(counts).toEqual(figures);
    expect(withoutPopulation).toBe(0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(34_875);
  });

  it('differs from them by the 94 communes of the overseas collectivités (zone com), 6 of them without population', () => {
    const all = split(() => true);
    expect(all.counts.reduce((a, b) => a + b, 0) + all.withoutPopulation).toBe(34_969);
    expect(all.withoutPopulation).toBe(6);
    const com = split((zone) => zone === 'com');
    expect(com.counts.reduce((a, b) => a + b, 0) + com.withoutPopulation).toBe(94);
    expect(all.counts).toEqual(figures.map((figure, index) => figure + (com.counts[index] ?? 0)));
  });
});
