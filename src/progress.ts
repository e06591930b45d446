// Progress of a study, the same in a single process and over a queue: one line per institution in
// a log, and on a terminal a live line with done/total, rate, ETA, failures and what each worker
// (or, in one process, the study itself) is doing.
import type { Logger } from './logger.js';
import type { SiteResult } from './model/index.js';

/** What one worker is doing, as the coordinator last heard it. */
export interface WorkerActivity {
  worker: string;
  active: number;
  done: number;
}

export interface ProgressOptions {
  logger: Logger;
  total: number;
  /** Sites stored before this run started (a resumed study). */
  alreadyDone: number;
  /** How often the live line is redrawn. @default 1000 */
  refreshMs?: number;
  now?: () => number;
}

export class ProgressBoard {
  private done: number;
  private storedThisRun = 0;
  private failures = 0;
  private inFlight = 0;
  private workers: WorkerActivity[] | undefined;
  private readonly started: number;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.done = options.alreadyDone;
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** Starts redrawing the live line (terminals only; a log gets the per-institution lines). */
  start(): void {
    if (!this.options.logger.status || this.timer) return;
    this.timer = setInterval(() => this.redraw(), this.options.refreshMs ?? 1000);
    this.timer.unref();
    this.redraw();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.options.logger.status?.('');
  }

  siteStarted(): void {
    this.inFlight += 1;
  }

  siteAbandoned(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  /** A site's result was stored: its line in a log, and the counts. */
  siteStored(result: SiteResult, options: { worker?: string; started?: boolean } = {}): void {
    this.done += 1;
    this.storedThisRun += 1;
    if (options.started !== false) this.inFlight = Math.max(0, this.inFlight - 1);
    if (result.outcome === 'error') this.failures += 1;
    const pages = result.crawl.pagesCrawled;
    const index = result.index ? `, index ${result.index.score} (level ${result.index.level})` : '';
    const by = options.worker ? ` by ${options.worker}` : '';
    this.options.logger.progress(
      `[${this.done}/${this.options.total}] ${result.institution.name}: ${result.outcome}${result.reason ? ` — ${result.reason}` : ''} (${pages} pages${index})${by}`,
    );
  }

  /** What the workers are doing (queue mode); the live line lists them. */
  setWorkers(workers: WorkerActivity[]): void {
    this.workers = workers;
  }

  /** The live line, e.g. "1234/23000 sites · 41.2/min · ETA 9 h 12 min · 3 failed · w1: 4 active, 310 done". */
  line(): string {
    const { total } = this.options;
    const minutes = (this.now() - this.started) / 60_000;
    const rate = minutes > 0 ? this.storedThisRun / minutes : 0;
    const remaining = total - this.done;
    const eta = rate > 0 ? `ETA ${duration(remaining / rate)}` : 'ETA …';
    const parts = [`${this.done}/${total} sites`, `${rate.toFixed(1)}/min`, eta, `${this.failures} failed`];
    if (this.workers) {
      parts.push(
        this.workers.length === 0
          ? 'no worker connected'
          : this.workers.map((worker) => `${worker.worker}: ${worker.active} active, ${worker.done} done`).join(', '),
      );
    } else {
      parts.push(`${this.inFlight} in flight`);
    }
    return parts.join(' · ');
  }

  private redraw(): void {
    this.options.logger.status?.(this.line());
  }
}

function duration(minutes: number): string {
  if (!Number.isFinite(minutes)) return '…';
  if (minutes < 1) return '< 1 min';
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return hours > 0 ? `${hours} h ${rest} min` : `${rest} min`;
}
