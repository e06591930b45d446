// Enrichment: an INSEE code or a SIREN → name, population, département, région, EPCI,
// stratum, from the official geography. Registries are joined on these codes, never on
// names (homonyms are common: there are dozens of Saint-Martin).
import {
  communeByInsee,
  communeBySiren,
  departementByCode,
  departementPopulation,
  epciBySiren,
  epciHome,
  epciOfCommune,
  regionByCode,
  regionPopulation,
  type CommuneRecord,
  type EpciRecord,
} from './geography.js';
import { defaultStrata, stratumOf } from './strata.js';
import type { StrataConfig } from './types.js';
import type { Institution, InstitutionKind } from '../model/index.js';
import { hostLabel, hostSlug } from './website.js';

const packageName = '@etalab/decoupage-administratif 6.0.0';

/** An institution as a registry describes it, before identity and enrichment. */
export interface InstitutionDraft {
  /** An explicit identity (the sites CSV's `id` column). */
  id?: string;
  name?: string;
  kind?: InstitutionKind;
  url: string;
  insee?: string;
  siren?: string;
  population?: number;
  stratum?: string;
  departement?: string;
  region?: string;
  epci?: string;
  extra?: Record<string, string>;
}

export type Enrichment =
  /** `notes`: what was wrong but mended or left as given, to report with the record's line. */
  | { ok: true; institution: Institution; notes: string[] }
  /** `category` counts the skip in the summary; `reason` is reported with the record's line. */
  | { ok: false; category: string; reason: string };

/** `1001` (a code that lost its leading zero in a spreadsheet) → `01001`; `2a004` → `2A004`. */
export function normaliseInsee(code: string): string {
  const trimmed = code.trim().toUpperCase();
  return /^\d{4}$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/** `1` → `01`, `2a` → `2A`; overseas codes (`971`) stay as they are. */
export function normaliseAreaCode(code: string): string {
  const trimmed = code.trim().toUpperCase();
  return /^\d$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

export function enrichInstitution(draft: InstitutionDraft, strata: StrataConfig = defaultStrata): Enrichment {
  const notes: string[] = [];
  let commune: CommuneRecord | undefined;
  let insee: string | undefined;
  if (draft.insee !== undefined && draft.insee.trim() !== '') {
    const code = normaliseInsee(draft.insee);
    if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) {
      return { ok: false, category: 'malformed INSEE code', reason: `malformed INSEE code "${draft.insee}"` };
    }
    const match = communeByInsee(code);
    if (!match) {
      return { ok: false, category: 'unknown INSEE code', reason: `unknown INSEE code ${code} (not in ${packageName})` };
    }
    commune = match.commune;
    insee = commune.code;
    if (match.via) notes.push(`INSEE code ${code} is the ${match.via}; now part of ${commune.nom} (${commune.code})`);
  }

  let siren: string | undefined;
  let epci: EpciRecord | undefined;
  if (draft.siren !== undefined && draft.siren.trim() !== '') {
    const given = draft.siren.replace(/\s/g, '');
    if (!/^\d{9}$/.test(given)) {
      notes.push(`malformed SIREN "${draft.siren}" left out`);
    } else {
      siren = given;
      const sirenCommune = communeBySiren(given);
      epci = epciBySiren(given);
      if (sirenCommune && commune && sirenCommune.code !== commune.code) {
        notes.push(`SIREN ${given} belongs to ${sirenCommune.nom} (${sirenCommune.code}), not to INSEE ${commune.code}; kept as given`);
      } else if (sirenCommune && !commune && (draft.kind === undefined || draft.kind === 'commune')) {
        commune = sirenCommune;
        insee = sirenCommune.code;
      } else if (!sirenCommune && !epci) {
        notes.push(`SIREN ${given} is not in ${packageName} (neither a commune nor an EPCI); not enriched from it`);
      }
    }
  }

  const kind: InstitutionKind = draft.kind ?? (commune ? 'commune' : epci ? 'epci' : 'other');
  const institution: Institution = {
    id: '',
    name: draft.name?.trim() ?? '',
    kind,
    url: draft.url,
  };
  if (insee) institution.insee = insee;
  if (siren) institution.siren = siren;
  if (draft.population !== undefined) institution.population = draft.population;
  const departement = draft.departement ? normaliseAreaCode(draft.departement) : undefined;
  const region = draft.region ? normaliseAreaCode(draft.region) : undefined;
  if (departement) institution.departement = departement;
  if (region) institution.region = region;
  if (draft.epci?.trim()) institution.epci = draft.epci.trim();

  if (commune) {
    if (kind === 'commune') {
      fill(institution, 'name', commune.nom);
      fill(institution, 'siren', commune.siren);
      fill(institution, 'population', commune.population);
      fill(institution, 'epci', epciOfCommune(commune.code)?.code);
    }
    for (const key of ['departement', 'region'] as const) {
      const given = institution[key];
      if (given !== undefined && given !== commune[key]) {
        notes.push(`${key} ${given} differs from ${commune.nom}'s (${commune[key]}) in ${packageName}; kept as given`);
      }
      fill(institution, key, commune[key]);
    }
  }
  if (epci && kind === 'epci') {
    const home = epciHome(epci);
    fill(institution, 'name', epci.nom);
    fill(institution, 'population', epci.populationMunicipale);
    fill(institution, 'departement', home.departement);
    fill(institution, 'region', home.region);
  }
  if (kind === 'departement' && institution.departement) {
    const area = departementByCode(institution.departement);
    if (area) {
      fill(institution, 'region', area.region);
      fill(institution, 'population', departementPopulation(area.code));
    } else notes.push(`unknown département code ${institution.departement}`);
  }
  if (kind === 'region' && institution.region) {
    if (regionByCode(institution.region)) fill(institution, 'population', regionPopulation(institution.region));
    else notes.push(`unknown région code ${institution.region}`);
  }

  if (institution.name === '') {
    institution.name = hostLabel(draft.url) || draft.url;
    notes.push(`no name; used ${institution.name}`);
  }
  institution.stratum = draft.stratum?.trim() || stratumOf(institution.population, strata);
  if (institution.stratum === undefined) delete institution.stratum;
  institution.id = identityOf(institution, draft.id);
  if (draft.extra && Object.keys(draft.extra).length > 0) institution.extra = { ...draft.extra };
  return { ok: true, institution, notes };
}

/** A commune's identity is its INSEE code; otherwise the `id` given, the SIREN, or a slug of the host. */
export function identityOf(institution: Institution, explicitId?: string): string {
  if (institution.kind === 'commune' && institution.insee) return institution.insee;
  const given = explicitId?.trim();
  if (given) return given;
  if (institution.siren) return institution.siren;
  return hostSlug(institution.url);
}

function fill<K extends 'name' | 'siren' | 'population' | 'departement' | 'region' | 'epci'>(
  institution: Institution,
  key: K,
  value: Institution[K] | undefined,
): void {
  const current = institution[key];
  if ((current === undefined || current === '') && value !== undefined) institution[key] = value;
}
