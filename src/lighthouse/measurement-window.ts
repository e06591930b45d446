// Inside a worker: tells the lane when a Lighthouse run starts and stops measuring, through a gatherer
// of its own (Lighthouse's public extension point). Lighthouse runs each phase for every gatherer
// before the next phase: our `startInstrumentation` therefore ends before any `startSensitiveInstrumentation`
// (where the trace starts), and our `stopInstrumentation` begins after every `stopSensitiveInstrumentation`
// (where the trace is collected). Waiting in the first one holds the navigation back until the lane
// grants the window; the window is given back once the trace is in hand.
import { Audit, desktopConfig, Gatherer, type Config } from 'lighthouse';
import type { FormFactor } from '../model/index.js';

export interface MeasurementHooks {
  /** Resolves when this run may start measuring. */
  enterWindow(): Promise<void>;
  /** The trace is collected: the CPU is no longer this run's alone. */
  leaveWindow(): Promise<void>;
}

const artifactId = 'MuniseoMeasurementWindow';
export const measurementWindowAuditId = 'muniseo-measurement-window';

class MeasurementWindowGatherer extends Gatherer {
  hooks?: MeasurementHooks;
  override meta = { supportedModes: ['navigation' as const] };

  override async startInstrumentation(): Promise<void> {
    await this.hooks?.enterWindow();
  }

  override async stopInstrumentation(): Promise<void> {
    await this.hooks?.leaveWindow();
  }

  /** An artifact of our own, which Lighthouse's types do not list. */
  override getArtifact(): ReturnType<Gatherer['getArtifact']> {
    return { measured: true } as unknown as ReturnType<Gatherer['getArtifact']>;
  }
}

/** Lighthouse keeps a gatherer only when an audit asks for its artifact: this one does, and shows nothing. */
class MeasurementWindowAudit extends Audit {
  static override get meta() {
    return {
      id: measurementWindowAuditId,
      title: 'Measured alone',
      description: 'The lane granted this run its measurement window.',
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      requiredArtifacts: [artifactId] as unknown as never[],
    };
  }

  static override audit() {
    return { score: null };
  }
}

const gatherer = new MeasurementWindowGatherer();

/** The hooks of the run about to start (a worker runs one page at a time). */
export function useMeasurementHooks(hooks: MeasurementHooks | undefined): void {
  gatherer.hooks = hooks;
}

/** Lighthouse's own config for the form factor, plus the measurement-window gatherer. */
export function lighthouseConfig(formFactor: FormFactor): Config {
  const base = formFactor === 'desktop' ? desktopConfig : { extends: 'lighthouse:default' as const };
  return {
    ...base,
    artifacts: [{ id: artifactId, gatherer: { instance: gatherer } }],
    audits: [{ implementation: MeasurementWindowAudit }],
  } as unknown as Config;
}
