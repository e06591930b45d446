// The index page's findings: the answer, peer groups, the checks failed most, intent signals,
// public-sector facts, institutions not audited and the list of all institutions.
import { publicSectorThemes as themeOrder } from '../checks/types.js';
import { boxPlots, histogram, sharesWithIntervals, stackedLevels, wrapLabel, type Chart } from './charts.js';
import { siteReason } from './crawl-texts.js';
import { kindLabels, labelOf, outcomeLabels } from './labels.js';
import { minimumGroupSize, stratumTitle } from './peer-groups.js';
import type { ReportContext } from './report-context.js';
import { proportion, type Proportion } from './statistics.js';
import { maturityLevels, type CheckCounts, type GroupFigures } from './study-summary.js';

export interface AnswerSection {
  sentence: string;
  scope: string;
  chart?: Chart;
}

export async function answerSection(context: ReportContext): Promise<AnswerSection> {
  const { t, format, summary } = context;
  const all = summary.all;
  const total = summary.sites.length;
  const scope = t('answerScope', {
    audited: format.number(all.audited),
    total: format.number(total),
    notAudited: format.number(total - all.audited),
  });
  if (all.audited === 0) return { sentence: t('answerNone'), scope };
  const deliberate = proportion(all.levels[2].count + all.levels[3].count, all.audited);
  const levels = maturityLevels
    .map((level) => t('answerLevelItem', { level, label: context.levelLabel(level), share: format.proportion(all.levels[level]) }))
    .join(context.lang === 'fr' ? ' ; ' : '; ');
  const sentence = t('answerSentence', { audited: format.number(all.audited), deliberate: format.proportion(deliberate), levels });
  const rows = maturityLevels.map((level) => ({
    category: wrapLabel(context.levelName(level)),
    order: level,
    ...shareFields(all.levels[level]),
  }));
  const chart = await context.charts.render(
    'chart-levels',
    sharesWithIntervals(t('share'), { colourByOrder: true }),
    rows,
    { title: t('levelsChartTitle'), alt: t('levelsChartAlt', { sentence }) },
    {
      columns: [t('levelName'), t('institutionsCount'), t('share'), t('interval95')],
      rows: maturityLevels.map((level) => {
        const share = all.levels[level];
        return [context.levelName(level), format.number(share.count), format.percent(share.share), format.interval(share.low, share.high)];
      }),
    },
  );
  return { sentence, scope, chart };
}

const shareFields = (share: Proportion) => ({ share: share.share ?? 0, low: share.low ?? 0, high: share.high ?? 0 });

export interface GroupRow {
  label: string;
  anchor: string;
  institutions: string;
  audited: string;
  tooSmall: boolean;
  levels: string[];
  median: string;
  iqr: string;
}

export interface CheckRateRow {
  title: string;
  dimension: string;
  passRate: string;
  interval: string;
  applicable: string;
}

export interface GroupsSection {
  intro: string;
  rows: GroupRow[];
  tooSmallNote?: string;
  levelsChart?: Chart;
  distributionChart?: Chart;
  histogram?: Chart;
  details: { label: string; anchor: string; heading: string; summary: string; checks: CheckRateRow[] }[];
}

export async function groupsSection(context: ReportContext): Promise<GroupsSection> {
  const { t, format, summary, lang } = context;
  const groups = summary.groups;
  const comparable = groups.filter((group) => !group.tooSmall);
  const tooSmall = groups.filter((group) => group.tooSmall);
  const rows = groups.map(
    (group, index): GroupRow => ({
      label: group.identity.label[lang],
      anchor: `group-${index + 1}`,
      institutions: format.number(group.institutions),
      audited: format.number(group.audited),
      tooSmall: group.tooSmall,
      levels: maturityLevels.map((level) => format.percent(group.levels[level].share)),
      median: format.number(group.index.median, 1),
      iqr: group.index.q1 === null ? '—' : `${format.number(group.index.q1, 1)}–${format.number(group.index.q3, 1)}`,
    }),
  );
  const section: GroupsSection = {
    intro: t('groupsIntro', { min: minimumGroupSize }),
    rows,
    details: comparable.map((group) => {
      const label = group.identity.label[lang];
      const checks = checkRateRows(context, group);
      return {
        label,
        anchor: `group-${groups.indexOf(group) + 1}-checks`,
        heading: t('groupChecksHeading', { group: label }),
        summary: t('groupChecksSummary', { count: checks.length }),
        checks,
      };
    }),
  };
  if (tooSmall.length > 0) {
    section.tooSmallNote = t('tooSmallGroups', {
      count: tooSmall.length,
      groups: tooSmall.map((group) => `${group.identity.label[lang]} (${format.number(group.audited)})`).join(', '),
    });
  }
  if (comparable.length > 0) {
    section.levelsChart = await groupLevelsChart(context, comparable);
    section.distributionChart = await distributionChart(context, comparable);
  }
  if (summary.all.audited > 0) section.histogram = await histogramChart(context);
  return section;
}

function checkRateRows(context: ReportContext, group: GroupFigures): CheckRateRow[] {
  return sortedChecks(context, group.checks)
    .filter((counts) => counts.dimension !== 'public-sector')
    .map((counts) => {
      const rate = passRate(counts);
      return {
        title: context.checkTitle(counts.id),
        dimension: context.dimensionName(counts.dimension),
        passRate: context.format.percent(rate.share),
        interval: context.format.interval(rate.low, rate.high),
        applicable: context.format.number(rate.total),
      };
    });
}

const applicable = (counts: CheckCounts) => counts.pass + counts.warn + counts.fail;
const passRate = (counts: CheckCounts) => proportion(counts.pass, applicable(counts));

function sortedChecks(context: ReportContext, checks: CheckCounts[]): CheckCounts[] {
  return [...checks].sort((a, b) => context.checkOrder(a.id) - context.checkOrder(b.id) || a.id.localeCompare(b.id));
}

async function groupLevelsChart(context: ReportContext, groups: GroupFigures[]): Promise<Chart> {
  const { t, format, lang } = context;
  const levelNames = maturityLevels.map((level) => context.levelName(level));
  const rows = groups.flatMap((group, groupOrder) =>
    maturityLevels.map((level) => ({
      group: wrapLabel(group.identity.label[lang]),
      groupOrder,
      level,
      levelName: context.levelName(level),
      share: group.levels[level].share ?? 0,
    })),
  );
  const summaryText = groups
    .map((group) =>
      t('groupLevelsItem', {
        group: group.identity.label[lang],
        levels: maturityLevels.map((level) => t('levelShare', { level, share: format.percent(group.levels[level].share) })).join(', '),
      }),
    )
    .join(' ; ');
  return context.charts.render(
    'chart-group-levels',
    stackedLevels({ share: t('share'), level: t('levelName') }, levelNames),
    rows,
    { title: t('groupLevelsChartTitle', { min: minimumGroupSize }), alt: t('groupLevelsChartAlt', { summary: summaryText }) },
    {
      columns: [t('group'), t('auditedCount'), ...levelNames],
      rows: groups.map((group) => [
        group.identity.label[lang],
        format.number(group.audited),
        ...maturityLevels.map((level) => format.proportion(group.levels[level])),
      ]),
    },
  );
}

async function distributionChart(context: ReportContext, groups: GroupFigures[]): Promise<Chart> {
  const { t, format, lang } = context;
  const rows = groups.map((group, order) => ({ group: wrapLabel(group.identity.label[lang]), order, ...group.index }));
  const items = groups.map((group) =>
    t('groupSummaryItem', {
      group: group.identity.label[lang],
      median: format.number(group.index.median, 1),
      q1: format.number(group.index.q1, 1),
      q3: format.number(group.index.q3, 1),
    }),
  );
  return context.charts.render(
    'chart-group-distribution',
    boxPlots(t('index')),
    rows,
    { title: t('groupDistributionChartTitle'), alt: t('groupDistributionChartAlt', { summary: items.join(lang === 'fr' ? ' ; ' : '; ') }) },
    {
      columns: [t('group'), t('auditedCount'), t('minimum'), t('q1'), t('median'), t('q3'), t('maximum')],
      rows: groups.map((group) => [
        group.identity.label[lang],
        format.number(group.audited),
        ...[group.index.min, group.index.q1, group.index.median, group.index.q3, group.index.max].map((value) => format.number(value, 1)),
      ]),
    },
  );
}

async function histogramChart(context: ReportContext): Promise<Chart> {
  const { t, format, summary } = context;
  const counts = Array.from({ length: 10 }, () => 0);
  for (const score of summary.all.scores) counts[Math.min(9, Math.floor(score / 10))]! += 1;
  const bands = counts.map((count, index) => ({
    band: index === 9 ? '90–100' : `${index * 10}–${index * 10 + 9}`,
    start: index * 10,
    count,
  }));
  return context.charts.render(
    'chart-index-histogram',
    histogram({ band: t('indexBand'), count: t('institutionsCount') }),
    bands,
    {
      title: t('indexHistogramTitle'),
      alt: t('indexHistogramAlt', {
        median: format.number(summary.all.index.median, 1),
        q1: format.number(summary.all.index.q1, 1),
        q3: format.number(summary.all.index.q3, 1),
      }),
    },
    { columns: [t('indexBand'), t('institutionsCount')], rows: bands.map((band) => [band.band, format.number(band.count)]) },
  );
}

export interface FailingSection {
  rows: { title: string; dimension: string; fail: string; warn: string; pass: string; applicable: string }[];
  chart?: Chart;
}

/** Shown in the chart; the table lists every check. */
const failingChartSize = 10;

export async function failingSection(context: ReportContext): Promise<FailingSection> {
  const { t, format } = context;
  const ranked = context.summary.all.checks
    .filter((counts) => counts.dimension !== 'public-sector' && applicable(counts) > 0)
    .map((counts) => ({ counts, fail: proportion(counts.fail, applicable(counts)), warn: proportion(counts.warn, applicable(counts)) }))
    // Ranked by institutions failing, not by share: a check that applies to one site and fails
    // there (100%) says less than one failed by half of the study.
    .sort(
      (a, b) =>
        b.counts.fail - a.counts.fail ||
        (b.fail.share ?? 0) - (a.fail.share ?? 0) ||
        b.counts.warn - a.counts.warn ||
        context.checkOrder(a.counts.id) - context.checkOrder(b.counts.id),
    );
  const rows = ranked.map(({ counts, fail, warn }) => ({
    title: context.checkTitle(counts.id),
    dimension: context.dimensionName(counts.dimension),
    fail: format.proportion(fail),
    warn: format.percent(warn.share),
    pass: format.percent(passRate(counts).share),
    applicable: format.number(applicable(counts)),
  }));
  const top = ranked.slice(0, failingChartSize).filter(({ fail }) => (fail.share ?? 0) > 0);
  if (top.length === 0) return { rows };
  const chartRows = top.map(({ counts, fail }, order) => ({
    category: wrapLabel(context.checkTitle(counts.id)),
    order,
    ...shareFields(fail),
  }));
  const summaryText = top
    .map(({ counts, fail }) => t('failingSummaryItem', { check: context.checkTitle(counts.id), share: format.percent(fail.share) }))
    .join(context.lang === 'fr' ? ' ; ' : '; ');
  const chart = await context.charts.render(
    'chart-failing-checks',
    sharesWithIntervals(t('failShare')),
    chartRows,
    { title: t('failingChartTitle', { count: top.length }), alt: t('failingChartAlt', { summary: summaryText }) },
    {
      columns: [t('check'), t('failShare'), t('interval95'), t('applicableSites')],
      rows: top.map(({ counts, fail }) => [
        context.checkTitle(counts.id),
        format.percent(fail.share),
        format.interval(fail.low, fail.high),
        format.number(fail.total),
      ]),
    },
  );
  return { rows, chart };
}

export interface IntentRow {
  title: string;
  rationale: string;
  share: string;
  applicable: string;
}

export function intentRows(context: ReportContext): IntentRow[] {
  return sortedChecks(
    context,
    context.summary.all.checks.filter((counts) => counts.dimension === 'intent'),
  ).map((counts) => ({
    title: context.checkTitle(counts.id),
    rationale: context.checkMeta(counts.id)?.rationale[context.lang] ?? '',
    share: context.format.proportion(passRate(counts)),
    applicable: context.format.number(applicable(counts)),
  }));
}

export interface PublicSectorTheme {
  heading: string;
  rows: { title: string; rationale: string; pass: string; warn: string; fail: string; na: string; values: string }[];
}

export function publicSectorThemes(context: ReportContext): PublicSectorTheme[] {
  const { t, format, summary } = context;
  const byTheme = new Map<string, PublicSectorTheme['rows']>();
  const checks = sortedChecks(
    context,
    summary.all.checks.filter((counts) => counts.dimension === 'public-sector'),
  );
  for (const counts of checks) {
    const theme = context.checkMeta(counts.id)?.theme ?? 'other';
    const audited = counts.pass + counts.warn + counts.fail + counts.na;
    const values = (summary.publicSectorValues.get(counts.id) ?? [])
      .slice(0, 5)
      .map((entry) => `${entry.value} (${format.number(entry.count)})`)
      .join(', ');
    const rows = byTheme.get(theme) ?? [];
    rows.push({
      title: context.checkTitle(counts.id),
      rationale: context.checkMeta(counts.id)?.rationale[context.lang] ?? '',
      pass: format.proportion(proportion(counts.pass, audited)),
      warn: format.percent(proportion(counts.warn, audited).share),
      fail: format.proportion(proportion(counts.fail, audited)),
      na: format.percent(proportion(counts.na, audited).share),
      values,
    });
    byTheme.set(theme, rows);
  }
  return themeOrder
    .filter((theme) => byTheme.has(theme))
    .map((theme) => ({ heading: t(`publicTheme_${theme}`), rows: byTheme.get(theme) ?? [] }));
}

export interface NotAuditedSection {
  sentence: string;
  byOutcome: { outcome: string; count: string }[];
  rows: { name: string; href: string; outcome: string; reason: string }[];
}

export function notAuditedSection(context: ReportContext): NotAuditedSection {
  const { t, format, summary, lang } = context;
  const notAudited = summary.sites.filter((site) => site.score === null);
  const counts = new Map<string, number>();
  for (const site of notAudited) counts.set(site.outcome, (counts.get(site.outcome) ?? 0) + 1);
  return {
    sentence:
      notAudited.length === 0
        ? t('notAuditedNone')
        : t('notAuditedSentence', { count: format.number(notAudited.length), total: format.number(summary.sites.length) }),
    byOutcome: [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([outcome, count]) => ({ outcome: labelOf(outcomeLabels, outcome, lang), count: format.number(count) })),
    rows: notAudited.map((site) => ({
      name: site.name,
      href: `sites/${site.fileName}.html`,
      outcome: labelOf(outcomeLabels, site.outcome, lang),
      reason: siteReason(site, lang),
    })),
  };
}

export interface InstitutionRow {
  name: string;
  href: string;
  kind: string;
  stratum: string;
  level: string;
  score: string;
  outcome: string;
}

export function institutionRows(context: ReportContext): InstitutionRow[] {
  const { format, lang } = context;
  return context.summary.sites.map((site) => ({
    name: site.name,
    href: `sites/${site.fileName}.html`,
    kind: labelOf(kindLabels, site.kind, lang),
    stratum: site.stratum ? stratumTitle(site.stratum).title[lang] : '—',
    level: site.level === null ? '—' : context.levelName(site.level),
    score: format.number(site.score),
    outcome: labelOf(outcomeLabels, site.outcome, lang),
  }));
}
