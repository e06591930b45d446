// The practices the report shows first, dimension by dimension, as the Web Almanac shows the share
// of sites with a feature before any score: a dimension's key practices are its heaviest checks.
import { catalogue } from '../checks/catalogue.js';
import type { Dimension } from '../model/index.js';
import { scoredDimensions } from '../scoring/index.js';

/** A check weighing at least this much in its dimension is one of its key practices. */
export const keyPracticeWeight = 2;

let cached: Map<Dimension, string[]> | undefined;

/** Each scored dimension's key practices (check ids, in catalogue order). */
export function keyPractices(): Map<Dimension, string[]> {
  cached ??= new Map(
    scoredDimensions.map((dimension) => [
      dimension,
      catalogue.filter((check) => check.dimension === dimension && check.weight >= keyPracticeWeight).map((check) => check.id),
    ]),
  );
  return cached;
}
