// Stops and resumes the lane's worker process groups (SIGSTOP, SIGCONT): the CPU schedule's preemption
// (cpu-schedule.ts). A worker and its Chromiums form a process group of their own (worker-process.ts),
// so one signal stops or resumes all of them, whatever they are doing; a stopped group uses no CPU.
//
// A stopped group cannot notice that the lane has gone, and nothing would ever resume it. So the lane
// starts a guardian first: a small shell, detached, that reads the groups' ids from a pipe the lane
// holds open. When the pipe closes — the lane ended, normally or killed with SIGKILL — the guardian
// sends SIGCONT to every group it was told of and exits; the resumed workers then find their IPC
// channel closed and leave (worker.ts). SIGCONT to a group that is gone or not stopped does nothing.
import { type ChildProcess, spawn } from 'node:child_process';

/** The guardian: collects group ids until its input closes, then resumes them all. */
const guardianScript =
  'groups=""; while read -r group; do groups="$groups $group"; done; for group in $groups; do kill -s CONT -- "-$group" 2>/dev/null; done';

export class ProcessFreezer {
  private readonly stopped = new Set<number>();

  private constructor(private readonly guardian: ChildProcess) {}

  /** A freezer with its guardian, or undefined where process groups cannot be stopped (Windows). */
  static start(): ProcessFreezer | undefined {
    if (process.platform === 'win32') return undefined;
    const guardian = spawn('/bin/sh', ['-c', guardianScript], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    guardian.on('error', () => undefined);
    guardian.stdin?.on('error', () => undefined);
    // Neither the guardian nor its pipe keeps the lane's process alive.
    guardian.unref();
    (guardian.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    return new ProcessFreezer(guardian);
  }

  /** The guardian's process id (tests). */
  get guardianPid(): number | undefined {
    return this.guardian.pid;
  }

  /** Tells the guardian of a group that may be stopped; call before stopping it. */
  register(group: number): void {
    this.guardian.stdin?.write(`${group}\n`);
  }

  /** Stops process group `group`; false if it could not be (it is gone). */
  stop(group: number): boolean {
    try {
      process.kill(-group, 'SIGSTOP');
      this.stopped.add(group);
      return true;
    } catch {
      return false;
    }
  }

  /** Resumes `group` if this freezer stopped it. */
  resume(group: number): void {
    if (!this.stopped.delete(group)) return;
    try {
      process.kill(-group, 'SIGCONT');
    } catch {
      // Gone meanwhile.
    }
  }

  /** Resumes every group still stopped and lets the guardian go. */
  close(): void {
    for (const group of [...this.stopped]) this.resume(group);
    this.guardian.stdin?.end();
  }
}
