// Score gaps between two ways of auditing the same pages, per category: the largest absolute gap, the
// mean signed gap (a bias shows there: the issue that started this found the lane 0.04 lower on
// average), its standard error, and on how many pages the first way scored lower or higher.
import { lighthouseCategories } from '../../dist/lighthouse/index.js';

export function scoreGaps(left, right, pageIndexes = left.map((_, index) => index)) {
  const result = {};
  for (const category of lighthouseCategories) {
    const gaps = pageIndexes.flatMap((index) => {
      const a = left[index]?.[category];
      const b = right[index]?.[category];
      return typeof a === 'number' && typeof b === 'number' ? [a - b] : [];
    });
    const mean = gaps.reduce((sum, gap) => sum + gap, 0) / Math.max(1, gaps.length);
    const variance = gaps.reduce((sum, gap) => sum + (gap - mean) ** 2, 0) / Math.max(1, gaps.length - 1);
    result[category] = {
      pages: gaps.length,
      largest: gaps.length ? Math.max(...gaps.map(Math.abs)) : null,
      meanAbsolute: gaps.length ? gaps.reduce((sum, gap) => sum + Math.abs(gap), 0) / gaps.length : null,
      meanSigned: gaps.length ? mean : null,
      standardError: gaps.length > 1 ? Math.sqrt(variance / gaps.length) : null,
      lower: gaps.filter((gap) => gap < -1e-9).length,
      higher: gaps.filter((gap) => gap > 1e-9).length,
    };
  }
  return result;
}

const fixed = (value, digits) => (typeof value === 'number' ? value.toFixed(digits) : '—');

/** Columns of one category's gaps: pages, largest |gap|, mean |gap|, mean signed gap ± 2 standard errors, pages lower/higher. */
export function gapCells(gap) {
  return [
    String(gap.pages),
    fixed(gap.largest, 2),
    fixed(gap.meanAbsolute, 3),
    gap.meanSigned === null
      ? '—'
      : `${gap.meanSigned >= 0 ? '+' : ''}${gap.meanSigned.toFixed(3)}${gap.standardError === null ? '' : ` ±${(2 * gap.standardError).toFixed(3)}`}`,
    `${gap.lower}↓ ${gap.higher}↑`,
  ];
}

/** "0.05 / −0.012 ±0.008 (5↓ 3↑)": largest |gap| / mean signed gap ± 2 standard errors (pages lower, higher). */
export function describeGap(gap) {
  if (!gap.pages) return 'no page scored by both';
  const [, largest, , signed, counts] = gapCells(gap);
  return `${largest} / ${signed} (${counts})`;
}
