// What each benchmark child reports: pages, wall time, CPU time and peak RSS of its own process.
import { performance } from 'node:perf_hooks';

export function startMeasure() {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  return (pages) => {
    const cpu = process.cpuUsage(cpuBefore);
    return {
      pages,
      wallMs: Math.round(performance.now() - started),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      // getrusage's high-water mark, in kilobytes on Linux.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  };
}

export function report(result) {
  process.send?.(result);
}
