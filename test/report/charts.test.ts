// Charts drawn on every institution page are put together from bars Vega drew before: the SVG
// must be Vega's own, byte for byte, whatever the values.
import { afterAll, describe, expect, it } from 'vitest';
import { ChartRenderer, pairedBars, wrapLabel } from '../../src/report/charts.js';
import { seededRandom } from './synthetic-study.js';

const dimensions = ['Indexabilité', 'Contenu des pages', 'Structure et liens', 'Performance', 'Accessibilité', 'Intention', 'Technique'];
const series: [string, string] = ['Ce site', 'Médiane du groupe'];
const spec = pairedBars('Indice', series);
const table = { columns: [], rows: [] };
const text = { title: 'Dimensions', alt: 'Dimensions' };

/** One institution's rows: its value and its group's median per dimension, as the place section draws them. */
function placeRows(site: number[], medians: number[], names = dimensions) {
  return names.flatMap((name, order) => [
    { category: wrapLabel(name), order, series: series[0], value: site[order] ?? 0 },
    { category: wrapLabel(name), order, series: series[1], value: medians[order] ?? 0 },
  ]);
}

const repeated = new ChartRenderer();
const drawn = new ChartRenderer();
afterAll(() => {
  repeated.finalize();
  drawn.finalize();
});

async function both(rows: object[]) {
  const fast = await repeated.render('chart-dimensions', spec, rows, text, table, { valueField: 'value', domain: [0, 100] });
  const vega = await drawn.render('chart-dimensions', spec, rows, text, table);
  return { fast: fast.svg, vega: vega.svg };
}

describe('repeated bar charts', () => {
  it('are the SVG Vega draws, byte for byte, for 400 institutions of two groups, and Vega draws fewer of them', async () => {
    const random = seededRandom(42);
    const groups = [
      [61, 48.5, 70, 33, 90, 12.5, 55],
      [40, 52, 66.5, 71, 80, 20, 45],
    ];
    let charts = 0;
    for (let institution = 0; institution < 400; institution += 1) {
      // Integer scores as the index gives them, clustered as real ones are; the ends of the scale included.
      const site = dimensions.map(() => Math.min(100, Math.max(0, Math.round(50 + (random() - 0.5) * 40))));
      if (institution % 50 === 0) site[institution % 7] = institution % 100 === 0 ? 0 : 100;
      const { fast, vega } = await both(placeRows(site, groups[institution % 2] ?? []));
      expect(fast).toBe(vega);
      charts += 1;
    }
    expect(drawn.vegaDrawings).toBe(charts);
    // Each bar's 41 possible lengths per row are soon all drawn: most charts are put together.
    expect(repeated.vegaDrawings).toBeLessThan(charts / 2);
  });

  it('are drawn by Vega when a value leaves the fixed domain or the categories change', async () => {
    const before = repeated.vegaDrawings;
    const outside = await both(placeRows([50, 50, 50, 50, 50, 50, 120], [50, 50, 50, 50, 50, 50, 50]));
    expect(outside.fast).toBe(outside.vega);
    const fewer = await both(placeRows([50, 50, 50], [50, 50, 50], dimensions.slice(0, 3)));
    expect(fewer.fast).toBe(fewer.vega);
    expect(repeated.vegaDrawings).toBe(before + 2);
    // The same three dimensions again: now put together.
    const again = await both(placeRows([50, 50, 50], [50, 50, 50], dimensions.slice(0, 3)));
    expect(again.fast).toBe(again.vega);
    expect(repeated.vegaDrawings).toBe(before + 2);
  });
});
