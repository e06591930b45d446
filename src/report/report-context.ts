// What every part of the report needs: the language, its formatter and strings, the catalogue's
// words for each check, the maturity levels' names, and the chart renderer.
import { catalogue } from '../checks/catalogue.js';
import type { Check } from '../checks/types.js';
import type { StudyMeta } from '../store/study-store.js';
import { ChartRenderer } from './charts.js';
import { formatter, type Formatter, type ReportLang } from './format.js';
import { indexDefinition, type IndexDefinition } from './index-definition.js';
import { dimensionLabels } from '../scoring/index.js';
import { translate, type StringKey } from './strings.js';
import type { StudySummary } from './study-summary.js';
import type { Localised, PeersFile } from '../model/index.js';

export interface ReportContext {
  lang: ReportLang;
  format: Formatter;
  t: (key: StringKey, values?: Record<string, unknown>) => string;
  meta: StudyMeta;
  summary: StudySummary;
  definition: IndexDefinition;
  charts: ChartRenderer;
  checkTitle(id: string): string;
  checkMeta(id: string): Check | undefined;
  /** Catalogue position, for stable check order; unknown checks go last. */
  checkOrder(id: string): number;
  dimensionName(dimension: string): string;
  /** "Level 2 — Deliberate SEO" style name of a level. */
  levelName(level: number): string;
  levelLabel(level: number): string;
  /** A published study's peers (`--peers`): each institution page places its site among them. */
  peers?: PeersFile;
}

export function reportContext(lang: ReportLang, meta: StudyMeta, summary: StudySummary, peers?: PeersFile): ReportContext {
  const byId = new Map(catalogue.map((check, position) => [check.id, { check, position }]));
  const definition = indexDefinition();
  const levelLabel = (level: number) =>
    definition.levels.find((entry) => entry.level === level)?.label[lang] ??
    summary.levelLabels.get(level as 0 | 1 | 2 | 3)?.[lang] ??
    String(level);
  const dimensionName = (dimension: string) => (dimensionLabels as Record<string, Localised | undefined>)[dimension]?.[lang] ?? dimension;
  return {
    lang,
    format: formatter(lang),
    t: (key, values) => translate(lang, key, values),
    meta,
    summary,
    ...(peers ? { peers } : {}),
    definition,
    charts: new ChartRenderer(),
    checkTitle: (id) => byId.get(id)?.check.title[lang] ?? id,
    checkMeta: (id) => byId.get(id)?.check,
    checkOrder: (id) => byId.get(id)?.position ?? catalogue.length,
    dimensionName,
    levelName: (level) => `${level} — ${levelLabel(level)}`,
    levelLabel,
  };
}
