// The configuration: defaults, then a config file, then flags. Validated once, here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { studyConfigSchema, type StudyConfig } from '../config.js';
import { describeUnknownKeys, unknownKeys } from '../config-keys.js';
import { parseExclusions } from '../network/index.js';
import { UsageError } from './usage-error.js';

export const defaultConfigFile = 'muniseo.config.json';

export interface ConfigFlags {
  config?: string;
  maxPages?: number;
  maxDepth?: number;
  lighthouse?: boolean;
  lighthousePages?: number | 'all';
  lighthouseRuns?: number;
  lighthouseConcurrency?: number;
  formFactor?: 'mobile' | 'desktop' | 'both';
  concurrency?: number;
  userAgent?: string;
  siteBudget?: number;
  groupBy?: string;
  allowPrivateNetwork?: boolean;
  /** An exclusion file: hosts or domains never contacted. */
  exclude?: string;
}

/** A configuration and the settings the user chose in it, as opposed to defaults. */
export interface RequestedConfig {
  config: StudyConfig;
  /** Dotted paths (`crawl.maxPages`) set by the config file or a flag: what a resumed study compares with its own. */
  chosen: string[];
}

/** Reads `--config FILE` (or ./muniseo.config.json when present) and applies flags over it. */
export function loadStudyConfig(flags: ConfigFlags, cwd = process.cwd()): StudyConfig {
  return requestStudyConfig(flags, cwd).config;
}

/** As loadStudyConfig, also saying which settings were chosen rather than left to their defaults. */
export function requestStudyConfig(flags: ConfigFlags, cwd = process.cwd()): RequestedConfig {
  const path = flags.config ?? (existsSync(`${cwd}/${defaultConfigFile}`) ? `${cwd}/${defaultConfigFile}` : undefined);
  let fromFile: Record<string, unknown> = {};
  if (path) {
    if (!existsSync(path)) throw new UsageError(`config file not found: ${path}`);
    try {
      fromFile = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
    }
    // A typo must not silently become a default: every key has to be one muniseo knows.
    const unknown = unknownKeys(fromFile, studyConfigSchema);
    if (unknown.length > 0) throw new UsageError(`config file ${path}: ${describeUnknownKeys(unknown)}`);
  }
  const crawl = { ...(fromFile['crawl'] as object | undefined) } as Record<string, unknown>;
  const lighthouse = { ...(fromFile['lighthouse'] as object | undefined) } as Record<string, unknown>;
  const set = (target: Record<string, unknown>, key: string, value: unknown) => {
    if (value !== undefined) target[key] = value;
  };
  set(crawl, 'maxPages', flags.maxPages);
  set(crawl, 'maxDepth', flags.maxDepth);
  set(crawl, 'userAgent', flags.userAgent);
  set(crawl, 'siteBudgetSecs', flags.siteBudget);
  set(crawl, 'allowPrivateNetwork', flags.allowPrivateNetwork);
  // In the file, `exclude` may name an exclusion file (relative to the config file) instead of listing hosts.
  if (typeof crawl['exclude'] === 'string' && path) crawl['exclude'] = readExclusionFile(resolve(dirname(path), crawl['exclude']), path);
  if (flags.exclude !== undefined) crawl['exclude'] = readExclusionFile(flags.exclude, '--exclude');
  set(lighthouse, 'enabled', flags.lighthouse);
  set(lighthouse, 'pages', flags.lighthousePages);
  set(lighthouse, 'runs', flags.lighthouseRuns);
  set(lighthouse, 'concurrency', flags.lighthouseConcurrency);
  set(lighthouse, 'formFactor', flags.formFactor);
  const merged = {
    ...fromFile,
    crawl,
    lighthouse,
    ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
    ...(flags.groupBy !== undefined ? { groupBy: flags.groupBy } : {}),
  };
  const parsed = studyConfigSchema.safeParse(merged);
  if (!parsed.success) {
    throw new UsageError(`invalid configuration${path ? ` (${path} and flags)` : ''}: ${z.prettifyError(parsed.error)}`);
  }
  return { config: parsed.data, chosen: leafPaths(merged) };
}

/** The hosts of an exclusion file (one host or domain a line, `#` comments); a line that is not a host is bad usage. */
export function readExclusionFile(file: string, givenBy: string): string[] {
  if (!existsSync(file)) throw new UsageError(`${givenBy}: exclusion file not found: ${file}`);
  if (statSync(file).isDirectory()) throw new UsageError(`${givenBy}: ${file} is a folder, not an exclusion file`);
  const { hosts, problems } = parseExclusions(readFileSync(file, 'utf8'));
  if (problems.length > 0) {
    const lines = problems.slice(0, 5).map((problem) => `  ${file}:${problem.line}: not a host or domain: "${problem.text}"`);
    const more = problems.length > 5 ? [`  … and ${problems.length - 5} more`] : [];
    throw new UsageError(`${givenBy}: the exclusion file has lines that name no host:\n${[...lines, ...more].join('\n')}`);
  }
  return hosts;
}

/** A setting whose value differs between a study and a new command. */
export interface SettingChange {
  path: string;
  inStudy: unknown;
  asked: unknown;
}

/** The `chosen` settings of `asked` whose value differs from `inStudy`'s. */
export function changedSettings(inStudy: StudyConfig, asked: RequestedConfig): SettingChange[] {
  return asked.chosen
    .map((path) => ({ path, inStudy: valueAt(inStudy, path), asked: valueAt(asked.config, path) }))
    .filter((change) => JSON.stringify(change.inStudy) !== JSON.stringify(change.asked));
}

function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, nested]) =>
    typeof nested === 'object' && nested !== null && !Array.isArray(nested)
      ? leafPaths(nested as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function valueAt(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), value);
}
