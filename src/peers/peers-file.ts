// A study's peers file: built from its results (aggregates only), and read back strictly.
import { z } from 'zod';
import { institutionKinds, peersFormatVersion, type PeerGroupAggregate, type PeersFile, type SiteResult } from '../model/index.js';
import { minComparableGroupSize } from '../institutions/peer-groups.js';

/** The results are scored with more than one index version: percentiles would mix different indices. */
export class MixedIndexVersionsError extends Error {
  constructor(readonly versions: number[]) {
    super(`the study's results were scored with index versions ${versions.join(' and ')}`);
  }
}

interface Member {
  kind: PeerGroupAggregate['kind'];
  stratum?: string;
  score: number;
  dimensions: Record<string, number | null>;
  checks: { id: string; status: string }[];
}

/**
 * The peers file of a study: its audited institutions grouped as a web team's site will be placed
 * (whole study, kind, kind × stratum); a kind or kind × stratum group smaller than the report
 * compares is left out, so that no group's distribution is one institution's scores.
 */
export function buildPeersFile(study: string, results: Iterable<SiteResult>, exportedAt: Date): PeersFile {
  const members: Member[] = [];
  const versions = new Set<number>();
  for (const result of results) {
    if (!result.index) continue;
    versions.add(result.index.version ?? 1);
    members.push({
      kind: result.institution.kind,
      ...(result.institution.stratum ? { stratum: result.institution.stratum } : {}),
      score: result.index.score,
      dimensions: result.index.dimensions,
      checks: result.checks.map((check) => ({ id: check.id, status: check.status })),
    });
  }
  if (versions.size > 1) throw new MixedIndexVersionsError([...versions].sort());
  const groups: PeerGroupAggregate[] = [aggregate({}, members)];
  const byKey = new Map<string, { identity: Pick<PeerGroupAggregate, 'kind' | 'stratum'>; members: Member[] }>();
  const join = (key: string, identity: Pick<PeerGroupAggregate, 'kind' | 'stratum'>, member: Member) => {
    const entry = byKey.get(key) ?? { identity, members: [] };
    entry.members.push(member);
    byKey.set(key, entry);
  };
  for (const member of members) {
    // "other" is no kind: such an institution has peers only in the whole study.
    if (member.kind === undefined || member.kind === 'other') continue;
    join(member.kind, { kind: member.kind }, member);
    if (member.stratum) join(`${member.kind} ${member.stratum}`, { kind: member.kind, stratum: member.stratum }, member);
  }
  const sortedKeys = [...byKey.keys()].sort();
  for (const key of sortedKeys) {
    const entry = byKey.get(key);
    if (entry && entry.members.length >= minComparableGroupSize) groups.push(aggregate(entry.identity, entry.members));
  }
  const [version] = [...versions];
  return {
    format: 'muniseo-peers',
    formatVersion: peersFormatVersion,
    study,
    indexVersion: version ?? 0,
    exportedAt: exportedAt.toISOString(),
    groups,
  };
}

function aggregate(identity: Pick<PeerGroupAggregate, 'kind' | 'stratum'>, members: Member[]): PeerGroupAggregate {
  const ascending = (values: number[]) => values.sort((a, b) => a - b);
  const dimensions: Record<string, number[]> = {};
  const checks: Record<string, { applicable: number; passing: number }> = {};
  for (const member of members) {
    for (const [dimension, value] of Object.entries(member.dimensions)) {
      if (typeof value === 'number') (dimensions[dimension] ??= []).push(value);
    }
    for (const check of member.checks) {
      if (check.status === 'na') continue;
      const counts = (checks[check.id] ??= { applicable: 0, passing: 0 });
      counts.applicable += 1;
      if (check.status === 'pass') counts.passing += 1;
    }
  }
  for (const values of Object.values(dimensions)) ascending(values);
  return { ...identity, audited: members.length, index: ascending(members.map((member) => member.score)), dimensions, checks };
}

const scores = z.array(z.number().finite());
const peersSchema = z.strictObject({
  format: z.literal('muniseo-peers'),
  formatVersion: z.literal(peersFormatVersion),
  study: z.string(),
  indexVersion: z.number().int(),
  exportedAt: z.string(),
  groups: z
    .array(
      z.strictObject({
        kind: z.enum(institutionKinds).optional(),
        stratum: z.string().optional(),
        audited: z.number().int().nonnegative(),
        index: scores,
        dimensions: z.record(z.string(), scores),
        checks: z.record(
          z.string(),
          z.strictObject({ applicable: z.number().int().nonnegative(), passing: z.number().int().nonnegative() }),
        ),
      }),
    )
    .min(1),
});

/** A peers file read back from JSON: its shape checked, never cast. Throws Error naming the first problem. */
export function parsePeersFile(json: unknown): PeersFile {
  const parsed = peersSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`not a muniseo peers file: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unreadable'}`);
  }
  return parsed.data as PeersFile;
}
