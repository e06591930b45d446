// How muniseo asks Lighthouse for a page: the four categories, mobile with Lighthouse's default
// simulated throttling (Moto G Power on slow 4G), desktop with Lighthouse's own desktop config.
import { screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';
import { type FormFactor, lighthouseCategories } from '../model/index.js';

/** Audits muniseo reads besides the category scores, never skipped. */
export const auditsRead = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'cumulative-layout-shift',
  'total-blocking-time',
  'speed-index',
  'server-response-time',
  'interactive',
];

/**
 * Audits whose weight is zero in every category muniseo reports and whose value muniseo never reads
 * (screenshots, opportunities, diagnostics): skipping them cannot move a category score and saves
 * their gatherers (the full-page screenshot, the back/forward-cache navigation) and their simulations.
 */
export function unreportedAudits(categories: Record<string, { auditRefs: { id: string; weight: number }[] }>): string[] {
  const weighted = new Set<string>();
  const all = new Set<string>();
  for (const category of lighthouseCategories) {
    for (const ref of categories[category]?.auditRefs ?? []) {
      all.add(ref.id);
      if (ref.weight > 0) weighted.add(ref.id);
    }
  }
  // An audit listed in accessibility, best-practices or seo stays, weighted or not: its failure is reported.
  const listedOutsidePerformance = new Set(
    lighthouseCategories
      .filter((category) => category !== 'performance')
      .flatMap((category) => (categories[category]?.auditRefs ?? []).map((ref) => ref.id)),
  );
  return [...all].filter((id) => !weighted.has(id) && !listedOutsidePerformance.has(id) && !auditsRead.includes(id)).sort();
}

export interface ThrottlingDescription {
  formFactor: FormFactor;
  method: string;
  throttling: Record<string, unknown>;
  screenEmulation: Record<string, unknown>;
}

/** The settings Lighthouse applies to a form factor, for the report's methodology. */
export function expectedThrottling(formFactor: FormFactor): ThrottlingDescription {
  return {
    formFactor,
    method: 'simulate',
    throttling: { ...(formFactor === 'desktop' ? throttling.desktopDense4G : throttling.mobileSlow4G) },
    screenEmulation: { ...screenEmulationMetrics[formFactor] },
  };
}

/** "mobile, simulate: RTT 150 ms, 1638 kbps, CPU ×4, screen 412×823". */
export function describeThrottling(settings: ThrottlingDescription): string {
  const network = settings.throttling as { rttMs?: number; throughputKbps?: number; cpuSlowdownMultiplier?: number };
  const screen = settings.screenEmulation as { width?: number; height?: number; disabled?: boolean };
  const parts = [
    network.rttMs !== undefined ? `RTT ${network.rttMs} ms` : undefined,
    network.throughputKbps !== undefined ? `${Math.round(network.throughputKbps)} kbps` : undefined,
    network.cpuSlowdownMultiplier !== undefined ? `CPU ×${network.cpuSlowdownMultiplier}` : undefined,
    screen.disabled ? 'no screen emulation' : screen.width ? `screen ${screen.width}×${screen.height}` : undefined,
  ].filter(Boolean);
  return `${settings.formFactor}, ${settings.method}: ${parts.join(', ')}`;
}
