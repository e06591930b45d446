// The site among the peers of a published study (`--peers`): its group, its mid-rank percentile for
// the index and each dimension with n, and the fixes most of those peers have already made.
import { minComparableGroupSize } from '../institutions/peer-groups.js';
import type { PeerComparison } from '../model/index.js';
import { kindLabels, labelOf } from './labels.js';
import { stratumTitle } from './peer-groups.js';
import type { ReportContext } from './report-context.js';

export interface PeersSection {
  heading: string;
  group: string;
  widened?: string;
  rows: { label: string; value: string; percentile: string; n: string }[];
}

export function peersSection(context: ReportContext, comparison: PeerComparison): PeersSection {
  const { t, format, lang } = context;
  const { group } = comparison;
  const parts = [
    ...(group.kind ? [labelOf(kindLabels, group.kind, lang)] : []),
    ...(group.stratum ? [stratumTitle(group.stratum).title[lang]] : []),
  ];
  const groupLabel = parts.length > 0 ? parts.join(' · ') : t('peersWholeStudy');
  const widenedKey = {
    'kind-unknown': 'peersWidenedKind',
    'stratum-unknown': 'peersWidenedStratum',
    'group-too-small': 'peersWidenedSmall',
  } as const;
  return {
    heading: t('peersHeading', { study: comparison.study }),
    group: t('peersGroup', { group: groupLabel, n: format.number(group.audited) }),
    ...(comparison.widenedBecause ? { widened: t(widenedKey[comparison.widenedBecause], { min: minComparableGroupSize }) } : {}),
    rows: comparison.percentiles.map((entry) => ({
      label: entry.key === 'index' ? t('index') : context.dimensionName(entry.key),
      value: format.number(entry.value, 1),
      percentile: format.number(entry.percentile, 1),
      n: format.number(entry.n),
    })),
  };
}
