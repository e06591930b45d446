// Frames, seen live. A page that has stopped requesting has not always stopped drawing: a slider's CSS
// transition starting after load, a web font swapped in, a large photograph decoded late. Chromium
// draws every frame through two threads: the renderer's compositor thread (`Compositor`) and the GPU
// process's display compositor (`VizCompositorThread`, which Linux shortens to 15 characters). While a
// page has frames to produce, both run at every vsync; once nothing changes they fall silent.
//
// Measured on the fixture pages (Chromium 156, 2 cores, a Lighthouse run each, .exp of 2026-12-01,
// CPU per 50 ms of the two threads together):
//   - drawing (the heavy theme's slider transition, 0.35 s of frames ending 0.5 s after the last
//     response): 5 to 18 ms;
//   - nothing on screen changes but frames are still due (the heavy home page for 0.3 s before one last
//     frame 0.84 s after its last response; a light page for 0.35 s after its first paint): 1.3 to 2 ms;
//   - done: under 0.5 ms, most samples 0.
// So a sample of 100 ms under 1.5 ms tells a page that draws nothing and has nothing due from one that
// still does; settling.ts waits for two such samples in a row.
//
// Read from /proc (Linux): the CPU time of each thread (`schedstat`, nanoseconds) of every process
// descended from the worker's browser. A reading walks every process of the machine for the browser's
// descendants: 2.3 ms of CPU with 78 processes, so settling reads from the page's load event on only.
// Where /proc is missing the meter reads nothing, and settling goes by the wait without requests alone.
import { readdirSync, readFileSync } from 'node:fs';
import { processIds, statFields } from '../browser/proc-stat.js';

/** Threads that draw frames, by process type: Linux's thread names (15 characters at most). */
const drawingThreads: Record<string, string> = { renderer: 'Compositor', 'gpu-process': 'VizCompositorTh' };

export interface FrameMeter {
  /**
   * Milliseconds of CPU the browser's compositor threads used since the previous call (since the meter
   * was made, the first time), or undefined where they cannot be read.
   */
  sinceLast(): number | undefined;
}

/** A meter of the compositor threads of Chromium `browserPid` and of every process it started. */
export function frameMeter(browserPid: number): FrameMeter {
  let previous = compositorNanoseconds(browserPid);
  return {
    sinceLast() {
      const current = compositorNanoseconds(browserPid);
      if (!current || !previous) return undefined;
      let nanoseconds = 0;
      // Thread by thread: a renderer that exits takes its time away, a new one brings all of its own.
      for (const [thread, time] of current) nanoseconds += time - (previous.get(thread) ?? 0);
      previous = current;
      return nanoseconds / 1e6;
    },
  };
}

/** Cumulative CPU nanoseconds of each compositor thread (by thread id) under `browserPid`, or undefined without /proc. */
function compositorNanoseconds(browserPid: number): Map<number, number> | undefined {
  const pids = processIds();
  if (!pids) return undefined;
  const children = new Map<number, ProcessEntry[]>();
  for (const pid of pids) {
    const fields = statFields(pid);
    if (!fields) continue; // gone meanwhile
    const process = { pid, parent: Number(fields[1]), startedAt: fields[19] ?? '' };
    children.set(process.parent, [...(children.get(process.parent) ?? []), process]);
  }
  const times = new Map<number, number>();
  const processes = [...(children.get(browserPid) ?? [])];
  for (let index = 0; index < processes.length; index++) {
    const process = processes[index] as ProcessEntry;
    processes.push(...(children.get(process.pid) ?? []));
    const thread = drawingThreads[processType(process) ?? ''];
    if (thread) for (const [tid, time] of threadTimes(process.pid, thread)) times.set(tid, time);
  }
  return times;
}

interface ProcessEntry {
  pid: number;
  parent: number;
  /** Clock ticks after boot: with the pid, names the process even once its pid is reused. */
  startedAt: string;
}

/** Chromium's `--type=` of a process ("renderer", "gpu-process"…); cached, a process keeps its type. */
function processType(process: ProcessEntry): string | undefined {
  const key = `${process.pid}@${process.startedAt}`;
  if (!typeCache.has(key)) {
    let type: string | undefined;
    try {
      type = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${process.pid}/cmdline`, 'utf8'))?.[1];
    } catch {
      return undefined;
    }
    if (typeCache.size > 10_000) typeCache.clear();
    typeCache.set(key, type);
  }
  return typeCache.get(key);
}
const typeCache = new Map<string, string | undefined>();

function threadTimes(pid: number, name: string): [number, number][] {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const times: [number, number][] = [];
  for (const tid of threads) {
    try {
      if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() !== name) continue;
      times.push([Number(tid), Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0])]);
    } catch {
      // the thread ended meanwhile
    }
  }
  return times;
}
