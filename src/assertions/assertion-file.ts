// An assertion file read strictly: Lighthouse CI's syntax (https://github.com/GoogleChrome/lighthouse-ci/
// blob/main/docs/configuration.md#assert) for what muniseo keeps of Lighthouse, and muniseo's own keys.
// Every mistake names its key: a typo must not turn an assertion into one that always passes.
import { closest } from '../config-keys.js';
import { catalogue } from '../checks/catalogue.js';
import { lighthouseCategories, type LighthouseCategory, type MaturityLevel } from '../model/index.js';
import { scoredDimensions } from '../scoring/index.js';
import { metricAudits, type LighthouseAuditIds } from './lighthouse-audits.js';
import {
  aggregationMethods,
  requiredStatuses,
  type AggregationMethod,
  type Assertion,
  type AssertionGroup,
  type AssertionSet,
  type AssertionTarget,
  type RequiredStatus,
} from './types.js';

/** A mistake in an assertion file, naming the key (or the option) at fault. */
export class AssertionFileError extends Error {
  constructor(
    /** The assertion key, or the file's own key (`assertMatrix`, `preset`…). */
    readonly key: string,
    readonly problem: string,
  ) {
    super(`"${key}": ${problem}`);
  }
}

/** Lighthouse CI's default when an assertion gives no threshold (packages/utils/src/assertions.js). */
export const defaultMinScore = 0.9;
/** Lighthouse CI's default aggregation of the runs of one URL. */
export const defaultAggregationMethod: AggregationMethod = 'optimistic';

/** Keys of a lighthouserc `ci` object that configure Lighthouse CI's other commands: not muniseo's business. */
const otherLhciCommands = new Set(['collect', 'upload', 'server', 'wizard', 'healthcheck', 'open']);
const assertKeys = [
  'assertions',
  'assertMatrix',
  'aggregationMethod',
  'matchingUrlPattern',
  'includePassedAssertions',
  'preset',
  'budgetsFile',
];

export interface ParsedAssertions extends AssertionSet {
  /** Lighthouse CI's `includePassedAssertions`: print the assertions that passed too. */
  includePassedAssertions: boolean;
}

/**
 * Reads an assertion file's JSON: a lighthouserc (`{"ci": {"assert": {…}}}`), its `assert` object
 * (`{"assertions": {…}}` or `{"assertMatrix": […]}`). Throws AssertionFileError on the first mistake.
 */
export function parseAssertions(json: unknown, audits: LighthouseAuditIds): ParsedAssertions {
  let options = objectOf(json, 'the file', 'an object with "assertions" or "assertMatrix"');
  if ('ci' in options) {
    const ci = objectOf(options['ci'], 'ci', 'an object');
    for (const key of Object.keys(ci)) {
      if (key !== 'assert' && !otherLhciCommands.has(key)) throw new AssertionFileError(`ci.${key}`, 'not a Lighthouse CI command');
    }
    options = objectOf(ci['assert'], 'ci.assert', 'an object with "assertions" or "assertMatrix"');
  }
  for (const key of Object.keys(options)) {
    if (!assertKeys.includes(key)) throw new AssertionFileError(key, `not an assertion option${suggest(key, assertKeys)}`);
  }
  refuseUnsupported(options);
  const includePassedAssertions = options['includePassedAssertions'] === true;
  let groups: AssertionGroup[];
  if ('assertMatrix' in options) {
    for (const key of ['assertions', 'aggregationMethod', 'matchingUrlPattern']) {
      if (key in options)
        throw new AssertionFileError(key, 'cannot be used with "assertMatrix" (as in Lighthouse CI): put it in an entry of the matrix');
    }
    const matrix = options['assertMatrix'];
    if (!Array.isArray(matrix) || matrix.length === 0)
      throw new AssertionFileError('assertMatrix', 'must be a list of { matchingUrlPattern, assertions }');
    groups = matrix.map((entry, position) => {
      const where = `assertMatrix[${position}]`;
      const base = objectOf(entry, where, 'an object with "assertions"');
      for (const key of Object.keys(base)) {
        if (!['assertions', 'matchingUrlPattern', 'aggregationMethod', 'preset', 'budgetsFile'].includes(key)) {
          throw new AssertionFileError(`${where}.${key}`, 'not an option of an assertMatrix entry');
        }
      }
      refuseUnsupported(base, where);
      return group(base, audits);
    });
  } else {
    if (!('assertions' in options)) throw new AssertionFileError('assertions', 'missing: give "assertions" or "assertMatrix"');
    groups = [group(options, audits)];
  }
  const needsLighthouse = groups.some((entry) =>
    entry.assertions.some((assertion) => ['category', 'metric', 'audit'].includes(assertion.target.kind)),
  );
  return { groups, needsLighthouse, includePassedAssertions };
}

function refuseUnsupported(options: Record<string, unknown>, where = ''): void {
  const at = (key: string) => (where ? `${where}.${key}` : key);
  if ('preset' in options) {
    throw new AssertionFileError(
      at('preset'),
      'presets assert every Lighthouse audit, and muniseo keeps only the category scores, the metrics and the SEO and accessibility audits: list the assertions instead (docs/assertions.md)',
    );
  }
  if ('budgetsFile' in options) {
    throw new AssertionFileError(at('budgetsFile'), 'budgets are not supported: assert the metrics with maxNumericValue instead');
  }
}

function group(options: Record<string, unknown>, audits: LighthouseAuditIds): AssertionGroup {
  const pattern = options['matchingUrlPattern'];
  if (pattern !== undefined) {
    if (typeof pattern !== 'string') throw new AssertionFileError('matchingUrlPattern', 'must be a regular expression, as a string');
    try {
      new RegExp(pattern);
    } catch (error) {
      throw new AssertionFileError('matchingUrlPattern', `not a regular expression: ${(error as Error).message}`);
    }
  }
  const defaultMethod = options['aggregationMethod'] === undefined ? undefined : method(options['aggregationMethod'], 'aggregationMethod');
  const entries = objectOf(options['assertions'], 'assertions', 'an object of "key": level or [level, options]');
  const assertions = Object.entries(entries).flatMap(([key, value]) => {
    const assertion = parseAssertion(key, value, audits, defaultMethod);
    return assertion ? [assertion] : [];
  });
  return { ...(typeof pattern === 'string' ? { matchingUrlPattern: pattern } : {}), assertions };
}

/** One `"key": level | [level, options]` entry; undefined when it is `off`. */
function parseAssertion(key: string, value: unknown, audits: LighthouseAuditIds, defaultMethod?: AggregationMethod): Assertion | undefined {
  const [level, options] = levelAndOptions(key, value);
  if (level === 'off') {
    // Still read, so that a mistyped muniseo key is said even while it is switched off.
    if (key.startsWith('muniseo:')) muniseoTarget(key, {}, true);
    return undefined;
  }
  if (key.startsWith('muniseo:')) {
    if ('aggregationMethod' in options)
      throw new AssertionFileError(key, 'aggregationMethod applies to Lighthouse runs, not to muniseo keys');
    return { key, level, target: muniseoTarget(key, options) };
  }
  const { target, aggregationMethod } = lighthouseTarget(key, options, audits, defaultMethod);
  return { key, level, aggregationMethod, target };
}

function levelAndOptions(key: string, value: unknown): ['off' | 'warn' | 'error', Record<string, unknown>] {
  const levels = ['off', 'warn', 'error'];
  const levelOf = (level: unknown) => {
    if (typeof level !== 'string' || !levels.includes(level))
      throw new AssertionFileError(key, `level must be "off", "warn" or "error", not ${JSON.stringify(level)}`);
    return level as 'off' | 'warn' | 'error';
  };
  if (typeof value === 'string') return [levelOf(value), {}];
  if (Array.isArray(value) && (value.length === 1 || value.length === 2)) {
    const options = value.length === 2 ? objectOf(value[1], key, 'options as an object, e.g. {"minScore": 0.9}') : {};
    return [levelOf(value[0]), options];
  }
  throw new AssertionFileError(key, 'must be a level ("warn") or [level, options] (["error", {"minScore": 0.9}])');
}

/** `categories:<id>`, a metric audit, or an SEO or accessibility audit. */
function lighthouseTarget(
  key: string,
  options: Record<string, unknown>,
  audits: LighthouseAuditIds,
  defaultMethod?: AggregationMethod,
): { target: AssertionTarget; aggregationMethod: AggregationMethod } {
  const [auditId = '', ...rest] = key.split(/[.:]/).filter(Boolean);
  const given = options['aggregationMethod'] === undefined ? undefined : method(options['aggregationMethod'], key);
  if (auditId === 'categories') {
    const category = rest.join('-');
    if (rest.length !== 1 || !(lighthouseCategories as readonly string[]).includes(category)) {
      throw new AssertionFileError(
        key,
        `not a Lighthouse category: use one of ${lighthouseCategories.map((id) => `categories:${id}`).join(', ')}`,
      );
    }
    allowOnly(key, options, ['minScore', 'aggregationMethod']);
    return {
      target: {
        kind: 'category',
        category: category as LighthouseCategory,
        minScore: score(key, options['minScore'] ?? defaultMinScore, 1),
      },
      aggregationMethod: given ?? defaultMethod ?? defaultAggregationMethod,
    };
  }
  if (rest.length > 0) {
    throw new AssertionFileError(
      key,
      `${auditId === 'resource-summary' || auditId === 'user-timings' ? `${auditId} assertions are` : 'this key is'} not supported: muniseo keeps the category scores, the metrics and the SEO and accessibility audits`,
    );
  }
  const metric = metricAudits[auditId];
  if (metric) {
    allowOnly(
      key,
      options,
      ['maxNumericValue', 'aggregationMethod'],
      'muniseo keeps this metric’s value, not its score: assert it with maxNumericValue',
    );
    if (options['maxNumericValue'] === undefined)
      throw new AssertionFileError(key, 'give maxNumericValue: muniseo keeps this metric’s value, not its score');
    return {
      target: { kind: 'metric', auditId, metric, maxNumericValue: nonNegative(key, 'maxNumericValue', options['maxNumericValue']) },
      aggregationMethod: given ?? defaultMethod ?? defaultAggregationMethod,
    };
  }
  if (audits.verdicts.has(auditId)) {
    allowOnly(
      key,
      options,
      ['minScore', 'aggregationMethod'],
      'muniseo keeps whether this audit passed, not its details or value: assert it with minScore',
    );
    if (given && given !== 'median-run') {
      throw new AssertionFileError(
        key,
        `aggregationMethod "${given}": muniseo keeps this audit's verdict for the median run only; use "median-run" or leave it out`,
      );
    }
    return {
      target: { kind: 'audit', auditId, minScore: score(key, options['minScore'] ?? defaultMinScore, 1) },
      aggregationMethod: 'median-run',
    };
  }
  if (audits.all.has(auditId)) {
    throw new AssertionFileError(
      key,
      'muniseo does not keep this Lighthouse audit: it keeps the category scores, the metrics (first-contentful-paint, largest-contentful-paint, cumulative-layout-shift, total-blocking-time, speed-index, server-response-time, interactive) and the SEO and accessibility audits',
    );
  }
  const known = [
    'categories:performance',
    'categories:accessibility',
    'categories:best-practices',
    'categories:seo',
    ...Object.keys(metricAudits),
    ...audits.verdicts,
    'muniseo:index',
    'muniseo:level',
  ];
  throw new AssertionFileError(key, `not a Lighthouse audit or category, nor a muniseo key${suggest(key, known)}`);
}

const checkIds = new Map(catalogue.map((check) => [check.id, check.scope]));

/** `muniseo:index`, `muniseo:level`, `muniseo:dimension:<id>`, `muniseo:check:<id>`; `keyOnly` reads the key alone (an `off` entry). */
function muniseoTarget(key: string, options: Record<string, unknown>, keyOnly = false): AssertionTarget {
  const [, kind = '', ...rest] = key.split(':');
  const id = rest.join(':');
  if (kind === 'index' && rest.length === 0) {
    allowOnly(key, options, ['minScore']);
    return { kind: 'index', minScore: keyOnly ? 0 : hundredth(key, options['minScore']) };
  }
  if (kind === 'level' && rest.length === 0) {
    allowOnly(key, options, ['minLevel']);
    const minLevel = options['minLevel'];
    if (keyOnly) return { kind: 'level', minLevel: 0 };
    if (minLevel !== 0 && minLevel !== 1 && minLevel !== 2 && minLevel !== 3)
      throw new AssertionFileError(key, 'give minLevel: 0, 1, 2 or 3 (the maturity levels of the report)');
    return { kind: 'level', minLevel: minLevel as MaturityLevel };
  }
  if (kind === 'dimension' && rest.length > 0) {
    if (!(scoredDimensions as readonly string[]).includes(id)) {
      throw new AssertionFileError(key, `not a dimension of the index: ${scoredDimensions.join(', ')}${suggest(id, scoredDimensions)}`);
    }
    allowOnly(key, options, ['minScore']);
    return { kind: 'dimension', dimension: id, minScore: keyOnly ? 0 : hundredth(key, options['minScore']) };
  }
  if (kind === 'check' && rest.length > 0) {
    const scope = checkIds.get(id);
    if (!scope) throw new AssertionFileError(key, `not a check of the catalogue (docs/checks.md)${suggest(id, [...checkIds.keys()])}`);
    allowOnly(key, options, ['status', 'maxPagesAffected']);
    const status = options['status'];
    if (status !== undefined && !(requiredStatuses as readonly unknown[]).includes(status)) {
      throw new AssertionFileError(
        key,
        `status must be "pass" (the check passes) or "warn" (it passes or warns), not ${JSON.stringify(status)}`,
      );
    }
    const maxPagesAffected = options['maxPagesAffected'];
    if (maxPagesAffected !== undefined) {
      if (scope === 'site')
        throw new AssertionFileError(key, 'maxPagesAffected applies to page checks; this one judges the whole site: assert its status');
      if (!Number.isInteger(maxPagesAffected) || (maxPagesAffected as number) < 0)
        throw new AssertionFileError(key, 'maxPagesAffected must be a whole number, 0 or more');
    }
    // A bare level asserts that the check passes, as a bare level asserts a passing audit in Lighthouse CI.
    const required: RequiredStatus | undefined =
      status === undefined && maxPagesAffected === undefined ? 'pass' : (status as RequiredStatus | undefined);
    return {
      kind: 'check',
      checkId: id,
      ...(required ? { status: required } : {}),
      ...(maxPagesAffected !== undefined ? { maxPagesAffected: maxPagesAffected as number } : {}),
    };
  }
  const known = [
    'muniseo:index',
    'muniseo:level',
    ...scoredDimensions.map((dimension) => `muniseo:dimension:${dimension}`),
    ...[...checkIds.keys()].map((check) => `muniseo:check:${check}`),
  ];
  throw new AssertionFileError(
    key,
    `not a muniseo key: muniseo:index, muniseo:level, muniseo:dimension:<id> or muniseo:check:<id>${suggest(key, known)}`,
  );
}

function allowOnly(key: string, options: Record<string, unknown>, allowed: string[], hint?: string): void {
  for (const option of Object.keys(options)) {
    if (!allowed.includes(option)) {
      throw new AssertionFileError(
        key,
        `option "${option}" does not apply here (${allowed.join(', ')})${hint ? `: ${hint}` : suggest(option, allowed)}`,
      );
    }
  }
}

function method(value: unknown, key: string): AggregationMethod {
  if (!(aggregationMethods as readonly unknown[]).includes(value)) {
    throw new AssertionFileError(key, `aggregationMethod must be ${aggregationMethods.map((name) => `"${name}"`).join(', ')}`);
  }
  return value as AggregationMethod;
}

function score(key: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max)
    throw new AssertionFileError(key, `minScore must be a number from 0 to ${max}`);
  return value;
}

/** A minimum on the index's 0–100 scale; 0.6 is refused, since it surely means 60. */
function hundredth(key: string, value: unknown): number {
  if (value === undefined) throw new AssertionFileError(key, 'give minScore, from 0 to 100 (the scale of the report)');
  const minimum = score(key, value, 100);
  if (minimum > 0 && minimum < 1) {
    throw new AssertionFileError(
      key,
      `minScore ${minimum}: muniseo's scores run from 0 to 100, as in the report; did you mean ${Math.round(minimum * 100)}?`,
    );
  }
  return minimum;
}

function nonNegative(key: string, option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new AssertionFileError(key, `${option} must be a number, 0 or more`);
  return value;
}

function objectOf(value: unknown, key: string, expected: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AssertionFileError(key, `must be ${expected}`);
  return value as Record<string, unknown>;
}

function suggest(word: string, candidates: readonly string[]): string {
  const near = closest(word, candidates);
  return near ? ` (did you mean "${near}"?)` : '';
}
