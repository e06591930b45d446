// What a worker asks Lighthouse for, in every run: the four categories in Lighthouse's own config for
// the form factor (mobile by default, or Lighthouse's desktop config), the measurement-window gatherer,
// and no audit muniseo never reports (their gatherers that work after the load go too).
// Loaded by workers only: it brings the whole of Lighthouse with it.
import { defaultConfig, desktopConfig, type Config, type Flags } from 'lighthouse';
import { unreportedAudits } from './lighthouse-settings.js';
import {
  MeasurementWindowAudit,
  measurementWindowArtifactId,
  measurementWindowAuditId,
  measurementWindowGatherer,
} from './measurement-window.js';
import { type FormFactor, lighthouseCategories } from '../model/index.js';

/** `fullAudit`: every audit of the four categories, as the CLI runs them (benchmarks compare both). */
export function lighthouseFlags(fullAudit: boolean): Flags {
  return {
    logLevel: 'silent',
    onlyCategories: [...lighthouseCategories],
    onlyAudits: [measurementWindowAuditId],
    ...(fullAudit ? {} : { skipAudits: unreportedAudits(defaultConfig.categories ?? {}), disableFullPageScreenshot: true }),
  };
}

/**
 * Lighthouse's default config (with the desktop settings for desktop), written out rather than extended:
 * an extension's gatherers come after the default ones, and the measurement window's must come first
 * (measurement-window.ts). Lighthouse sorts artifacts only to put its full-page screenshot and
 * back/forward-cache checks last.
 */
export function lighthouseConfig(formFactor: FormFactor): Config {
  return {
    settings: formFactor === 'desktop' ? desktopConfig.settings : defaultConfig.settings,
    artifacts: [{ id: measurementWindowArtifactId, gatherer: { instance: measurementWindowGatherer } }, ...(defaultConfig.artifacts ?? [])],
    audits: [...(defaultConfig.audits ?? []), { implementation: MeasurementWindowAudit }],
    categories: defaultConfig.categories,
    groups: defaultConfig.groups,
  } as unknown as Config;
}
