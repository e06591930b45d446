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
