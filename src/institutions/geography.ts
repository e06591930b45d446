// The official geography from @etalab/decoupage-administratif 6.0.0 (INSEE's 2026 code).
// Its index.js resolves data paths against the working directory and breaks, so the JSON
// files are required directly; communes.json is 8 MB, hence loaded once and only on demand.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type CommuneType = 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';

/** An entry of data/communes.json (fields muniseo uses). */
export interface CommuneRecord {
  code: string;
  nom: string;
  type: CommuneType;
  zone: 'metro' | 'drom' | 'com';
  departement: string;
  region: string;
  siren?: string;
  population?: number;
  /** For a commune déléguée or associée: the commune it now belongs to. */
  chefLieu?: string;
  /** For an arrondissement municipal: its commune (Paris, Lyon, Marseille). */
  commune?: string;
  /** Codes of communes merged into this one. */
  anciensCodes?: string[];
}

export interface EpciRecord {
  /** The EPCI's SIREN. */
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string; siren: string; nom: string; populationMunicipale?: number }[];
}

export interface AreaRecord {
  code: string;
  nom: string;
  region?: string;
  chefLieu: string;
}

/** How an INSEE code was resolved to a current commune. */
export interface CommuneMatch {
  commune: CommuneRecord;
  /** Set when the code given was not the commune's own: why it led here. */
  via?: string;
}

interface Geography {
  communes: CommuneRecord[];
  current: Map<string, CommuneRecord>;
  former: Map<string, { code: string; via: string }>;
  communeBySiren: Map<string, CommuneRecord>;
  epciBySiren: Map<string, EpciRecord>;
  epciOfCommune: Map<string, EpciRecord>;
  departements: Map<string, AreaRecord>;
  regions: Map<string, AreaRecord>;
  departementPopulation: Map<string, number>;
  regionPopulation: Map<string, number>;
}

let loaded: Geography | undefined;

function geography(): Geography {
  if (loaded) return loaded;
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as CommuneRecord[];
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as EpciRecord[];
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as AreaRecord[];
  const regions = require('@etalab/decoupage-administratif/data/regions.json') as AreaRecord[];

  const current = new Map<string, CommuneRecord>();
  const communeBySiren = new Map<string, CommuneRecord>();
  const departementPopulation = new Map<string, number>();
  const regionPopulation = new Map<string, number>();
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle') continue;
    current.set(commune.code, commune);
    if (commune.siren) communeBySiren.set(commune.siren, commune);
    const population = commune.population ?? 0;
    departementPopulation.set(commune.departement, (departementPopulation.get(commune.departement) ?? 0) + population);
    regionPopulation.set(commune.region, (regionPopulation.get(commune.region) ?? 0) + population);
  }
  // A code that is no longer a current commune's still names a place: a commune déléguée
  // shares or keeps its code, a merged commune's code lives on in `anciensCodes`.
  const former = new Map<string, { code: string; via: string }>();
  for (const commune of communes) {
    if (current.has(commune.code) || former.has(commune.code)) continue;
    if (commune.type === 'arrondissement-municipal' && commune.commune) {
      former.set(commune.code, { code: commune.commune, via: `arrondissement ${commune.nom}` });
    } else if (commune.chefLieu) {
      const kind = commune.type === 'commune-deleguee' ? 'commune déléguée' : 'commune associée';
      former.set(commune.code, { code: commune.chefLieu, via: `${kind} ${commune.nom}` });
    }
  }
  for (const commune of current.values()) {
    for (const old of commune.anciensCodes ?? []) {
      if (!current.has(old) && !former.has(old)) former.set(old, { code: commune.code, via: `former code ${old}` });
    }
  }

  const epciBySiren = new Map<string, EpciRecord>();
  const epciOfCommune = new Map<string, EpciRecord>();
  for (const epci of epcis) {
    epciBySiren.set(epci.code, epci);
    for (const member of epci.membres) epciOfCommune.set(member.code, epci);
  }

  loaded = {
    communes,
    current,
    former,
    communeBySiren,
    epciBySiren,
    epciOfCommune,
    departements: new Map(departements.map((d) => [d.code, d])),
    regions: new Map(regions.map((r) => [r.code, r])),
    departementPopulation,
    regionPopulation,
  };
  return loaded;
}

/** Every entry of communes.json, all types. */
export function allCommunes(): readonly CommuneRecord[] {
  return geography().communes;
}

/** The current commune an INSEE code designates, following former and delegated codes. */
export function communeByInsee(code: string): CommuneMatch | undefined {
  const geo = geography();
  const direct = geo.current.get(code);
  if (direct) return { commune: direct };
  const former = geo.former.get(code);
  const target = former && geo.current.get(former.code);
  return target && former ? { commune: target, via: former.via } : undefined;
}

export function communeBySiren(siren: string): CommuneRecord | undefined {
  return geography().communeBySiren.get(siren);
}

export function epciBySiren(siren: string): EpciRecord | undefined {
  return geography().epciBySiren.get(siren);
}

/** The EPCI à fiscalité propre a current commune belongs to. */
export function epciOfCommune(inseeCode: string): EpciRecord | undefined {
  return geography().epciOfCommune.get(inseeCode);
}

export function departementByCode(code: string): AreaRecord | undefined {
  return geography().departements.get(code);
}

export function regionByCode(code: string): AreaRecord | undefined {
  return geography().regions.get(code);
}

export function allDepartements(): AreaRecord[] {
  return [...geography().departements.values()];
}

export function allRegions(): AreaRecord[] {
  return [...geography().regions.values()];
}

/** Sum of the population municipale of the département's current communes (the package has none). */
export function departementPopulation(code: string): number | undefined {
  return geography().departementPopulation.get(code);
}

export function regionPopulation(code: string): number | undefined {
  return geography().regionPopulation.get(code);
}

/** Where most of an EPCI's inhabitants live: its département and région. */
export function epciHome(epci: EpciRecord): { departement?: string; region?: string } {
  const byDepartement = new Map<string, number>();
  let region: string | undefined;
  let best = -1;
  let departement: string | undefined;
  for (const member of epci.membres) {
    const commune = geography().current.get(member.code);
    if (!commune) continue;
    const total = (byDepartement.get(commune.departement) ?? 0) + (member.populationMunicipale ?? 0);
    byDepartement.set(commune.departement, total);
    if (total > best) {
      best = total;
      departement = commune.departement;
      region = commune.region;
    }
  }
  return { departement, region };
}
