// Assertion results as a CI log reads them: one line per failed assertion, with its actual value and
// the pages concerned, then a count. English, like the rest of the command line's output.
import type { AssertionResult } from './types.js';

/** Pages of a check listed on its line, at most; the rest are counted. */
const maxPagesListed = 5;

export function describeResult(result: AssertionResult): string {
  const where = result.page ? `${result.page.url} (${result.page.formFactor})` : `${result.site.name} (${result.site.url})`;
  const verdict = result.passed ? 'passed' : result.level;
  let line = `${verdict.padEnd(6)} ${result.key}  ${where}: ${result.name} ${result.operator} ${value(result.expected)}, actual ${result.actual === null ? 'none' : value(result.actual)}`;
  const runs = result.values?.length ?? 0;
  if (result.aggregationMethod && runs > 1) {
    line += ` (${result.aggregationMethod} of ${runs} runs: ${(result.values ?? []).map((run) => (run === null ? 'none' : value(run))).join(', ')})`;
  }
  if (result.message) line += ` — ${result.message}`;
  if (result.pages && result.pages.length > 0 && !result.passed) {
    const listed = result.pages.slice(0, maxPagesListed).join(', ');
    line += `; pages: ${listed}${result.pages.length > maxPagesListed ? `, … (${result.pages.length - maxPagesListed} more)` : ''}`;
  }
  return line;
}

export interface AssertionSummary {
  checked: number;
  failedErrors: number;
  failedWarnings: number;
}

export function summarise(results: readonly AssertionResult[]): AssertionSummary {
  return {
    checked: results.length,
    failedErrors: results.filter((result) => !result.passed && result.level === 'error').length,
    failedWarnings: results.filter((result) => !result.passed && result.level === 'warn').length,
  };
}

export function summaryLine(summary: AssertionSummary): string {
  const failed = summary.failedErrors + summary.failedWarnings;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (failed === 0) return `assertions: all ${summary.checked} passed`;
  return `assertions: ${failed} of ${summary.checked} failed (${plural(summary.failedErrors, 'error')}, ${plural(summary.failedWarnings, 'warning')})`;
}

/** Scores with their hundredths, CLS with its thousandths, milliseconds whole. */
function value(value: number | string): string {
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
