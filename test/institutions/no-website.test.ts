// Institutions a registry lists without a website: the study cannot audit them, but counts them
// by kind and stratum so that the report shows the whole population beside the audited sites.
import { describe, expect, it } from 'vitest';
import { parseSitesCsv, selectInstitutions, writeSitesCsv } from '../../src/institutions/index.js';

const registry =
  'name,url,insee,kind\n' +
  'Laval,https://www.laval.test/,53130,commune\n' +
  'Ahuillé,none,53001,commune\n' +
  'Alexain,NONE,53002,commune\n' +
  'Ambrières-les-Vallées,none,53003,commune\n' +
  // The same commune twice, once with a website: it is audited, not counted without one.
  'Andouillé,none,53005,commune\n' +
  'Andouillé,https://andouille.test/,53005,commune\n' +
  'Angers,none,49007,commune\n' +
  // An empty URL is still a mistake in the registry, not an institution without a website.
  'Sans URL,,53007,commune\n';

describe('the URL none in a sites CSV', () => {
  const result = parseSitesCsv(registry);

  it('counts each institution without a website by kind and stratum, skipped as no website, never as a problem', () => {
    expect(result.institutions.map((institution) => institution.id)).toEqual(['53130', '53005']);
    expect(result.withoutWebsite?.map((institution) => institution.id)).toEqual(['53001', '53002', '53003', '49007']);
    expect(result.summary.skipped).toEqual({ 'no website': 5, 'missing URL': 1 });
    expect(result.summary.read).toBe(result.summary.kept + result.summary.merged + 6);
    // Strata in population order, smallest first.
    expect(result.summary.noWebsite).toEqual([
      { kind: 'commune', stratum: '500-1999', count: 2 },
      { kind: 'commune', stratum: '2000-3499', count: 1 },
      { kind: 'commune', stratum: '100000+', count: 1 },
    ]);
    expect(result.problems.map((problem) => problem.reason)).toEqual(['no URL']);
  });

  it('is written back as none and read again as the same institutions', () => {
    const written = writeSitesCsv(result.institutions, result.withoutWebsite);
    expect(written.split('\n').filter((line) => line.includes(',none,'))).toHaveLength(4);
    const again = parseSitesCsv(written);
    expect(again.institutions).toEqual(result.institutions);
    expect(again.withoutWebsite).toEqual(result.withoutWebsite);
  });

  it('passes the filters like the others and is not sampled: the count describes the filtered registry', () => {
    const mayenne = selectInstitutions(result, { filters: { departement: ['53'] }, sample: { size: 1, seed: 'x' } });
    expect(mayenne.institutions).toHaveLength(1);
    expect(mayenne.withoutWebsite?.map((institution) => institution.id)).toEqual(['53001', '53002', '53003']);
    expect(mayenne.summary.noWebsite).toEqual([
      { kind: 'commune', stratum: '500-1999', count: 2 },
      { kind: 'commune', stratum: '2000-3499', count: 1 },
    ]);
    const none = selectInstitutions(result, { filters: { departement: ['72'] } });
    expect(none.withoutWebsite).toBeUndefined();
    expect(none.summary.noWebsite).toBeUndefined();
  });
});
