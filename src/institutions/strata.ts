// Population strata: the bands that make "institutions of similar size" precise.
import type { StrataConfig, Stratum } from './types.js';

/** Thresholds of the bands used in French local-finance statistics (DOMAIN.md). */
export const defaultStrataThresholds: readonly number[] = [100, 200, 500, 2000, 3500, 5000, 10000, 20000, 50000, 100000];

const frenchNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
const englishNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Bands from their lower bounds: `[100, 200]` gives `0-99`, `100-199`, `200+`. */
export function strataFromThresholds(thresholds: readonly number[]): StrataConfig {
  thresholds.forEach((threshold, index) => {
    if (!Number.isInteger(threshold) || threshold <= 0) {
      throw new RangeError(`stratum threshold ${threshold} is not a positive whole number`);
    }
    const previous = thresholds[index - 1];
    if (previous !== undefined && threshold <= previous) {
      throw new RangeError(`stratum thresholds must increase: ${previous} then ${threshold}`);
    }
  });
  const mins = [0, ...thresholds];
  const bands = mins.map((min, index): Stratum => {
    const next = mins[index + 1];
    if (next === undefined) {
      return {
        label: `${min}+`,
        min,
        title: { fr: `${frenchNumber(min)} hab. et plus`, en: `${englishNumber(min)} inhabitants and over` },
      };
    }
    const max = next - 1;
    const title =
      min === 0
        ? { fr: `moins de ${frenchNumber(next)} hab.`, en: `under ${englishNumber(next)} inhabitants` }
        : {
            fr: `${frenchNumber(min)} à ${frenchNumber(max)} hab.`,
            en: `${englishNumber(min)} to ${englishNumber(max)} inhabitants`,
          };
    return { label: `${min}-${max}`, min, max, title };
  });
  return { bands };
}

export const defaultStrata: StrataConfig = strataFromThresholds(defaultStrataThresholds);

/** The band a population falls in; undefined when the population is unknown. */
export function stratumOf(population: number | undefined, strata: StrataConfig = defaultStrata): string | undefined {
  return bandOf(population, strata)?.label;
}

export function bandOf(population: number | undefined, strata: StrataConfig = defaultStrata): Stratum | undefined {
  if (population === undefined || !Number.isFinite(population) || population < 0) return undefined;
  let found: Stratum | undefined;
  for (const band of strata.bands) if (population >= band.min) found = band;
  return found;
}

/** The band with this label, for the report's wording of a stratum read from a sites file. */
export function stratumByLabel(label: string, strata: StrataConfig = defaultStrata): Stratum | undefined {
  return strata.bands.find((band) => band.label === label);
}
