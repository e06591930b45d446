// Charts: Vega-Lite specs compiled to Vega and rendered to SVG in Node, no browser and no
// script in the report. Vega escapes every text it writes, crawled labels included.
// One Vega view is kept per spec and fed new rows, which renders ten times faster than a new view.
// A bar chart drawn on every institution page (its place among its peers) is cheaper still: see
// RepeatedBars.
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A chart as the templates show it: the SVG with a text alternative and the data behind it. */
export interface Chart {
  id: string;
  title: string;
  /** Text alternative: what the chart shows, in a sentence or two. */
  alt: string;
  /** SVG produced by Vega; contains no script and no unescaped text. */
  svg: string;
  table: DataTable;
}

export interface DataTable {
  columns: string[];
  rows: string[][];
}

/** A Vega-Lite spec without data: rows are fed under the name `rows`. */
export type ChartSpec = TopLevelSpec extends infer Spec ? (Spec extends unknown ? Omit<Spec, 'data'> : never) : never;

/**
 * Long category names are split on spaces into lines of about this many characters. Vega,
 * without a canvas, estimates text widths generously (0.8 em a character): labels are
 * wrapped here rather than cut, and the room it reserves for them is never too small.
 */
const labelLineLength = 30;

/** A category name as a chart label: lines joined by "\n", split back by the axis. */
export function wrapLabel(text: string, lineLength = labelLineLength): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > lineLength) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const categoryAxis = { labelLimit: 0, labelExpr: "split(datum.value, '\\n')", labelLineHeight: 13 };

/** Vega-Lite reports spec adjustments on the console; library code does not print. */
const silentLogger = {
  level: () => silentLogger,
  error: () => silentLogger,
  warn: () => silentLogger,
  info: () => silentLogger,
  debug: () => silentLogger,
};

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const config = {
  aria: false,
  background: 'white',
  font,
  view: { stroke: null },
  axis: {
    labelColor: '#1a1a1a',
    titleColor: '#1a1a1a',
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    gridColor: '#e0e0e0',
  },
  legend: {
    labelColor: '#1a1a1a',
    titleColor: '#1a1a1a',
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    orient: 'bottom',
    labelLimit: 320,
    columns: 2,
    direction: 'horizontal',
  },
} as const;

/**
 * A chart drawn again and again with other lengths of the same bars: one bar mark whose only
 * quantitative scale has a fixed domain, every other encoding taken from fields that repeat
 * (categories, series). Then each bar's SVG depends only on its row's position and value, and the
 * rest of the SVG on the other fields alone.
 */
export interface RepeatedBars {
  /** The field that varies from one drawing to the next. */
  valueField: string;
  /** The fixed domain of its scale; a value outside it is drawn by Vega (the chart's size may change). */
  domain: [number, number];
}

/** SVG of a bar mark's group, whose children are one `<path …/>` per row, in row order. */
const barGroupStart = /<g class="mark-rect role-mark marks"[^<>]*>/g;
const barElement = /<path [^<>]*\/>/y;

/** Bars remembered at most (each a short string); beyond, new ones are drawn by Vega every time. */
const maxRememberedBars = 100_000;

export class ChartRenderer {
  private readonly views = new Map<string, View>();
  /** Per repeated chart layout: its number and the SVG around its bars, until Vega draws them otherwise than expected. */
  private readonly barLayouts = new Map<string, { id: number; head?: string; tail?: string; drawnOnly?: boolean }>();
  /** One bar's SVG, by layout number, row and value, as Vega drew it. */
  private readonly barElements = new Map<string, string>();
  /** Charts Vega drew; the others were put together from bars it drew before. */
  vegaDrawings = 0;

  async render(
    id: string,
    spec: ChartSpec,
    rows: object[],
    text: { title: string; alt: string },
    table: DataTable,
    repeated?: RepeatedBars,
  ): Promise<Chart> {
    const svg = repeated ? await this.repeatedSvg(spec, rows, repeated) : await this.svg(spec, rows);
    return { id, title: text.title, alt: text.alt, svg: labelled(svg, id), table };
  }

  async svg(spec: ChartSpec, rows: object[]): Promise<string> {
    this.vegaDrawings += 1;
    const key = JSON.stringify(spec);
    let view = this.views.get(key);
    if (!view) {
      const full = { ...spec, data: { name: 'rows' }, config: { ...config, ...(spec.config ?? {}) } } as TopLevelSpec;
      view = new View(parse(compile(full, { logger: silentLogger }).spec), { renderer: 'none' });
      this.views.set(key, view);
    }
    // Vega keeps references to the rows it is given; copies keep callers' data untouched.
    view.data(
      'rows',
      rows.map((row) => ({ ...row })),
    );
    return view.toSVG();
  }

  /**
   * The SVG Vega would draw, put together from bars and surroundings it drew before when it has
   * drawn them all (each bar at the same row and value, the rest for the same other fields); else
   * drawn by Vega and remembered. Bars of one institution's place (7 dimensions, two series, values
   * 0–100) repeat within a few hundred institutions, so a national study's pages cost no Vega
   * rendering. If Vega ever draws the surroundings of a layout differently, the layout is no longer
   * put together, only drawn.
   */
  private async repeatedSvg(spec: ChartSpec, rows: object[], repeated: RepeatedBars): Promise<string> {
    const values = rows.map((row) => (row as Record<string, unknown>)[repeated.valueField]);
    const [min, max] = repeated.domain;
    const inDomain = values.every((value) => typeof value === 'number' && value >= min && value <= max);
    const layoutKey = JSON.stringify([spec, repeated.valueField, rows.map((row) => ({ ...row, [repeated.valueField]: null }))]);
    let layout = this.barLayouts.get(layoutKey);
    if (!layout) {
      layout = { id: this.barLayouts.size };
      this.barLayouts.set(layoutKey, layout);
    }
    const barKey = (position: number) => `${layout.id}\u0000${position}\u0000${String(values[position])}`;
    if (layout.head !== undefined && inDomain) {
      const bars = values.map((_, position) => this.barElements.get(barKey(position)));
      if (bars.every((bar) => bar !== undefined)) return `${layout.head}${bars.join('')}${layout.tail}`;
    }
    const svg = await this.svg(spec, rows);
    if (!inDomain || layout.drawnOnly) return svg;
    const parts = splitBars(svg, rows.length);
    if (parts && layout.head === undefined) Object.assign(layout, { head: parts.head, tail: parts.tail });
    if (!parts || layout.head !== parts.head || layout.tail !== parts.tail) {
      layout.drawnOnly = true;
      delete layout.head;
      return svg;
    }
    parts.bars.forEach((bar, position) => {
      if (this.barElements.size < maxRememberedBars) this.barElements.set(barKey(position), bar);
    });
    return svg;
  }

  finalize(): void {
    for (const view of this.views.values()) view.finalize();
    this.views.clear();
    this.barLayouts.clear();
    this.barElements.clear();
  }
}

/** The SVG before the bars, each bar's element and the SVG after; undefined unless there is one bar group of `count` bars. */
function splitBars(svg: string, count: number): { head: string; bars: string[]; tail: string } | undefined {
  const groups = [...svg.matchAll(barGroupStart)];
  const group = groups[0];
  if (groups.length !== 1 || !group) return undefined;
  const bars: string[] = [];
  const start = group.index + group[0].length;
  let position = start;
  for (;;) {
    barElement.lastIndex = position;
    const match = barElement.exec(svg);
    if (!match) break;
    bars.push(match[0]);
    position = barElement.lastIndex;
  }
  if (bars.length !== count || !svg.startsWith('</g>', position)) return undefined;
  return { head: svg.slice(0, start), bars, tail: svg.slice(position) };
}

/**
 * The SVG becomes one image whose name is the figure's caption and whose description is its
 * alternative. Vega's own roles on marks and axes are dropped: inside one image they would be
 * nameless images of their own. (Vega writes attribute values with `"` escaped.)
 */
function labelled(svg: string, id: string): string {
  return svg
    .replace(/ (role|aria-roledescription|aria-label)="[^"]*"/g, '')
    .replace(/^<svg /, `<svg role="img" aria-labelledby="${id}-title" aria-describedby="${id}-alt" focusable="false" `);
}

/** Colours of the maturity levels, from "absent" (red) to "advanced" (blue): distinct for the common colour-vision deficiencies. */
export const levelColours = ['#b2182b', '#ef8a62', '#67a9cf', '#2166ac'];

const shareAxis = (title: string) => ({ title, format: '.0%', grid: true });

/** Horizontal bars of shares with their interval as a black rule. */
export function sharesWithIntervals(shareTitle: string, options: { colourByOrder?: boolean } = {}): ChartSpec {
  return {
    width: 420,
    height: { step: 34 },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y: { field: 'category', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: categoryAxis },
          x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1] }, axis: shareAxis(shareTitle) },
          color: options.colourByOrder
            ? { field: 'order', type: 'ordinal', scale: { domain: [0, 1, 2, 3], range: levelColours }, legend: null }
            : { value: '#2166ac' },
        },
      },
      {
        mark: { type: 'rule', color: '#1a1a1a', strokeWidth: 1.5 },
        encoding: {
          y: { field: 'category', type: 'nominal', sort: { field: 'order', op: 'min' } },
          x: { field: 'low', type: 'quantitative' },
          x2: { field: 'high' },
        },
      },
    ],
  };
}

/** One bar per group, split by level, each bar summing to 100%. */
export function stackedLevels(titles: { share: string; level: string }, levelNames: string[]): ChartSpec {
  return {
    width: 420,
    height: { step: 30 },
    mark: { type: 'bar', height: { band: 0.75 } },
    encoding: {
      y: { field: 'group', type: 'nominal', sort: { field: 'groupOrder', op: 'min' }, title: null, axis: categoryAxis },
      x: { field: 'share', type: 'quantitative', stack: 'normalize', axis: shareAxis(titles.share) },
      color: { field: 'levelName', type: 'nominal', title: titles.level, scale: { domain: levelNames, range: levelColours } },
      order: { field: 'level' },
    },
  };
}

/** Box plots drawn from quartiles computed by the report (the tables and the chart show the same numbers). */
export function boxPlots(indexTitle: string): ChartSpec {
  const y = { field: 'group', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: categoryAxis } as const;
  return {
    width: 420,
    height: { step: 30 },
    layer: [
      {
        mark: { type: 'rule', color: '#1a1a1a' },
        encoding: { y, x: { field: 'min', type: 'quantitative', scale: { domain: [0, 100] }, title: indexTitle }, x2: { field: 'max' } },
      },
      {
        mark: { type: 'bar', height: 14, color: '#67a9cf', stroke: '#1a1a1a' },
        encoding: { y, x: { field: 'q1', type: 'quantitative' }, x2: { field: 'q3' } },
      },
      { mark: { type: 'tick', color: '#1a1a1a', thickness: 3, size: 14 }, encoding: { y, x: { field: 'median', type: 'quantitative' } } },
    ],
  };
}

/** Counts per band of 10 index points. */
export function histogram(axis: { band: string; count: string }): ChartSpec {
  return {
    width: 420,
    height: 200,
    mark: { type: 'bar', color: '#2166ac' },
    encoding: {
      x: { field: 'band', type: 'ordinal', sort: { field: 'start' }, title: axis.band, axis: { labelAngle: 0 } },
      y: { field: 'count', type: 'quantitative', title: axis.count, axis: { tickMinStep: 1, format: 'd' } },
    },
  };
}

/** Two bars per category (e.g. this site and its group's median), on a 0–100 scale. */
export function pairedBars(valueTitle: string, seriesNames: [string, string]): ChartSpec {
  return {
    width: 420,
    height: { step: 16 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: categoryAxis },
      yOffset: { field: 'series', sort: seriesNames },
      x: { field: 'value', type: 'quantitative', scale: { domain: [0, 100] }, title: valueTitle },
      color: { field: 'series', type: 'nominal', title: null, scale: { domain: seriesNames, range: ['#2166ac', '#b8b8b8'] } },
    },
  };
}

/** Before and after shares per category, each with its interval. */
export function pairedShares(shareTitle: string, seriesNames: [string, string]): ChartSpec {
  const y = { field: 'category', type: 'nominal', sort: { field: 'order', op: 'min' }, title: null, axis: categoryAxis } as const;
  const yOffset = { field: 'series', sort: seriesNames } as const;
  return {
    width: 420,
    height: { step: 20 },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          yOffset,
          x: { field: 'share', type: 'quantitative', scale: { domain: [0, 1] }, axis: shareAxis(shareTitle) },
          color: { field: 'series', type: 'nominal', title: null, scale: { domain: seriesNames, range: ['#b8b8b8', '#2166ac'] } },
        },
      },
      {
        mark: { type: 'rule', color: '#1a1a1a' },
        encoding: { y, yOffset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
    ],
  };
}
