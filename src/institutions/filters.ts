// Choosing the institutions of a study: by kind, place, size.
import { normaliseAreaCode } from './enrich.js';
import type { Institution, InstitutionKind } from '../model/index.js';

export interface InstitutionFilters {
  kind?: readonly InstitutionKind[];
  /** Département codes (`53`, `2A`, `971`). */
  departement?: readonly string[];
  /** Région codes (`52`). */
  region?: readonly string[];
  /** Inclusive; an institution of unknown population is left out when a bound is set. */
  minPopulation?: number;
  /** Inclusive. */
  maxPopulation?: number;
  /** Stratum labels (`5000-9999`). */
  stratum?: readonly string[];
}

/** The flag that leaves this institution out, or undefined when it passes every filter. */
export function exclusionOf(institution: Institution, filters: InstitutionFilters): string | undefined {
  if (filters.kind && filters.kind.length > 0 && !filters.kind.includes(institution.kind)) return '--kind';
  if (filters.departement && filters.departement.length > 0) {
    const wanted = filters.departement.map(normaliseAreaCode);
    if (!institution.departement || !wanted.includes(normaliseAreaCode(institution.departement))) return '--departement';
  }
  if (filters.region && filters.region.length > 0) {
    const wanted = filters.region.map(normaliseAreaCode);
    if (!institution.region || !wanted.includes(normaliseAreaCode(institution.region))) return '--region';
  }
  if (filters.minPopulation !== undefined && (institution.population === undefined || institution.population < filters.minPopulation)) {
    return '--min-population';
  }
  if (filters.maxPopulation !== undefined && (institution.population === undefined || institution.population > filters.maxPopulation)) {
    return '--max-population';
  }
  if (filters.stratum && filters.stratum.length > 0 && (!institution.stratum || !filters.stratum.includes(institution.stratum))) {
    return '--stratum';
  }
  return undefined;
}

export function filterInstitutions(list: readonly Institution[], filters: InstitutionFilters): Institution[] {
  return list.filter((institution) => exclusionOf(institution, filters) === undefined);
}
