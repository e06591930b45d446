// What each benchmark child reports: pages, wall time, CPU time and peak RSS of its own process,
// and how long its event loop was kept waiting (what every other site's requests and timers wait).
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

export function startMeasure() {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  // 10 ms sampling: a stall shows as a delay of about its length.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  // The main thread's heap at its fullest (worker threads have heaps of their own, in the RSS only).
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 500);
  sampler.unref();
  // BENCH_MEM_TRACE=1 prints the process's memory every 2 s on stderr (where a peak comes from).
  const tracer = process.env.BENCH_MEM_TRACE
    ? setInterval(() => {
        const mb = (bytes) => Math.round(bytes / 1024 / 1024);
        const m = process.memoryUsage();
        process.stderr.write(
          `mem rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}\n`,
        );
      }, 2000)
    : undefined;
  tracer?.unref();
  return (pages) => {
    const cpu = process.cpuUsage(cpuBefore);
    loopDelay.disable();
    clearInterval(sampler);
    clearInterval(tracer);
    return {
      heapPeakMb: Math.round(heapPeak / 1024 / 1024),
      // Nanoseconds in the histogram; the sampling resolution is part of every value.
      loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
      loopDelayMaxMs: Math.round(loopDelay.max / 1e6),
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
