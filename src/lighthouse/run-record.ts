// One Lighthouse run reduced to what muniseo keeps: the worker sends this, never the whole report.
import type { Result } from 'lighthouse';
import { describeThrottling, type ThrottlingDescription } from './lighthouse-settings.js';
import {
  type FormFactor,
  lighthouseCategories,
  type LighthouseCategory,
  type LighthouseMetrics,
  type LighthouseRun,
  type Message,
  renderLighthouseMessage,
} from '../model/index.js';

export interface RunRecord {
  run: LighthouseRun;
  failingSeoAudits: string[];
  failingAccessibilityAudits: string[];
  lighthouseVersion?: string;
  chromiumVersion?: string;
  throttling?: string;
  throttlingSettings?: ThrottlingDescription;
}

export const noScores = (): Record<LighthouseCategory, number | null> => ({
  performance: null,
  accessibility: null,
  'best-practices': null,
  seo: null,
});

export const noMetrics = (): LighthouseMetrics => ({
  fcp: null,
  lcp: null,
  cls: null,
  tbt: null,
  speedIndex: null,
  serverResponseTime: null,
  interactive: null,
});

/**
 * A run that produced no report: a timeout, a crash, a lane closing. `message` is Lighthouse's own
 * text, or a Lighthouse message when muniseo describes the failure (kept in English beside it).
 */
export function failedRun(code: string, message: string | Message): RunRecord {
  const error = { code, message: typeof message === 'string' ? message : renderLighthouseMessage(message, 'en') };
  return {
    run: { scores: noScores(), metrics: noMetrics(), error, ...(typeof message === 'string' ? {} : { errorMessage: message }) },
    failingSeoAudits: [],
    failingAccessibilityAudits: [],
  };
}

export function runRecordFromLhr(lhr: Result, chromiumVersion: string | undefined): RunRecord {
  const settings = lhr.configSettings;
  const throttlingSettings: ThrottlingDescription = {
    formFactor: settings.formFactor as FormFactor,
    method: settings.throttlingMethod,
    throttling: { ...settings.throttling },
    screenEmulation: { ...settings.screenEmulation },
  };
  const common = {
    lighthouseVersion: lhr.lighthouseVersion,
    chromiumVersion,
    throttling: describeThrottling(throttlingSettings),
    throttlingSettings,
  };
  if (lhr.runtimeError) {
    return { ...failedRun(lhr.runtimeError.code, lhr.runtimeError.message), ...common };
  }
  const scores = noScores();
  for (const category of lighthouseCategories) scores[category] = lhr.categories[category]?.score ?? null;
  const numeric = (id: string): number | null => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  return {
    run: {
      scores,
      metrics: {
        fcp: numeric('first-contentful-paint'),
        lcp: numeric('largest-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        tbt: numeric('total-blocking-time'),
        speedIndex: numeric('speed-index'),
        serverResponseTime: numeric('server-response-time'),
        interactive: numeric('interactive'),
      },
    },
    failingSeoAudits: failingAudits(lhr, 'seo'),
    failingAccessibilityAudits: failingAudits(lhr, 'accessibility'),
    ...common,
  };
}

/** Audits of a category that scored below 1; manual, informative and not-applicable ones have no score. */
function failingAudits(lhr: Result, category: LighthouseCategory): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => {
      const audit = lhr.audits[ref.id];
      return (
        audit &&
        typeof audit.score === 'number' &&
        audit.score < 1 &&
        (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings')
      );
    })
    .map((ref) => ref.id)
    .sort();
}
