// Two editions of a study compared: institutions matched by id, the change of each one's index
// and level, the biggest movers, institutions new or gone, and the change of each headline share.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StudyStore } from '../store/study-store.js';
import type { MaturityLevel } from '../model/index.js';
import { pairedShares, wrapLabel, type Chart } from './charts.js';
import type { ReportContext } from './report-context.js';
import { proportion, proportionChange, type Proportion } from './statistics.js';
import { maturityLevels, type SiteSummary } from './study-summary.js';

/** What is kept of each institution of the earlier edition. */
export interface EarlierSite {
  id: string;
  name: string;
  score: number | null;
  level: MaturityLevel | null;
}

export interface EarlierEdition {
  name: string;
  startedAt: string;
  sites: Map<string, EarlierSite>;
}

export function readEarlierEdition(studyDir: string): EarlierEdition {
  const path = join(studyDir, 'study.sqlite');
  if (!existsSync(path)) throw new Error(`no study to compare with: ${path} does not exist`);
  const store = StudyStore.open(path);
  try {
    const meta = store.readMeta();
    if (!meta) throw new Error(`no study to compare with in ${path}`);
    const sites = new Map<string, EarlierSite>();
    for (const result of store.siteResults()) {
      const { id, name } = result.institution;
      sites.set(id, { id, name, score: result.index?.score ?? null, level: result.index?.level ?? null });
    }
    return { name: meta.name, startedAt: meta.startedAt, sites };
  } finally {
    store.close();
  }
}

export interface MoverRow {
  name: string;
  href?: string;
  before: string;
  after: string;
  change: string;
  levels: string;
}

export interface Comparison {
  intro: string;
  counts: string;
  shares: { level: string; before: string; after: string; change: string }[];
  chart?: Chart;
  up: MoverRow[];
  down: MoverRow[];
  added: { name: string; href: string }[];
  gone: { name: string }[];
  rows: MoverRow[];
  title: string;
}

/** Movers listed each way. */
const moversShown = 10;

export async function compareEditions(context: ReportContext, earlier: EarlierEdition): Promise<Comparison> {
  const { t, format, summary, lang } = context;
  const current = new Map(summary.sites.map((site) => [site.id, site]));
  const matched = summary.sites.filter((site) => earlier.sites.has(site.id));
  const added = summary.sites.filter((site) => !earlier.sites.has(site.id));
  const gone = [...earlier.sites.values()].filter((site) => !current.has(site.id));
  const bothAudited = matched.filter((site) => site.score !== null && earlier.sites.get(site.id)?.score !== null);

  const levelName = (level: number | null) => (level === null ? t('notAuditedShort') : context.levelName(level));
  const row = (site: SiteSummary): MoverRow => {
    const before = earlier.sites.get(site.id);
    const change = site.score !== null && before?.score !== null && before?.score !== undefined ? site.score - before.score : null;
    return {
      name: site.name,
      href: `sites/${site.fileName}.html`,
      before: format.number(before?.score ?? null),
      after: format.number(site.score),
      change: format.signed(change, 1),
      levels: before?.level === site.level ? levelName(site.level) : `${levelName(before?.level ?? null)} → ${levelName(site.level)}`,
    };
  };
  const delta = (site: SiteSummary) => (site.score ?? 0) - (earlier.sites.get(site.id)?.score ?? 0);
  const byChange = [...bothAudited].sort((a, b) => delta(b) - delta(a) || a.name.localeCompare(b.name));
  const up = byChange.filter((site) => delta(site) > 0).slice(0, moversShown);
  const down = byChange
    .filter((site) => delta(site) < 0)
    .reverse()
    .slice(0, moversShown);

  const earlierAudited = [...earlier.sites.values()].filter((site) => site.score !== null);
  const beforeShares = Object.fromEntries(
    maturityLevels.map((level) => [level, proportion(earlierAudited.filter((site) => site.level === level).length, earlierAudited.length)]),
  ) as Record<MaturityLevel, Proportion>;
  const changes = maturityLevels.map((level) => ({ level, change: proportionChange(beforeShares[level], summary.all.levels[level]) }));
  const series: [string, string] = [t('before'), t('after')];
  const chart =
    earlierAudited.length > 0 && summary.all.audited > 0
      ? await context.charts.render(
          'chart-editions',
          pairedShares(t('share'), series),
          changes.flatMap(({ level, change }) => [
            {
              category: wrapLabel(context.levelName(level)),
              order: level,
              series: series[0],
              share: change.before.share ?? 0,
              low: change.before.low ?? 0,
              high: change.before.high ?? 0,
            },
            {
              category: wrapLabel(context.levelName(level)),
              order: level,
              series: series[1],
              share: change.after.share ?? 0,
              low: change.after.low ?? 0,
              high: change.after.high ?? 0,
            },
          ]),
          {
            title: t('compareSharesHeading'),
            alt: changes
              .map(({ level, change }) =>
                t('compareChartItem', {
                  level: context.levelName(level),
                  before: format.percent(change.before.share),
                  after: format.percent(change.after.share),
                }),
              )
              .join(lang === 'fr' ? ' ; ' : '; '),
          },
          {
            columns: [t('levelName'), t('before'), t('after'), t('change')],
            rows: changes.map(({ level, change }) => [
              context.levelName(level),
              format.proportion(change.before),
              format.proportion(change.after),
              format.change(change),
            ]),
          },
        )
      : undefined;

  return {
    title: t('compareTitle', { name: context.meta.name, other: earlier.name }),
    intro: t('compareIntro', { other: earlier.name, date: format.date(earlier.startedAt) }),
    counts: t('compareCounts', {
      matched: format.number(matched.length),
      bothAudited: format.number(bothAudited.length),
      added: format.number(added.length),
      gone: format.number(gone.length),
    }),
    shares: changes.map(({ level, change }) => ({
      level: context.levelName(level),
      before: format.proportion(change.before),
      after: format.proportion(change.after),
      change: format.change(change),
    })),
    ...(chart ? { chart } : {}),
    up: up.map(row),
    down: down.map(row),
    added: added.map((site) => ({ name: site.name, href: `sites/${site.fileName}.html` })),
    gone: gone.map((site) => ({ name: site.name })),
    rows: matched.map(row),
  };
}
