// The methodology, generated from the study itself: its dates and settings, the versions it ran
// with, the catalogue and the index definition it was scored with.
import { catalogue } from '../checks/catalogue.js';
import { indexVersion, invisibleGate } from '../scoring/index.js';
import { dimensions as dimensionOrder, measuredLighthouseVariability } from '../model/index.js';
import { pageTypeLabels, labelOf } from './labels.js';
import { minimumGroupSize } from './peer-groups.js';
import type { ReportContext } from './report-context.js';
import type { StoredAgreement } from '../store/study-store.js';
import { uncertaintyMethod, validationLines } from './uncertainty-sections.js';

export interface Methodology {
  studyText: string;
  study: Fact[];
  crawl: Fact[];
  lighthouseEnabled: boolean;
  lighthouse: Fact[];
  /** Lighthouse's run-to-run variability and how the lane keeps out of it, with this machine's figures. */
  lighthouseVariability: string;
  pageTypes: Fact[];
  catalogue: { dimension: string; checks: { id: string; title: string; scope: string; weight: string; rationale: string }[] }[];
  levels: { name: string; threshold: string; dimensions: string; reason: string }[];
  /** The index version and the versions the study's results were scored under. */
  indexVersionText: string;
  /** How a site invisible to search engines is scored and counted. */
  gateText: string;
  dimensions: { name: string; weight: string; reason: string }[];
  lighthouseInputs: { title: string; dimension: string; weight: string; rationale: string }[];
  statistics: string;
  /** Clusters, design effect and the sensitivity analysis. */
  uncertainty: string;
  /** The validation's agreement figures, or a line saying there are none. */
  validation: string[];
  limitations: string[];
}

export interface Fact {
  label: string;
  value: string;
}

/** A field of the stored configuration, if the study recorded it. */
function setting(config: unknown, path: string[]): unknown {
  let value: unknown = config;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function methodology(context: ReportContext, agreement?: StoredAgreement): Methodology {
  const { t, format, meta, summary, lang } = context;
  const config = meta.config;
  const environment = meta.environment ?? {};
  const unknown = t('unknown');
  const text = (value: unknown) =>
    value === undefined || value === null || value === '' ? unknown : typeof value === 'number' ? format.number(value) : String(value);
  const yesNo = (value: unknown) => (typeof value === 'boolean' ? t(value ? 'yes' : 'no') : unknown);
  const secs = (value: unknown) => (typeof value === 'number' ? t('seconds', { n: format.number(value) }) : unknown);
  const crawlSetting = (key: string) => setting(config, ['crawl', key]);
  const lighthouseSetting = (key: string) => setting(config, ['lighthouse', key]);
  const maxBytes = crawlSetting('maxBytes');
  // The Lighthouse lane records its versions and settings under `environment.lighthouse`.
  const lane = (
    typeof environment['lighthouse'] === 'object' && environment['lighthouse'] !== null ? environment['lighthouse'] : {}
  ) as Record<string, unknown>;
  const envText = (...keys: string[]) =>
    keys.flatMap((key) => [environment[key], lane[key]]).find((value) => value !== undefined && value !== null && value !== '');
  const joined = (values: Set<string>) => (values.size > 0 ? [...values].join(', ') : undefined);

  const lighthouseEnabled = lighthouseSetting('enabled') !== false;
  const pageTypes = [...summary.lighthouse.pageTypes]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, count]) => ({ label: labelOf(pageTypeLabels, type, lang), value: format.number(count) }));

  const byDimension = dimensionOrder
    .map((dimension) => ({
      dimension: context.dimensionName(dimension),
      checks: catalogue
        .filter((check) => check.dimension === dimension)
        .map((check) => ({
          id: check.id,
          title: check.title[lang],
          scope: t(check.scope === 'page' ? 'scope_page' : 'scope_site'),
          weight: format.number(check.weight, 2),
          rationale: check.rationale[lang],
        })),
    }))
    .filter((entry) => entry.checks.length > 0);

  const maxPages = crawlSetting('maxPages');
  const storedVersions = [
    ...new Set(summary.sites.map((site) => site.indexVersion).filter((version): version is number => version !== undefined)),
  ]
    .sort()
    .join(', ');
  return {
    indexVersionText: t('indexVersionText', { version: indexVersion, stored: storedVersions || '—' }),
    gateText: invisibleGate.reason[lang],
    studyText: t('methodStudyText', { total: format.number(summary.sites.length) }),
    study: [
      { label: t('startedAt'), value: format.dateTime(meta.startedAt) },
      { label: t('finishedAt'), value: format.dateTime(meta.finishedAt) },
      { label: t('tool'), value: `${meta.tool.name} ${meta.tool.version}` },
    ],
    crawl: [
      { label: t('userAgent'), value: text(crawlSetting('userAgent') ?? envText('userAgent')) },
      { label: t('maxPages'), value: text(maxPages) },
      { label: t('maxDepth'), value: text(crawlSetting('maxDepth')) },
      { label: t('siteBudget'), value: secs(crawlSetting('siteBudgetSecs')) },
      { label: t('requestTimeout'), value: secs(crawlSetting('requestTimeoutSecs')) },
      {
        label: t('maxBytes'),
        value: typeof maxBytes === 'number' ? t('megabytes', { n: format.number(maxBytes / 1024 / 1024, 1) }) : unknown,
      },
      { label: t('perHostConcurrency'), value: text(crawlSetting('perHostConcurrency')) },
      { label: t('robotsObeyed'), value: yesNo(crawlSetting('respectRobots')) },
      { label: t('browserFallback'), value: yesNo(crawlSetting('browserFallback')) },
      { label: t('renderHome'), value: yesNo(crawlSetting('renderHome')) },
      {
        label: t('sitemapSampleShare'),
        value:
          typeof crawlSetting('sitemapSampleShare') === 'number' ? format.percent(crawlSetting('sitemapSampleShare') as number) : unknown,
      },
      { label: t('verifyLinkTargets'), value: text(crawlSetting('verifyLinkTargets')) },
    ],
    lighthouseEnabled,
    lighthouse: [
      {
        label: t('lighthouseVersion'),
        value: text(envText('lighthouseVersion') ?? joined(summary.lighthouse.lighthouseVersions)),
      },
      {
        label: t('chromiumVersion'),
        value: text(
          envText('chromiumVersion', 'chromeVersion', 'chromium', 'browserVersion') ?? joined(summary.lighthouse.chromiumVersions),
        ),
      },
      {
        label: t('throttling'),
        // What the runs reported beats what the lane expected to apply.
        value: throttlingText(joined(summary.lighthouse.throttling) ?? envText('throttling'), unknown),
      },
      { label: t('lighthouseFormFactor'), value: text(lighthouseSetting('formFactor')) },
      { label: t('lighthousePages'), value: text(lighthouseSetting('pages')) },
      { label: t('lighthouseRuns'), value: text(lighthouseSetting('runs')) },
    ],
    lighthouseVariability: variabilityNote(context),
    pageTypes,
    catalogue: byDimension,
    levels: context.definition.levels.map((level) => ({
      name: context.levelName(level.level),
      threshold: format.number(level.min),
      dimensions:
        Object.entries(level.minDimensions)
          .map(([dimension, min]) => `${context.dimensionName(dimension)} ≥ ${format.number(min)}`)
          .join(', ') || '—',
      reason: level.reason[lang],
    })),
    dimensions: context.definition.dimensions.map((entry) => ({
      name: context.dimensionName(entry.dimension),
      weight: format.number(entry.weight, 2),
      reason: entry.reason[lang],
    })),
    lighthouseInputs: context.definition.lighthouseInputs.map((input) => ({
      title: input.title[lang],
      dimension: context.dimensionName(input.dimension),
      weight: format.number(input.weight, 2),
      rationale: input.rationale[lang],
    })),
    statistics: t('statisticsText', { min: minimumGroupSize }),
    uncertainty: uncertaintyMethod(context),
    validation: validationLines(context, agreement),
    limitations: [
      t('limitPages', { maxPages: text(maxPages) }),
      t('limitPractice'),
      t('limitLighthouse'),
      t('limitRobots'),
      t('limitRegistry'),
      t('limitJavaScript'),
      t('limitDate'),
    ],
  };
}

function variabilityNote(context: ReportContext): string {
  const measured = measuredLighthouseVariability;
  const points = (score: number, signed = false) => {
    const value = Math.round(score * 1000) / 10;
    return `${signed && value > 0 ? '+' : ''}${context.format.number(value, 1)}`;
  };
  return context.t('lighthouseVariabilityNote', {
    cores: context.format.number(measured.cores),
    date: measured.date,
    lighthouse: measured.lighthouseVersion,
    pages: context.format.number(measured.pages),
    largest: points(measured.cliLargestGap),
    mean: points(measured.cliMeanAbsoluteGap),
    signed: points(measured.laneMeanSignedGap, true),
  });
}

/** Throttling as the runs described it, or as the lane records it: `{ mobile: { method, throttling: { rttMs, … } } }`. */
function throttlingText(value: unknown, unknown: string): string {
  if (value === undefined || value === null || value === '') return unknown;
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([formFactor, settings]) => {
      const { method, throttling } = (settings ?? {}) as {
        method?: string;
        throttling?: { rttMs?: number; throughputKbps?: number; cpuSlowdownMultiplier?: number };
      };
      const parts = [
        throttling?.rttMs !== undefined ? `RTT ${throttling.rttMs} ms` : undefined,
        throttling?.throughputKbps !== undefined ? `${Math.round(throttling.throughputKbps)} kbps` : undefined,
        throttling?.cpuSlowdownMultiplier !== undefined ? `CPU ×${throttling.cpuSlowdownMultiplier}` : undefined,
      ].filter(Boolean);
      return parts.length > 0 ? `${formFactor}, ${method ?? '?'}: ${parts.join(', ')}` : `${formFactor}: ${JSON.stringify(settings)}`;
    })
    .join(' ; ');
}
