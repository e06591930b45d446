// Inside a worker: tells the lane when a Lighthouse run starts and stops measuring, through a gatherer
// of its own (Lighthouse's public extension point). Lighthouse runs each phase for every gatherer, one
// after another in the config's order, before the next phase: our `startInstrumentation` therefore ends
// before any `startSensitiveInstrumentation` (where the trace starts), and our `stopInstrumentation`
// begins after every `stopSensitiveInstrumentation` (where the trace is collected). Waiting in the first
// one holds the navigation back until the lane grants the window; the window is given back once the
// trace is in hand. Our gatherer comes first in the config (run-config.ts), so that our
// `stopSensitiveInstrumentation` runs once Lighthouse has stopped waiting for the page and before the
// trace is collected: under isolation `settled`, the collection waits there until no other page is
// being measured (cpu-schedule.ts).
import { Audit, Gatherer } from 'lighthouse';

export interface MeasurementHooks {
  /** Resolves when this run may start measuring. */
  enterWindow(): Promise<void>;
  /** Lighthouse has stopped waiting for the page; its trace is about to be collected. */
  endMeasurement(): Promise<void>;
  /** The trace is collected: the CPU is no longer this run's alone. */
  leaveWindow(): Promise<void>;
}

export const measurementWindowArtifactId = 'MuniseoMeasurementWindow';
export const measurementWindowAuditId = 'muniseo-measurement-window';

class MeasurementWindowGatherer extends Gatherer {
  hooks?: MeasurementHooks;
  override meta = { supportedModes: ['navigation' as const] };

  override async startInstrumentation(): Promise<void> {
    await this.hooks?.enterWindow();
  }

  override async stopSensitiveInstrumentation(): Promise<void> {
    await this.hooks?.endMeasurement();
  }

  override async stopInstrumentation(): Promise<void> {
    await this.hooks?.leaveWindow();
  }

  /** An artifact of our own, which Lighthouse's types do not list. */
  override getArtifact(): ReturnType<Gatherer['getArtifact']> {
    return { measured: true } as unknown as ReturnType<Gatherer['getArtifact']>;
  }
}

/**
 * Gatherers that instrument the page while it loads (JavaScript coverage, animation events) and that
 * only audits muniseo skips ask for. They slow the page a little, and the CLI's full run has them: the
 * lane keeps them so that it measures the page in the same conditions, and skips their audits only.
 * test/lighthouse/lighthouse-config.test.ts checks that no other instrumentation goes missing.
 */
export const instrumentationKept = ['JsUsage', 'TraceElements'];

/** Lighthouse keeps a gatherer only when an audit asks for its artifact: this one does, and shows nothing. */
class MeasurementWindowAudit extends Audit {
  static override get meta() {
    return {
      id: measurementWindowAuditId,
      title: 'Measurement window',
      description: 'The lane scheduled this run’s measurement window (muniseo).',
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      requiredArtifacts: [measurementWindowArtifactId, ...instrumentationKept] as unknown as never[],
    };
  }

  static override audit() {
    return { score: null };
  }
}

/** One gatherer per worker: a worker runs one page at a time, and gives it that run's hooks. */
export const measurementWindowGatherer = new MeasurementWindowGatherer();

/** The hooks of the run about to start. */
export function useMeasurementHooks(hooks: MeasurementHooks | undefined): void {
  measurementWindowGatherer.hooks = hooks;
}

export { MeasurementWindowAudit };
