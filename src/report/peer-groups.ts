// Peer groups as the report names and orders them. The grouping itself (kind × stratum by
// default, or any columns of the sites file) is src/institutions' `peerGroupKey`.
import { defaultGroupBy, groupColumns, minComparableGroupSize, peerGroupKey, stratumByLabel } from '../institutions/index.js';
import { type Institution, institutionKinds, type Localised } from '../model/index.js';
import { kindLabels } from './labels.js';

/** A group needs this many audited institutions before its shares and medians are compared. */
export const minimumGroupSize = minComparableGroupSize;

export interface PeerGroupIdentity {
  key: string;
  label: Localised;
  /** Sorts groups column by column: kinds in their usual order, strata by population, other values by name. */
  order: (number | string)[];
}

const unknownValue = { fr: 'inconnu', en: 'unknown' };
const unknownStratum = { fr: 'population inconnue', en: 'population unknown' };

export function peerGroupOf(institution: Institution, groupBy: string = defaultGroupBy): PeerGroupIdentity {
  const parts = groupColumns(groupBy).map((column) => groupValue(institution, column));
  return {
    key: peerGroupKey(institution, groupBy),
    label: { fr: parts.map((part) => part.label.fr).join(', '), en: parts.map((part) => part.label.en).join(', ') },
    order: parts.flatMap((part) => part.order),
  };
}

function groupValue(institution: Institution, column: string): { label: Localised; order: (number | string)[] } {
  const raw = (institution as unknown as Record<string, unknown>)[column] ?? institution.extra?.[column];
  const value = raw === undefined || raw === null || raw === '' ? undefined : String(raw);
  if (column === 'kind') {
    const position = institutionKinds.indexOf(institution.kind);
    return {
      label: kindLabels[institution.kind] ?? { fr: institution.kind, en: institution.kind },
      order: [position < 0 ? institutionKinds.length : position],
    };
  }
  if (column === 'stratum') {
    if (!value) return { label: unknownStratum, order: [Number.MAX_SAFE_INTEGER] };
    const band = stratumTitle(value);
    return { label: band.title, order: [band.min] };
  }
  if (!value) return { label: unknownValue, order: [Number.MAX_SAFE_INTEGER, ''] };
  return { label: { fr: value, en: value }, order: [0, value] };
}

export function comparePeerGroups(a: PeerGroupIdentity, b: PeerGroupIdentity): number {
  const length = Math.max(a.order.length, b.order.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.order[index] ?? '';
    const right = b.order[index] ?? '';
    const difference = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
    if (difference !== 0) return difference;
  }
  return a.key.localeCompare(b.key);
}

/** Words for a stratum label of the sites file (`5000-9999`, `100000+`), from the default bands or the label's own bounds. */
export function stratumTitle(stratum: string): { min: number; title: Localised } {
  const known = stratumByLabel(stratum);
  if (known) return { min: known.min, title: known.title };
  const band = /^(\d+)-(\d+)$/.exec(stratum) ?? /^(\d+)\+$/.exec(stratum);
  if (band) {
    const min = Number(band[1]);
    const fr = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, '\u00a0');
    const en = (n: number) => n.toLocaleString('en-GB');
    if (band[2] === undefined) return { min, title: { fr: `${fr(min)} hab. et plus`, en: `${en(min)} inhabitants and over` } };
    const max = Number(band[2]);
    return { min, title: { fr: `${fr(min)} à ${fr(max)} hab.`, en: `${en(min)} to ${en(max)} inhabitants` } };
  }
  return { min: Number.MAX_SAFE_INTEGER - 1, title: { fr: stratum, en: stratum } };
}
