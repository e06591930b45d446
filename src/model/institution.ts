// The institution a study audits: the unit of every result.
import type { Localised } from './localised.js';
export const institutionKinds = ['commune', 'epci', 'departement', 'region', 'other'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

/** A public institution whose website a study audits. */
export interface Institution {
  /** Stable identity: INSEE code, SIREN, or a slug of the host. */
  id: string;
  name: string;
  kind: InstitutionKind;
  url: string;
  insee?: string;
  siren?: string;
  population?: number;
  /** Population band label, e.g. `5000-9999`. */
  stratum?: string;
  departement?: string;
  region?: string;
  epci?: string;
  /** Any other column of the sites file, kept for `--group-by`. */
  extra?: Record<string, string>;
}

/** Each kind of institution as a report names it. */
export const institutionKindLabels: Record<InstitutionKind, Localised> = {
  commune: { fr: 'commune', en: 'commune' },
  epci: { fr: 'intercommunalité', en: 'intercommunality' },
  departement: { fr: 'département', en: 'département' },
  region: { fr: 'région', en: 'region' },
  other: { fr: 'autre', en: 'other' },
};
