// « Par CMS et prestataire » (issue 12): levels and the checks failed most often per CMS and per
// vendor or platform with enough audited sites, so that a template's flaw shared by many towns
// shows as one line. Built from the summary's per-group counters.
import type { ReportContext } from './report-context.js';
import { maturityLevels, type GroupFigures } from './study-summary.js';

/** A CMS or a vendor is shown with at least this many audited sites (issue 12). */
export const minimumVendorSites = 5;

/** Checks named per group, most failed first. */
const failedShown = 3;

export interface VendorTable {
  rows: { label: string; audited: string; levels: string[]; deliberate: string; failing: string }[];
  tooSmallNote?: string;
}

export interface VendorsSection {
  intro: string;
  attributed: string;
  byCms: VendorTable;
  byVendor: VendorTable;
}

export function vendorsSection(context: ReportContext): VendorsSection {
  const { t, format, summary } = context;
  return {
    intro: t('vendorsIntro', { min: minimumVendorSites }),
    attributed:
      summary.attributed === 0
        ? t('vendorsNoAttribution')
        : t('vendorsAttributed', { attributed: format.number(summary.attributed), audited: format.number(summary.all.audited) }),
    byCms: vendorTable(context, summary.byCms),
    byVendor: vendorTable(context, summary.byVendor),
  };
}

function vendorTable(context: ReportContext, groups: readonly GroupFigures[]): VendorTable {
  const { t, format, lang } = context;
  const shown = groups.filter((group) => group.audited >= minimumVendorSites);
  const small = groups.filter((group) => group.audited < minimumVendorSites);
  const table: VendorTable = {
    rows: shown.map((group) => ({
      label: group.identity.label[lang],
      audited: format.number(group.audited),
      levels: maturityLevels.map((level) => format.percent(group.levels[level].share)),
      deliberate: format.proportion(group.deliberate),
      failing: mostFailed(context, group),
    })),
  };
  if (small.length > 0) {
    const names = small.map((group) => `${group.identity.label[lang]} (${format.number(group.audited)})`).join(', ');
    table.tooSmallNote = t(shown.length === 0 ? 'vendorsAllTooSmall' : 'vendorsTooSmall', { min: minimumVendorSites, groups: names });
  }
  return table;
}

/** The checks the group's sites fail most often, with the share failing: « Un seul titre H1 (100 %) ». */
function mostFailed(context: ReportContext, group: GroupFigures): string {
  const ranked = group.checks
    .filter((counts) => counts.dimension !== 'public-sector' && counts.fail > 0)
    .map((counts) => ({ counts, applicable: counts.pass + counts.warn + counts.fail }))
    .sort((a, b) => b.counts.fail - a.counts.fail || context.checkOrder(a.counts.id) - context.checkOrder(b.counts.id))
    .slice(0, failedShown);
  if (ranked.length === 0) return '—';
  return ranked
    .map(({ counts, applicable }) => `${context.checkTitle(counts.id)} (${context.format.percent(counts.fail / applicable)})`)
    .join(context.lang === 'fr' ? ' ; ' : '; ');
}
