// What the lane asks Lighthouse for, resolved by Lighthouse itself, against what the CLI runs.
import { desktopConfig, Gatherer } from 'lighthouse';
import { initializeConfig } from 'lighthouse/core/config/config.js';
import { describe, expect, it } from 'vitest';
import { lighthouseCategories } from '../../src/model/index.js';
import { lighthouseConfig, lighthouseFlags } from '../../src/lighthouse/run-config.js';
import { measurementWindowArtifactId } from '../../src/lighthouse/measurement-window.js';

/** The part of a resolved config this test reads. */
type ResolvedArtifacts = { id: string; gatherer: { instance: Gatherer } }[];

async function resolvedArtifacts(...args: Parameters<typeof initializeConfig>): Promise<ResolvedArtifacts> {
  const { resolvedConfig } = await initializeConfig(...args);
  return (resolvedConfig.artifacts ?? []) as unknown as ResolvedArtifacts;
}

/** Artifacts whose gatherer works while the page loads (the phases before getArtifact). */
function instrumenting(artifacts: ResolvedArtifacts): string[] {
  const base = Gatherer.prototype;
  return artifacts
    .filter(({ gatherer }) => {
      const instance = gatherer.instance;
      return (
        instance.startInstrumentation !== base.startInstrumentation ||
        instance.startSensitiveInstrumentation !== base.startSensitiveInstrumentation ||
        instance.stopSensitiveInstrumentation !== base.stopSensitiveInstrumentation ||
        instance.stopInstrumentation !== base.stopInstrumentation
      );
    })
    .map(({ id }) => id)
    .sort();
}

describe.each(['mobile', 'desktop'] as const)('the lane’s Lighthouse config, %s', (formFactor) => {
  it('instruments the loading page exactly as the CLI’s full run does, plus the measurement window', async () => {
    // As `lighthouse URL --only-categories=…` (and `--preset=desktop`) resolve it.
    const cli = await resolvedArtifacts('navigation', formFactor === 'desktop' ? desktopConfig : undefined, {
      onlyCategories: [...lighthouseCategories],
    });
    const lane = await resolvedArtifacts('navigation', lighthouseConfig(formFactor), lighthouseFlags(false));
    expect(instrumenting(lane)).toEqual([...instrumenting(cli), measurementWindowArtifactId].sort());
  });

  it('puts the measurement window’s gatherer first, so that it hears the end of the measurement before the trace is collected', async () => {
    const ids = (await resolvedArtifacts('navigation', lighthouseConfig(formFactor), lighthouseFlags(false))).map(({ id }) => id);
    expect(ids[0]).toBe(measurementWindowArtifactId);
    expect(ids).toContain('Trace');
  });

  it('leaves out what works after the load for audits muniseo never reports (the second navigation of bf-cache, full-page screenshot)', async () => {
    const { resolvedConfig } = await initializeConfig('navigation', lighthouseConfig(formFactor), lighthouseFlags(false));
    const ids = ((resolvedConfig.artifacts ?? []) as unknown as ResolvedArtifacts).map(({ id }) => id);
    expect(ids).not.toContain('BFCacheFailures');
    expect(ids).not.toContain('FullPageScreenshot');
    expect(resolvedConfig.settings.formFactor).toBe(formFactor);
  });
});
