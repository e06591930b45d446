// Linux's /proc, as muniseo reads it to watch its browsers (the Lighthouse lane's meters: cpu-quiet.ts,
// frame-activity.ts; the crawl's renderer: render.ts): the processes of the machine, and the fields of
// a process's `stat`. Elsewhere (no /proc) there is nothing to read.
import { readdirSync, readFileSync } from 'node:fs';

/** The ids of every process of the machine, or undefined without /proc. */
export function processIds(): number[] | undefined {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number);
  } catch {
    return undefined;
  }
}

/**
 * The fields of /proc/`pid`/stat after the command name, which may hold spaces (proc(5) numbers them
 * from 3): [0] state, [1] parent, [2] process group, [11] user time and [12] system time (clock ticks),
 * [19] start time (ticks after boot). Undefined once the process is gone.
 */
export function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}
