// `audit --assert FILE [--junit FILE]`: the file read before the audit (a mistake is bad usage, exit 2,
// naming the key), the assertions judged after it on every site of the study, each failure printed,
// and exit 1 when an `error` assertion failed.
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import {
  AssertionFileError,
  describeResult,
  evaluateAssertions,
  junitXml,
  lighthouseAuditIds,
  parseAssertions,
  summarise,
  summaryLine,
  type ParsedAssertions,
} from '../assertions/index.js';
import type { SiteResult } from '../model/index.js';
import { CommandError, UsageError } from './usage-error.js';

export async function readAssertionFile(path: string): Promise<ParsedAssertions> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UsageError(`--assert ${path}: no such file`, 'Give the path of a JSON assertion file (docs/assertions.md).');
    if (code === 'EISDIR')
      throw new UsageError(`--assert ${path}: a folder, not a file`, 'Give the path of a JSON assertion file (docs/assertions.md).');
    throw new CommandError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--assert ${path} is not valid JSON: ${(error as Error).message}`, 'See docs/assertions.md for the syntax.');
  }
  try {
    return parseAssertions(json, await lighthouseAuditIds());
  } catch (error) {
    if (error instanceof AssertionFileError)
      throw new UsageError(`--assert ${path}: ${error.message}`, 'See docs/assertions.md for the keys and their options.');
    throw error;
  }
}

export interface AssertionRun {
  assertions: ParsedAssertions;
  file: string;
  junit?: string;
}

/**
 * Judges the assertions, prints the failed ones (all with includePassedAssertions) and their count to
 * stderr, writes the JUnit file, and throws CommandError (exit 1) when an `error` assertion failed.
 */
export function judgeAssertions(run: AssertionRun, sites: Iterable<SiteResult>, write: (line: string) => void): void {
  const results = evaluateAssertions(run.assertions, sites);
  for (const result of results) if (!result.passed || run.assertions.includePassedAssertions) write(describeResult(result));
  const summary = summarise(results);
  write(summaryLine(summary));
  if (run.junit) {
    try {
      writeFileSync(run.junit, junitXml(results, { hostname: hostname(), timestamp: new Date(), assertionFile: run.file }));
    } catch (error) {
      throw new CommandError(
        `cannot write --junit ${run.junit}: ${(error as Error).message}`,
        'Check that its folder exists and can be written.',
      );
    }
  }
  if (summary.failedErrors > 0) {
    throw new CommandError(
      `${summary.failedErrors} error assertion${summary.failedErrors === 1 ? '' : 's'} failed (${run.file})`,
      'Each is listed above with its actual value; warnings do not fail the command.',
    );
  }
}
