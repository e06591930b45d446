// The validation kit (issue 12, docs/validation.md): a sample of audited sites drawn by kind ×
// level for people to label blind, and the agreement between their labels and with muniseo.
// Read from compact per-site tuples, never whole results.
import { detectDelimiter, formatCsvRow, parseCsv } from '../institutions/csv.js';
import type { MaturityLevel, SiteResult } from '../model/index.js';
import type { StoredAgreement } from '../store/study-store.js';
import { seededRandom } from './seeded-random.js';
import { weightedKappa, type KappaWeights } from './statistics.js';

/** What the sample needs of an audited site. */
export interface ReviewCandidate {
  id: string;
  url: string;
  kind: string;
  level: MaturityLevel;
  /** CMS id, or '' when none is known: balanced within each stratum. */
  cms: string;
}

export function reviewCandidate(result: SiteResult): ReviewCandidate | undefined {
  if (!result.index) return undefined;
  return {
    id: result.institution.id,
    url: result.institution.url,
    kind: result.institution.kind,
    level: result.index.level,
    cms: result.attribution?.cms?.id ?? '',
  };
}

export interface ReviewSample {
  /** The sites drawn, in the sheet's order (shuffled: the order tells nothing of the strata). */
  sites: ReviewCandidate[];
  /** Drawn per stratum (`kind × level`), for the organiser's record. */
  strata: { kind: string; level: MaturityLevel; available: number; drawn: number }[];
}

/**
 * Draws `n` sites stratified by kind × level. Strata get equal shares (a small stratum gives all it
 * has and the rest goes to the others), so that rare levels are labelled often enough to be
 * checked; within a stratum, the draw takes each CMS in turn, so that no CMS fills it. The same
 * candidates and seed give the same sample, whatever order the candidates come in.
 */
export function drawReviewSample(candidates: readonly ReviewCandidate[], n: number, seed: string): ReviewSample {
  const random = seededRandom(`sample-for-review:${seed}`);
  const byStratum = new Map<string, ReviewCandidate[]>();
  for (const candidate of [...candidates].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${candidate.kind}\u0000${candidate.level}`;
    const list = byStratum.get(key) ?? [];
    list.push(candidate);
    byStratum.set(key, list);
  }
  const strata = [...byStratum.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const quota = allocate(
    strata.map(([, list]) => list.length),
    Math.min(n, candidates.length),
  );
  const drawn: ReviewCandidate[] = [];
  const record: ReviewSample['strata'] = [];
  strata.forEach(([, list], position) => {
    drawn.push(...balancedDraw(list, quota[position]!, random));
    record.push({ kind: list[0]!.kind, level: list[0]!.level, available: list.length, drawn: quota[position]! });
  });
  return { sites: shuffle(drawn, random), strata: record };
}

/** Equal shares of `n` over strata of these sizes, none above its size; leftovers go round again. */
export function allocate(sizes: readonly number[], n: number): number[] {
  const quota = sizes.map(() => 0);
  let left = Math.min(
    n,
    sizes.reduce((sum, size) => sum + size, 0),
  );
  while (left > 0) {
    const open = sizes.map((size, index) => index).filter((index) => quota[index]! < sizes[index]!);
    const share = Math.max(1, Math.floor(left / open.length));
    for (const index of open) {
      if (left === 0) break;
      const give = Math.min(share, sizes[index]! - quota[index]!, left);
      quota[index]! += give;
      left -= give;
    }
  }
  return quota;
}

/** `count` sites of one stratum, one CMS after another (CMSs in a seeded order, sites shuffled in each). */
function balancedDraw(list: readonly ReviewCandidate[], count: number, random: () => number): ReviewCandidate[] {
  const byCms = new Map<string, ReviewCandidate[]>();
  for (const site of list) byCms.set(site.cms, [...(byCms.get(site.cms) ?? []), site]);
  const queues = shuffle(
    [...byCms.keys()].sort().map((cms) => shuffle(byCms.get(cms)!, random)),
    random,
  );
  const taken: ReviewCandidate[] = [];
  while (taken.length < count) {
    for (const queue of queues) {
      if (taken.length === count) break;
      const next = queue.shift();
      if (next) taken.push(next);
    }
  }
  return taken;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Column names of the labelling sheet, in the sheet's language; both are read back. */
export const sheetColumns = {
  fr: { id: 'id', url: 'url', level: 'niveau', notes: 'remarques' },
  en: { id: 'id', url: 'url', level: 'level', notes: 'notes' },
} as const;

/** The blind sheet: id and URL of each site, an empty level and notes to fill; no muniseo output. */
export function labellingSheet(sample: ReviewSample, lang: 'fr' | 'en'): string {
  const columns = sheetColumns[lang];
  const lines = [formatCsvRow([columns.id, columns.url, columns.level, columns.notes])];
  for (const site of sample.sites) lines.push(formatCsvRow([site.id, site.url, '', '']));
  return `${lines.join('\r\n')}\r\n`;
}

export class LabelsError extends Error {}

/** One labeller's levels by site id; a blank level is a site not rated. */
export function parseLabels(text: string, file: string): Map<string, MaturityLevel> {
  const body = text.replace(/^\uFEFF/, '');
  const records = parseCsv(body, detectDelimiter(body.split(/\r?\n/, 1)[0] ?? ''));
  const [header, ...rows] = records;
  if (!header || 'error' in header) throw new LabelsError(`${file}: no header line`);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const idColumn = names.indexOf('id');
  const levelColumn = names.findIndex((name) => name === 'level' || name === 'niveau');
  if (idColumn < 0 || levelColumn < 0) throw new LabelsError(`${file}: needs the columns id and level (or niveau)`);
  const labels = new Map<string, MaturityLevel>();
  for (const row of rows) {
    if ('error' in row) throw new LabelsError(`${file}:${row.line}: ${row.error}`);
    const id = row.fields[idColumn]?.trim() ?? '';
    const level = row.fields[levelColumn]?.trim() ?? '';
    if (id === '' || level === '') continue;
    if (!/^[0-3]$/.test(level)) throw new LabelsError(`${file}:${row.line}: level "${level}" is not 0, 1, 2 or 3`);
    if (labels.has(id)) throw new LabelsError(`${file}:${row.line}: site ${id} rated twice`);
    labels.set(id, Number(level) as MaturityLevel);
  }
  return labels;
}

export interface LabelFile {
  name: string;
  labels: Map<string, MaturityLevel>;
}

/**
 * Agreement between labellers (each pair), the consensus (the first two when they agree; else the
 * third labeller's level when it matches one of theirs; else the lower of the first two), muniseo
 * against the consensus, and precision and recall of muniseo's level 2 or above. Only sites the
 * study audited count.
 */
export function agreementFigures(
  files: readonly LabelFile[],
  muniseo: ReadonlyMap<string, MaturityLevel>,
  weights: KappaWeights = 'linear',
): Omit<StoredAgreement, 'recordedAt'> {
  const levels = 4;
  const labellers: StoredAgreement['labellers'] = [];
  for (let i = 0; i < files.length; i += 1) {
    for (let j = i + 1; j < files.length; j += 1) {
      const pairs = pairsOf(files[i]!.labels, files[j]!.labels, muniseo);
      labellers.push({
        first: files[i]!.name,
        second: files[j]!.name,
        sites: pairs.length,
        kappa: weightedKappa(pairs, levels, weights),
        exact: exactShare(pairs),
      });
    }
  }
  const [first, second, third] = files;
  const consensus = new Map<string, MaturityLevel>();
  const settled = { agreed: 0, byThird: 0, lowerLevel: 0 };
  for (const [id, a] of first!.labels) {
    const b = second!.labels.get(id);
    if (b === undefined || !muniseo.has(id)) continue;
    if (a === b) {
      consensus.set(id, a);
      settled.agreed += 1;
      continue;
    }
    const c = third?.labels.get(id);
    if (c !== undefined && (c === a || c === b)) {
      consensus.set(id, c);
      settled.byThird += 1;
    } else {
      consensus.set(id, Math.min(a, b) as MaturityLevel);
      settled.lowerLevel += 1;
    }
  }
  const versus = [...consensus].map(([id, level]) => [muniseo.get(id)!, level] as const);
  const deliberate = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const [found, truth] of versus) {
    if (found >= 2 && truth >= 2) deliberate.truePositives += 1;
    else if (found >= 2) deliberate.falsePositives += 1;
    else if (truth >= 2) deliberate.falseNegatives += 1;
  }
  return {
    files: files.map((file) => file.name),
    weights,
    sites: consensus.size,
    labellers,
    muniseo: { sites: versus.length, kappa: weightedKappa(versus, levels, weights), exact: exactShare(versus) },
    deliberate,
    settled,
  };
}

function pairsOf(
  a: ReadonlyMap<string, MaturityLevel>,
  b: ReadonlyMap<string, MaturityLevel>,
  audited: ReadonlyMap<string, MaturityLevel>,
): (readonly [number, number])[] {
  const pairs: (readonly [number, number])[] = [];
  for (const [id, level] of a) {
    const other = b.get(id);
    if (other !== undefined && audited.has(id)) pairs.push([level, other]);
  }
  return pairs;
}

function exactShare(pairs: readonly (readonly [number, number])[]): number {
  return pairs.length === 0 ? 0 : pairs.filter(([a, b]) => a === b).length / pairs.length;
}

/** Precision and recall of level 2 or above; null when nothing to divide. */
export function precisionRecall(deliberate: StoredAgreement['deliberate']): { precision: number | null; recall: number | null } {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = deliberate;
  return { precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn) };
}
