// Expected figures read by hand from node_modules/@etalab/decoupage-administratif/data/*.json
// (communes.json `population`, epci.json `populationMunicipale`), strata from the band bounds.
import { describe, expect, it } from 'vitest';
import { enrichInstitution, type Enrichment } from '../../src/institutions/enrich.js';
import type { Institution } from '../../src/model/index.js';

const kept = (enrichment: Enrichment): Institution => {
  if (!enrichment.ok) throw new Error(`skipped: ${enrichment.reason}`);
  return enrichment.institution;
};
const commune = (insee: string) => kept(enrichInstitution({ url: 'https://mairie.test/', insee }));

describe('enrichment from an INSEE code', () => {
  it.each([
    // code, name, population, stratum (a population on or next to a band bound where possible)
    ['04095', "L'Hospitalet", 99, '0-99'],
    ['02485', 'Missy-aux-Bois', 100, '100-199'],
    ['02127', 'Bruyères-sur-Fère', 199, '100-199'],
    ['02506', 'Montgobert', 200, '200-499'],
    ['29091', 'Kerlouan', 1999, '500-1999'],
    ['12199', 'Rignac', 2000, '2000-3499'],
    ['37054', 'Chanceaux-sur-Choisille', 3499, '2000-3499'],
    ['38061', 'La Buisse', 3500, '3500-4999'],
    ['72180', 'Mamers', 4996, '3500-4999'],
    ['06159', 'Villefranche-sur-Mer', 5008, '5000-9999'],
    ['59426', 'Neuville-en-Ferrain', 10002, '10000-19999'],
    ['26058', 'Bourg-lès-Valence', 19992, '10000-19999'],
    ['53130', 'Laval', 49400, '20000-49999'],
    ['85191', 'La Roche-sur-Yon', 54849, '50000-99999'],
    ['49007', 'Angers', 159022, '100000+'],
    ['75056', 'Paris', 2103778, '100000+'],
  ])('%s is %s, %i inhabitants, stratum %s', (insee, name, population, stratum) => {
    expect(commune(insee)).toMatchObject({ id: insee, kind: 'commune', insee, name, population, stratum });
  });

  it('fills SIREN, département, région and EPCI', () => {
    expect(commune('53130')).toMatchObject({ siren: '215301300', departement: '53', region: '52', epci: '200083392' });
    expect(commune('06159')).toMatchObject({ departement: '06', region: '93', epci: '200030195' });
  });

  it('keeps what the registry gives over the package: name and population', () => {
    const laval = kept(enrichInstitution({ url: 'https://laval.test/', insee: '53130', name: 'Ville de Laval', population: 50100 }));
    expect(laval).toMatchObject({ name: 'Ville de Laval', population: 50100, stratum: '50000-99999' });
  });

  it('restores the leading zero a spreadsheet dropped', () => {
    expect(commune('1015')).toMatchObject({ id: '01015', name: 'Arboys en Bugey', population: 710 });
  });

  it('follows a commune déléguée or a former code to the current commune, and says so', () => {
    const alleuds = enrichInstitution({ url: 'https://alleuds.test/', insee: '49001' });
    expect(kept(alleuds)).toMatchObject({ id: '49050', insee: '49050', name: 'Brissac Loire Aubance', population: 10878 });
    expect(alleuds.ok && alleuds.notes).toEqual([
      'INSEE code 49001 is the commune déléguée Les Alleuds; now part of Brissac Loire Aubance (49050)',
    ]);
    const saintBois = enrichInstitution({ url: 'https://saint-bois.test/', insee: '01340' });
    expect(kept(saintBois).insee).toBe('01015');
  });

  it('skips an unknown or malformed code with its reason', () => {
    expect(enrichInstitution({ url: 'https://x.test/', insee: '99999' })).toEqual({
      ok: false,
      category: 'unknown INSEE code',
      reason: 'unknown INSEE code 99999 (not in @etalab/decoupage-administratif 6.0.0)',
    });
    expect(enrichInstitution({ url: 'https://x.test/', insee: 'Laval' })).toMatchObject({ ok: false, category: 'malformed INSEE code' });
  });

  it('reports a département that contradicts the INSEE code and keeps the given one', () => {
    const result = enrichInstitution({ url: 'https://laval.test/', insee: '53130', departement: '49' });
    expect(kept(result).departement).toBe('49');
    expect(result.ok && result.notes).toEqual([
      "departement 49 differs from Laval's (53) in @etalab/decoupage-administratif 6.0.0; kept as given",
    ]);
  });
});

describe('enrichment from a SIREN', () => {
  it('finds a commune by its SIREN and takes its INSEE code as identity', () => {
    expect(kept(enrichInstitution({ url: 'https://laval.test/', siren: '215 301 300' }))).toMatchObject({
      id: '53130',
      kind: 'commune',
      insee: '53130',
      population: 49400,
    });
  });

  it('finds an EPCI: name, population municipale, and the département holding most of its inhabitants', () => {
    expect(kept(enrichInstitution({ url: 'https://agglo.test/', siren: '200083392' }))).toMatchObject({
      id: '200083392',
      kind: 'epci',
      name: 'CA Laval Agglomération',
      population: 114872,
      stratum: '100000+',
      departement: '53',
      region: '52',
    });
    // CA Beaune, Côte et Sud: 43,397 inhabitants in Côte-d'Or (21), 7,195 in Saône-et-Loire (71).
    expect(kept(enrichInstitution({ url: 'https://beaune.test/', siren: '200006682' }))).toMatchObject({
      population: 50592,
      departement: '21',
      region: '27',
    });
  });

  it('keeps an institution whose SIREN the package does not know, unenriched, and says so', () => {
    const result = enrichInstitution({ url: 'https://syndicat.test/', siren: '999000003', name: 'Syndicat' });
    expect(kept(result)).toMatchObject({ id: '999000003', kind: 'other', siren: '999000003' });
    expect(kept(result).population).toBeUndefined();
    expect(result.ok && result.notes[0]).toMatch(/SIREN 999000003 is not in/);
  });
});

describe('départements and régions', () => {
  it('get the population of their communes summed, and their région', () => {
    expect(kept(enrichInstitution({ url: 'https://cd53.test/', kind: 'departement', departement: '53', name: 'CD 53' }))).toMatchObject({
      region: '52',
      population: 305468,
      stratum: '100000+',
      id: 'cd53-test',
    });
  });
});
