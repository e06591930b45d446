// What the report says before and around its index (issue 12): the share of institutions passing
// each dimension's key practices, the uncertainty of the headline share (Wilson beside the
// clustered interval and the design effect, and how far the definition's choices move it), and
// the institutions of the registry that have no website. Built from the summary's compact
// figures, never from whole results.
import { institutionKindLabels, type InstitutionKind } from '../model/index.js';
import { keyPracticeWeight, keyPractices } from './key-practices.js';
import type { ReportContext } from './report-context.js';
import { defaultSensitivityOptions, type SensitivityAnalysis, type SensitivityOptions, type SensitivityRange } from './sensitivity.js';
import { minimumClusters, type ClusteredProportion, type Proportion } from './statistics.js';
import { precisionRecall } from './validation.js';
import type { NoWebsiteCount, StoredAgreement } from '../store/study-store.js';

export interface KeyPracticesSection {
  intro: string;
  rows: { dimension: string; practices: string; share: string; applicable: string }[];
  none?: string;
}

export function keyPracticesSection(context: ReportContext): KeyPracticesSection {
  const { t, format, summary } = context;
  const intro = t('keyPracticesIntro', { weight: format.number(keyPracticeWeight) });
  if (summary.all.audited === 0) return { intro, rows: [], none: t('keyPracticesNone') };
  const rows = [...keyPractices()]
    .filter(([, ids]) => ids.length > 0)
    .map(([dimension, ids]) => {
      const share = summary.all.keyPractices.get(dimension);
      return {
        dimension: context.dimensionName(dimension),
        practices: ids
          .map((id) => {
            const counts = summary.all.checks.find((entry) => entry.id === id);
            const applying = counts ? counts.pass + counts.warn + counts.fail : 0;
            return `${context.checkTitle(id)} (${format.percent(applying > 0 ? counts!.pass / applying : null)})`;
          })
          .join(context.lang === 'fr' ? ' ; ' : '; '),
        share: share ? format.proportion(share) : '—',
        applicable: format.number(share?.total ?? 0),
      };
    });
  return { intro, rows };
}

export interface UncertaintySection {
  /** Said in the headline when the definition's choices move the share more than ±5 points. */
  headlineNote?: string;
  clustered?: string;
  sensitivity: string;
  coverage: string;
  groups: {
    label: string;
    share: string;
    wilson: string;
    clusters: string;
    designEffect: string;
    clustered: string;
    sensitivity: string;
  }[];
}

/** Runs the sensitivity analysis once and words the headline's uncertainty and coverage. */
export function uncertaintySection(
  context: ReportContext,
  noWebsite: readonly NoWebsiteCount[],
  options: SensitivityOptions = defaultSensitivityOptions,
): UncertaintySection {
  const { t, format, summary, lang } = context;
  const all = summary.all;
  const analysis: SensitivityAnalysis = summary.sensitivity.analyse(options);
  const range = (value: SensitivityRange | undefined) =>
    value && value.low !== null && value.high !== null ? format.interval(value.low, value.high) : '—';
  const section: UncertaintySection = {
    sensitivity:
      analysis.all.low === null || analysis.all.high === null
        ? t('sensitivityNone')
        : t('sensitivitySentence', {
            draws: format.number(analysis.draws),
            seed: analysis.seed,
            low: format.percent(analysis.all.low),
            high: format.percent(analysis.all.high),
          }),
    coverage: coverageSentence(context, noWebsite),
    groups: summary.groups
      .filter((group) => !group.tooSmall)
      .map((group) => ({
        label: group.identity.label[lang],
        share: format.percent(group.deliberate.share),
        wilson: format.interval(group.deliberate.low, group.deliberate.high),
        clusters: format.number(group.deliberateClustered.clusters),
        designEffect: format.number(group.deliberateClustered.designEffect, 2),
        clustered: format.interval(group.deliberateClustered.low, group.deliberateClustered.high),
        sensitivity: range(analysis.groups.get(group.identity.key)),
      })),
  };
  if (all.audited === 0) return section;
  section.clustered = clusteredSentence(context, all.deliberate, all.deliberateClustered);
  if (analysis.all.wide && analysis.all.low !== null && analysis.all.high !== null) {
    section.headlineNote = t('headlineWide', {
      draws: format.number(analysis.draws),
      low: format.percent(analysis.all.low),
      high: format.percent(analysis.all.high),
    });
  }
  return section;
}

function clusteredSentence(context: ReportContext, wilson: Proportion, clustered: ClusteredProportion): string {
  const { t, format } = context;
  const values = {
    wilson: format.interval(wilson.low, wilson.high),
    clusters: format.number(clustered.clusters),
    designEffect: format.number(clustered.designEffect, 2),
    min: format.number(minimumClusters),
  };
  if (clustered.low === null || clustered.high === null) return t('clusteredTooFew', values);
  return t('clusteredSentence', {
    ...values,
    effective: format.number(clustered.effectiveSize, 0),
    clustered: format.interval(clustered.low, clustered.high),
  });
}

const pluralKinds: Record<InstitutionKind, { fr: string; en: string }> = {
  commune: { fr: 'communes', en: 'communes' },
  epci: { fr: 'intercommunalités', en: 'intercommunalities' },
  departement: { fr: 'départements', en: 'départements' },
  region: { fr: 'régions', en: 'regions' },
  other: { fr: 'autres institutions', en: 'other institutions' },
};

/** « 12 communes sans site, 1 intercommunalité sans site », then the audited share of the whole registry. */
export function coverageSentence(context: ReportContext, noWebsite: readonly NoWebsiteCount[]): string {
  const { t, format, summary, lang } = context;
  const byKind = new Map<string, number>();
  for (const entry of noWebsite) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + entry.count);
  const total = [...byKind.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return t('coverageNone');
  const without = lang === 'fr' ? 'sans site' : 'without a website';
  const items = [...byKind].map(([kind, count]) => {
    const known = kind in pluralKinds ? (kind as InstitutionKind) : 'other';
    const noun = count === 1 ? institutionKindLabels[known][lang] : pluralKinds[known][lang];
    return `${format.number(count)} ${noun} ${without}`;
  });
  const population = summary.sites.length + total;
  return t('coverageSentence', {
    noWebsite: items.join(', '),
    audited: format.number(summary.all.audited),
    population: format.number(population),
    coverage: format.percent(summary.all.audited / population),
  });
}

/** The counts of institutions without a website that the study's latest registry import recorded. */
export function registryNoWebsite(imports: readonly { noWebsite?: NoWebsiteCount[] }[]): NoWebsiteCount[] {
  return imports.at(-1)?.noWebsite ?? [];
}

/** How the report accounts for clusters and for the definition's choices, for the methodology. */
export function uncertaintyMethod(context: ReportContext, options: SensitivityOptions = defaultSensitivityOptions): string {
  return context.t('uncertaintyMethod', {
    min: context.format.number(minimumClusters),
    draws: context.format.number(options.draws),
    seed: options.seed,
  });
}

/** The agreement figures `muniseo agreement` recorded, as the methodology prints them; one line when there are none. */
export function validationLines(context: ReportContext, agreement: StoredAgreement | undefined): string[] {
  const { t, format } = context;
  if (!agreement) return [t('validationNone')];
  const kappa = (value: number | null) => format.number(value, 2);
  const { precision, recall } = precisionRecall(agreement.deliberate);
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = agreement.deliberate;
  return [
    t('validationSites', { sites: format.number(agreement.sites), files: agreement.files.join(', '), weights: agreement.weights }),
    ...agreement.labellers.map((pair) =>
      t('validationPair', {
        first: pair.first,
        second: pair.second,
        kappa: kappa(pair.kappa),
        exact: format.percent(pair.exact),
        sites: format.number(pair.sites),
      }),
    ),
    t('validationSettled', {
      agreed: format.number(agreement.settled.agreed),
      byThird: format.number(agreement.settled.byThird),
      lowerLevel: format.number(agreement.settled.lowerLevel),
    }),
    t('validationMuniseo', {
      kappa: kappa(agreement.muniseo.kappa),
      exact: format.percent(agreement.muniseo.exact),
      sites: format.number(agreement.muniseo.sites),
    }),
    t('validationDeliberate', {
      precision: format.percent(precision),
      recall: format.percent(recall),
      tp: format.number(tp),
      positives: format.number(tp + fp),
      truths: format.number(tp + fn),
    }),
  ];
}
