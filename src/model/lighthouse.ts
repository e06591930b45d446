import type { Message } from './messages.js';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];
export type FormFactor = 'mobile' | 'desktop';

/** A page chosen for Lighthouse, with why. */
export interface LighthousePageRequest {
  url: string;
  /** home, contact, demarche, news, event, legal, accessibility, deep, other */
  pageType: string;
  /** Why the page was chosen, in English. */
  reason: string;
  /** The same, as a Lighthouse message (src/model/lighthouse-messages.ts). */
  reasonMessage?: Message;
}

export interface LighthouseMetrics {
  fcp: number | null;
  lcp: number | null;
  cls: number | null;
  tbt: number | null;
  speedIndex: number | null;
  serverResponseTime: number | null;
  /** Time to Interactive: no longer scored, but with FCP it picks the median run (as Lighthouse CI does). */
  interactive?: number | null;
}

export interface LighthouseRun {
  scores: Record<LighthouseCategory, number | null>;
  metrics: LighthouseMetrics;
  /** This run failed (runtime error, timeout, crash); its scores and metrics are null. */
  error?: { code: string; message: string };
  /** The error's message as a Lighthouse message, when muniseo wrote it (a timeout, a crash; not Lighthouse's own errors). */
  errorMessage?: Message;
}

export interface LighthousePageResult {
  url: string;
  pageType: string;
  reason: string;
  reasonMessage?: Message;
  formFactor: FormFactor;
  /** Every run kept; `medianRun` indexes the one reported. */
  runs: LighthouseRun[];
  medianRun: number;
  scores: Record<LighthouseCategory, number | null>;
  metrics: LighthouseMetrics;
  /** Max − min per category over the runs (0 with one run). */
  spread: Record<LighthouseCategory, number | null>;
  failingSeoAudits: string[];
  failingAccessibilityAudits: string[];
  lighthouseVersion?: string;
  chromiumVersion?: string;
  /** How the page was throttled, in words, e.g. "simulate: RTT 150 ms, 1638 kbps, CPU ×4". */
  throttling?: string;
  /** The settings behind `throttling`, as Lighthouse reported them: method, network and CPU throttling, screen emulation. */
  throttlingSettings?: Record<string, unknown>;
  /** A Lighthouse runtime error (e.g. ERRORED_DOCUMENT_REQUEST) or a timeout: a result, not a crash. */
  error?: { code: string; message: string };
  /** The error's message as a Lighthouse message, when muniseo wrote it. */
  errorMessage?: Message;
}

/**
 * How far performance moved between the runs of each page of one site, when pages were run more than
 * once (`--lighthouse-runs` > 1). The spread of a page is max − min of its runs' performance scores.
 */
export interface PerformanceVariability {
  /** Runs asked for per page. */
  runsPerPage: number;
  /** Pages (and form factors) with at least two runs that scored performance. */
  pagesMeasured: number;
  /** The largest spread of a page, and that page. */
  largestSpread: number;
  largestSpreadUrl: string;
  /** The median spread over the pages measured. */
  medianSpread: number;
}

/**
 * Lighthouse's run-to-run variability as `bench/lighthouse.js --scenario study` measured it, which the
 * methodology quotes (docs/methodology.md and every report). Performance scores, 0–1, on the heavy
 * fixture pages; update with the benchmark's figures when Lighthouse, Chromium or the lane changes.
 */
export const measuredLighthouseVariability = {
  date: '2026-12-02',
  /** Cores of the machine, which ran nothing else meanwhile. */
  cores: 2,
  /** Load average (1 min) while it was measured: a shared machine shows larger gaps than a quiet one. */
  loadAverage: 2,
  lighthouseVersion: '12.2.3',
  chromiumVersion: '156',
  pages: 12,
  /** The `lighthouse` CLI run twice on the same pages, one page at a time: largest and mean |gap|. */
  cliLargestGap: 0.06,
  cliMeanAbsoluteGap: 0.018,
  /** muniseo's lane at default settings against the CLI on the same pages: mean signed gap. */
  laneMeanSignedGap: -0.013,
} as const;
