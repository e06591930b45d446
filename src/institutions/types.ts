import type { Institution, Localised } from '../model/index.js';

/** One population band of a strata scale. */
export interface Stratum {
  /** Machine label written to the sites CSV, e.g. `5000-9999`, `100000+`. */
  label: string;
  /** Smallest population in the band. */
  min: number;
  /** Largest population in the band; absent for the open-ended top band. */
  max?: number;
  /** Label for reports, e.g. `5 000 à 9 999 hab.` and `5,000 to 9,999 inhabitants`. */
  title: Localised;
}

/** Population bands used for peer groups: ascending, contiguous, the first starting at 0. */
export interface StrataConfig {
  bands: readonly Stratum[];
}

/** Something wrong in a registry file, where it is and why. */
export interface RegistryProblem {
  /** 1-based line of the file where the record starts. */
  line: number;
  reason: string;
  /** The offending text, shortened. */
  raw?: string;
}

export interface ImportSummary {
  /** Records read from the file. */
  read: number;
  /** Institutions in the result. */
  kept: number;
  /** Records folded into an earlier one with the same identity. */
  merged: number;
  /** Records left out, counted by reason; read = kept + merged + the sum of skipped. */
  skipped: Record<string, number>;
  /**
   * Institutions the registry lists without a website (their records are skipped as `no website`),
   * by kind and stratum; absent when there are none. A study keeps it to show who it cannot audit.
   */
  noWebsite?: NoWebsiteCount[];
}

/** Institutions of one kind and stratum that a registry lists without a website. */
export interface NoWebsiteCount {
  kind: string;
  stratum?: string;
  count: number;
}

export interface ImportResult {
  institutions: Institution[];
  problems: RegistryProblem[];
  summary: ImportSummary;
  /**
   * Institutions the registry lists without a website (`url` empty), one per identity and none that
   * also has a website: counted, written to the sites CSV with the URL `none`, never audited.
   */
  withoutWebsite?: Institution[];
}
