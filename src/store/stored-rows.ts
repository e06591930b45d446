// Rows read back from study.sqlite are data from disk: validated against the model's shape, never
// cast. A row that does not match (a file edited by hand, written by another tool, or damaged)
// is reported with the study and the institution id instead of producing a silently wrong report.
import { z } from 'zod';
import { crawlOutcomes, dimensions, type Institution, institutionKinds, lighthouseCategories, type SiteResult } from '../model/index.js';
import type { RegistryImport, StoredAgreement, StudyMeta } from './study-store.js';

/** A stored row that does not match the model: the CLI prints it in one line and exits 1. */
export class StoredDataError extends Error {
  constructor(
    readonly studyPath: string,
    readonly institutionId: string | undefined,
    detail: string,
  ) {
    super(
      `${studyPath}: ${institutionId ? `the stored result of "${institutionId}"` : 'a stored row'} does not match muniseo's model (${detail})`,
    );
  }
}

const statuses = ['pass', 'warn', 'fail', 'na'] as const;

const institutionSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(institutionKinds),
  url: z.string(),
  population: z.number().optional(),
});

const messageSchema = z.looseObject({ id: z.string(), values: z.record(z.string(), z.unknown()).optional() });

const checkResultSchema = z.looseObject({
  id: z.string(),
  scope: z.enum(['page', 'site']),
  dimension: z.enum(dimensions),
  status: z.enum(statuses),
  value: z.union([z.number(), z.string(), z.boolean()]).optional(),
  message: messageSchema.optional(),
  evidence: z.string().optional(),
  pagesAffected: z.number().int().min(0),
  pagesChecked: z.number().int().min(0),
  examples: z.array(z.string()),
});

const scoresSchema = z.looseObject(Object.fromEntries(lighthouseCategories.map((category) => [category, z.number().nullable()])));

const lighthousePageSchema = z.looseObject({
  url: z.string(),
  pageType: z.string(),
  formFactor: z.enum(['mobile', 'desktop']),
  runs: z.array(z.unknown()),
  scores: scoresSchema,
  metrics: z.record(z.string(), z.unknown()),
});

const indexSchema = z.looseObject({
  score: z.number().min(0).max(100),
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  label: z.looseObject({ fr: z.string(), en: z.string() }),
  dimensions: z.record(z.string(), z.number().nullable()),
});

/** Who built the site (src/model/attribution.ts): the report groups sites by it, the exports carry it. */
const attributionSchema = z.looseObject({
  cms: z.looseObject({ id: z.string(), version: z.string().optional() }).optional(),
  seoPlugins: z.array(z.string()),
  theme: z.string().optional(),
  platform: z.string().optional(),
  vendor: z.looseObject({ name: z.string(), evidence: z.enum(['credit-text', 'credit-link', 'generator', 'asset-path']) }).optional(),
});

const siteResultSchema = z.looseObject({
  institution: institutionSchema,
  outcome: z.enum(crawlOutcomes),
  reason: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  crawl: z.looseObject({ pagesCrawled: z.number().int().min(0), htmlPages: z.number().int().min(0) }),
  pages: z.array(z.looseObject({ url: z.string(), status: z.number() })),
  checks: z.array(checkResultSchema),
  lighthouse: z.looseObject({ pages: z.array(lighthousePageSchema) }),
  attribution: attributionSchema.optional(),
  index: indexSchema.optional(),
});

function parseJson(text: string, studyPath: string, id: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StoredDataError(studyPath, id, `not JSON: ${(error as Error).message}`);
  }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}

export function parseStoredSiteResult(text: string, studyPath: string, id?: string): SiteResult {
  const parsed = siteResultSchema.safeParse(parseJson(text, studyPath, id));
  if (!parsed.success) throw new StoredDataError(studyPath, id, describeIssue(parsed.error));
  // The schema checked what every reader relies on; the rest of the row passes through as written.
  return parsed.data as unknown as SiteResult;
}

export function parseStoredInstitution(text: string, studyPath: string, id?: string): Institution {
  const parsed = institutionSchema.safeParse(parseJson(text, studyPath, id));
  if (!parsed.success) throw new StoredDataError(studyPath, id, describeIssue(parsed.error));
  return parsed.data as unknown as Institution;
}

const studyMetaSchema = z.looseObject({
  name: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  config: z.unknown(),
  configVersion: z.number().int().min(1).optional(),
  environment: z.record(z.string(), z.unknown()).optional(),
  fictional: z.boolean().optional(),
  catalogueVersion: z.number().int().min(1).optional(),
  rescoredAt: z.string().optional(),
});

export function parseStoredMeta(text: string, studyPath: string): StudyMeta {
  const parsed = studyMetaSchema.safeParse(parseJson(text, studyPath, undefined));
  if (!parsed.success) throw new StoredDataError(studyPath, undefined, `study description, ${describeIssue(parsed.error)}`);
  return parsed.data as unknown as StudyMeta;
}

const registryImportsSchema = z.array(
  z.looseObject({
    file: z.string(),
    importedAt: z.string(),
    read: z.number().int().min(0),
    kept: z.number().int().min(0),
    merged: z.number().int().min(0),
    skipped: z.record(z.string(), z.number().int().min(0)),
    problems: z.array(z.looseObject({ line: z.number().int(), reason: z.string() })),
    moreProblems: z.number().int().min(0),
    noWebsite: z.array(z.looseObject({ kind: z.string(), stratum: z.string().optional(), count: z.number().int().min(0) })).optional(),
  }),
);

export function parseRegistryImports(text: string, studyPath: string): RegistryImport[] {
  const parsed = registryImportsSchema.safeParse(parseJson(text, studyPath, undefined));
  if (!parsed.success) throw new StoredDataError(studyPath, undefined, `registry imports, ${describeIssue(parsed.error)}`);
  return parsed.data;
}

const count = z.number().int().min(0);
const kappa = z.number().max(1).nullable();

const agreementSchema = z.looseObject({
  recordedAt: z.string(),
  files: z.array(z.string()),
  weights: z.enum(['linear', 'quadratic']),
  sites: count,
  labellers: z.array(z.looseObject({ first: z.string(), second: z.string(), sites: count, kappa, exact: z.number().min(0).max(1) })),
  muniseo: z.looseObject({ sites: count, kappa, exact: z.number().min(0).max(1) }),
  deliberate: z.looseObject({ truePositives: count, falsePositives: count, falseNegatives: count }),
  settled: z.looseObject({ agreed: count, byThird: count, lowerLevel: count }),
});

export function parseAgreement(text: string, studyPath: string): StoredAgreement {
  const parsed = agreementSchema.safeParse(parseJson(text, studyPath, undefined));
  if (!parsed.success) throw new StoredDataError(studyPath, undefined, `agreement figures, ${describeIssue(parsed.error)}`);
  return parsed.data as StoredAgreement;
}
