// Every run of one page and form factor, folded into the result muniseo stores.
import { medianRunIndex, scoreSpread } from './median-run.js';
import { noMetrics, noScores, type RunRecord } from './run-record.js';
import {
  type FormFactor,
  lighthouseMessage,
  type LighthousePageRequest,
  type LighthousePageResult,
  renderLighthouseMessage,
} from '../model/index.js';

export interface LaneVersions {
  lighthouseVersion: string;
  chromiumVersion?: string;
}

export function pageResult(
  request: LighthousePageRequest,
  formFactor: FormFactor,
  records: RunRecord[],
  versions: LaneVersions,
): LighthousePageResult {
  const runs = records.map((record) => record.run);
  const median = medianRunIndex(runs);
  const reported = records[median ?? 0];
  const described = records.find((record) => record.throttling);
  const base = {
    url: request.url,
    pageType: request.pageType,
    reason: request.reason,
    ...(request.reasonMessage ? { reasonMessage: request.reasonMessage } : {}),
    formFactor,
    runs,
    lighthouseVersion: reported?.lighthouseVersion ?? versions.lighthouseVersion,
    chromiumVersion: reported?.chromiumVersion ?? versions.chromiumVersion,
    throttling: described?.throttling,
    throttlingSettings: described?.throttlingSettings as Record<string, unknown> | undefined,
  };
  if (median === undefined || !reported) {
    // No run gave a report: the page's result is its first error, the later ones stay in `runs`.
    const failed = runs.find((run) => run.error);
    const noRun = lighthouseMessage('lighthouse.noRun');
    const error = failed?.error ?? { code: 'NO_RUN', message: renderLighthouseMessage(noRun, 'en') };
    const errorMessage = failed ? failed.errorMessage : noRun;
    return {
      ...base,
      medianRun: 0,
      scores: noScores(),
      metrics: noMetrics(),
      spread: noScores(),
      failingSeoAudits: [],
      failingAccessibilityAudits: [],
      error,
      ...(errorMessage ? { errorMessage } : {}),
    };
  }
  return {
    ...base,
    medianRun: median,
    scores: reported.run.scores,
    metrics: reported.run.metrics,
    spread: scoreSpread(runs),
    failingSeoAudits: reported.failingSeoAudits,
    failingAccessibilityAudits: reported.failingAccessibilityAudits,
  };
}
