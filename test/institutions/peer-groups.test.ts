import { describe, expect, it } from 'vitest';
import { filterInstitutions, groupPeers, peerGroupKey } from '../../src/institutions/index.js';
import type { Institution } from '../../src/model/index.js';

const laval: Institution = {
  id: '53130',
  name: 'Laval',
  kind: 'commune',
  url: 'https://laval.test/',
  insee: '53130',
  population: 49400,
  stratum: '20000-49999',
  departement: '53',
  region: '52',
  extra: { canton: 'Laval-1' },
};
const mamers: Institution = { ...laval, id: '72180', name: 'Mamers', population: 4996, stratum: '3500-4999', departement: '72', extra: {} };
const agglo: Institution = {
  id: '200083392',
  name: 'Agglo',
  kind: 'epci',
  url: 'https://agglo.test/',
  population: 114872,
  stratum: '100000+',
  departement: '53',
  region: '52',
};
const unknown: Institution = { id: 'x-test', name: 'x.test', kind: 'other', url: 'https://x.test/' };

describe('peerGroupKey', () => {
  it('is kind × stratum by default', () => {
    expect(peerGroupKey(laval)).toBe('commune × 20000-49999');
    expect(peerGroupKey(unknown)).toBe('other × unknown');
  });

  it('is any column of the sites file when asked, extra columns included', () => {
    expect(peerGroupKey(laval, 'departement')).toBe('53');
    expect(peerGroupKey(laval, 'canton')).toBe('Laval-1');
    expect(peerGroupKey(mamers, 'canton')).toBe('unknown');
    expect(peerGroupKey(laval, 'region, kind')).toBe('52 × commune');
  });
});

describe('groupPeers', () => {
  it('says which groups are too small to compare (fewer than 5)', () => {
    const communes = Array.from({ length: 5 }, (_, index) => ({ ...laval, id: `c${index}` }));
    const groups = groupPeers([...communes, mamers]);
    expect(groups.map((group) => [group.key, group.members.length, group.comparable])).toEqual([
      ['commune × 20000-49999', 5, true],
      ['commune × 3500-4999', 1, false],
    ]);
  });
});

describe('filterInstitutions', () => {
  const list = [laval, mamers, agglo, unknown];
  const ids = (filters: Parameters<typeof filterInstitutions>[1]) => filterInstitutions(list, filters).map((institution) => institution.id);

  it('filters by kind, département, région and stratum', () => {
    expect(ids({ kind: ['epci'] })).toEqual(['200083392']);
    expect(ids({ departement: ['53'] })).toEqual(['53130', '200083392']);
    expect(ids({ region: ['52'] })).toEqual(['53130', '72180', '200083392']);
    expect(ids({ stratum: ['3500-4999', '100000+'] })).toEqual(['72180', '200083392']);
    expect(ids({ kind: ['commune'], departement: ['72'] })).toEqual(['72180']);
  });

  it('bounds population inclusively, leaving out unknown populations', () => {
    expect(ids({ minPopulation: 4996 })).toEqual(['53130', '72180', '200083392']);
    expect(ids({ minPopulation: 4997, maxPopulation: 49400 })).toEqual(['53130']);
    expect(ids({ maxPopulation: 4995 })).toEqual([]);
  });

  it('keeps everything with no filter', () => {
    expect(ids({})).toEqual(['53130', '72180', '200083392', 'x-test']);
  });
});
