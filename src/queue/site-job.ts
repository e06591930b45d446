// A site-audit job as it travels through Redis: one institution, the study's configuration and
// what a worker must have to run it. A worker validates what it reads (data from Redis is data
// from outside) and refuses a job it cannot run as the study asks.
import { z } from 'zod';
import { studyConfigSchema, type StudyConfig } from '../config.js';
import { institutionKinds, type Institution } from '../model/index.js';

/** What a study asks of the worker that audits one of its sites. */
export interface StudyRequirements {
  /** muniseo's version: checks, scoring and crawl rules must be the same for every site of a study. */
  muniseo: string;
  /** Lighthouse's version, when the study runs Lighthouse. */
  lighthouse?: string;
  /** Chromium's major version, when the study runs Lighthouse and the coordinator knew it. */
  chromiumMajor?: number;
  /** The study's sites are on loopback or private addresses: only a worker started with --allow-private-network may take them. */
  privateNetwork: boolean;
}

export interface SiteJob {
  runId: string;
  study: string;
  institution: Institution;
  config: StudyConfig;
  requires: StudyRequirements;
}

/** A job whose data does not match muniseo's: it fails at once (no retry would help) and is stored as an error. */
export class SiteJobError extends Error {}

const requirementsSchema = z.object({
  muniseo: z.string(),
  lighthouse: z.string().optional(),
  chromiumMajor: z.number().int().optional(),
  privateNetwork: z.boolean(),
});

const siteJobSchema = z.object({
  runId: z.string().min(1),
  study: z.string().min(1),
  institution: z.looseObject({ id: z.string().min(1), name: z.string(), kind: z.enum(institutionKinds), url: z.string() }),
  config: studyConfigSchema,
  requires: requirementsSchema,
});

/** The requirements alone: read first, so that a job from another muniseo is refused, not misread. */
export function requirementsOf(data: unknown): StudyRequirements {
  const parsed = z.object({ requires: requirementsSchema }).safeParse(data);
  if (!parsed.success) throw new SiteJobError(`the job does not say what it requires (${describe(parsed.error)})`);
  return parsed.data.requires;
}

export function parseSiteJob(data: unknown): SiteJob {
  const parsed = siteJobSchema.safeParse(data);
  if (!parsed.success) throw new SiteJobError(`the job does not match muniseo's (${describe(parsed.error)})`);
  return parsed.data as SiteJob;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}
