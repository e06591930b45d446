// The configuration a study was started with, read back on --resume. It is versioned and read
// through migrations, leniently (a field added since gets its default), never strictly: a
// stricter schema for what users write must not make older studies unreadable. When it cannot
// be read, that is said; the study is never silently resumed with other settings.
import { studyConfigSchema, type StudyConfig } from './config.js';
import type { StudyMeta } from './store/study-store.js';

/**
 * Shape version of the stored config. 1: muniseo 0.1 (written without a version). 2: `lighthouse.pages`
 * may be the string `all` besides a number. Bump it when a stored field is renamed, moved, changes
 * meaning or takes values an older muniseo cannot read, and add the step to `migrations`.
 */
export const storedConfigVersion = 2;

/** Steps from version N to N + 1, applied in order to an older study's config. */
const migrations: Record<number, (config: Record<string, unknown>) => Record<string, unknown>> = {
  // A version-1 `lighthouse.pages` is a number, which version 2 reads as it is. The bump is for the
  // other direction: a muniseo that reads only version 1 says a newer one started the study,
  // rather than failing on `all`.
  1: (config) => config,
};

export class StoredConfigError extends Error {}

export function readStoredConfig(meta: StudyMeta, studyPath: string): StudyConfig {
  const version = meta.configVersion ?? 1;
  if (version > storedConfigVersion) {
    throw new StoredConfigError(
      `${studyPath} was started by a newer muniseo (configuration version ${version}; this one reads up to ${storedConfigVersion})`,
    );
  }
  let config = (typeof meta.config === 'object' && meta.config !== null ? meta.config : {}) as Record<string, unknown>;
  for (let step = version; step < storedConfigVersion; step += 1) config = migrations[step]?.(config) ?? config;
  const parsed = studyConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoredConfigError(
      `the configuration stored in ${studyPath} cannot be read (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}); resume is refused rather than run with other settings`,
    );
  }
  return parsed.data;
}
