// The study report of synthetic studies of 1,000, 10,000 and 36,000 institutions (a national
// study), each language written by a process of its own so that its peak RSS is its own. Goal
// from issue 14: under 2 minutes per language and under 1 GB peak RSS for 36,000 institutions on
// 2 cores, memory flat in the number of institutions. Prints figures beside those measured before
// the report streamed its pages (`before` below); asserts nothing.
//
//   npm run bench:report [-- --sites 1000,10000] [-- --lang fr] [-- --pdf] [-- --checkout DIR]
//
// `--checkout DIR` times another checkout's writeReport (same API) on the same studies: how the
// `before` figures were taken.
//
// Last run (2026-11-30, a shared machine at load 14–37): 1,000 fr 9.8 s CPU / 331 MB, en 8.2 s /
// 332 MB; 10,000 fr 58.8 s CPU / 732 MB, en 58.4 s / 565 MB; 36,000 fr (with the uncertainty
// sections merged since) 647.9 s wall, 241.8 s CPU, peak 1,261 MB: over both goals. Its RSS rose
// and fell between 600 MB and 1.26 GB while pages were written (two V8 heaps collected lazily, not
// results kept): bounding the page threads' heaps is the next step. The machine is shared: the load average is printed at each step,
// and CPU time beside wall time says how much of the wall time was spent waiting for a core.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { writeReport as writeReportHere } from '../src/report/index.js';
import { StudyStore } from '../src/store/study-store.js';
import { writeSyntheticStudy } from '../test/report/synthetic-study.js';

const defaultSizes = [1000, 10000, 36000];
const langs = ['fr', 'en'] as const;
type Lang = (typeof langs)[number];

/** What one language's report took, as the child process measured it. */
interface Figures {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  files: number;
}

/**
 * Figures of main at 154d6bc (before the report streamed its pages over threads), measured with
 * this harness (`--checkout`) on the same synthetic studies, 2 cores, Node 20, on 2026-11-30 while
 * other agents shared the machine: the load average at the start of each run is given beside (the
 * English 10,000 ran beside other runs of this benchmark's author, hence its wall time). 36,000
 * was not measured before: about 3.6 times the 10,000 figures in CPU time.
 */
const before: Record<number, Record<Lang, Figures & { load: string }>> = {
  1000: {
    fr: { wallMs: 25_500, cpuMs: 10_000, peakRssBytes: 332 * 1024 ** 2, files: 1007, load: '14.1' },
    en: { wallMs: 40_600, cpuMs: 10_600, peakRssBytes: 359 * 1024 ** 2, files: 1007, load: '14.9' },
  },
  10000: {
    fr: { wallMs: 294_000, cpuMs: 76_300, peakRssBytes: 597 * 1024 ** 2, files: 10007, load: '16.1' },
    en: { wallMs: 751_300, cpuMs: 79_600, peakRssBytes: 636 * 1024 ** 2, files: 10007, load: '11.8' },
  },
};

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

export async function main(args: string[]): Promise<void> {
  const sizes = (option(args, 'sites') ?? defaultSizes.join(','))
    .split(',')
    .map((size) => Number(size.replace(/_/g, '')))
    .filter((size) => Number.isInteger(size) && size > 0);
  const checkout = resolve(option(args, 'checkout') ?? fileURLToPath(new URL('..', import.meta.url)));
  const pdf = args.includes('--pdf');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`report benchmark: ${availableParallelism()} cores, Node ${process.version}, writeReport of ${checkout}`);
  out('  (wall time, CPU time of the process, peak RSS of the process; "before": main at 154d6bc)');
  for (const count of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'muniseo-bench-report-'));
    try {
      let started = performance.now();
      writeSyntheticStudy(dir, count, { name: 'bench' }).close();
      out(
        `${count.toLocaleString('en-GB')} institutions — study.sqlite written in ${seconds(performance.now() - started)} ` +
          `(${megabytes(statSync(join(dir, 'study.sqlite')).size)}), load ${load()}`,
      );
      started = performance.now();
      const floor = streamAll(join(dir, 'study.sqlite'));
      out(`  floor (stream and parse every stored result once): ${seconds(performance.now() - started)} (${floor} results)`);
      const only = option(args, 'lang');
      for (const lang of [...langs.filter((name) => !only || name === only), ...(pdf ? (['pdf'] as const) : [])]) {
        const loadBefore = load();
        const figures = runChild(checkout, lang, dir, join(dir, lang));
        const then = before[count]?.[lang === 'pdf' ? 'fr' : lang];
        out(
          `  ${lang}: ${seconds(figures.wallMs)} (CPU ${seconds(figures.cpuMs)}), ${(figures.wallMs / count).toFixed(2)} ms per institution, ` +
            `peak RSS ${megabytes(figures.peakRssBytes)}, ${figures.files} files; load ${loadBefore}` +
            (then && lang !== 'pdf'
              ? ` — before: ${seconds(then.wallMs)} (CPU ${seconds(then.cpuMs)}), peak RSS ${megabytes(then.peakRssBytes)}, load ${then.load}`
              : ''),
        );
        if (count >= 36000 && lang !== 'pdf') {
          const verdict = figures.wallMs < 120_000 && figures.peakRssBytes < 1024 ** 3 ? 'within' : 'OVER';
          out(`    goal for a national study (under 2 min and under 1 GB): ${verdict}`);
        }
      }
    } finally {
      // BENCH_KEEP=1 leaves the study and its reports where they were written, to look at them.
      if (process.env['BENCH_KEEP']) out(`  kept: ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Every stored result read and parsed once: what any report must spend. */
function streamAll(path: string): number {
  const store = StudyStore.open(path);
  let results = 0;
  for (const result of store.siteResults()) results += result.institution.id ? 1 : 0;
  store.close();
  return results;
}

/** One language's report in a process of its own (this file again, with --child). */
function runChild(checkout: string, lang: Lang | 'pdf', studyDir: string, outDir: string): Figures {
  const runner = fileURLToPath(new URL('./report.js', import.meta.url));
  const output = execFileSync(
    process.execPath,
    // BENCH_CPU_PROF=dir writes a V8 CPU profile of each report (and of its threads) to dir.
    [
      ...(process.env['BENCH_CPU_PROF'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`] : []),
      runner,
      '--child',
      checkout,
      '--study',
      studyDir,
      '--out',
      outDir,
      ...(lang === 'pdf' ? ['--pdf'] : ['--lang', lang]),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Figures;
}

/** The child's side: one report by the checkout's writeReport, its figures printed as JSON. */
export async function measureOne(args: string[], writeReport: typeof writeReportHere, Store: typeof StudyStore): Promise<void> {
  const studyDir = option(args, 'study') ?? '';
  const store = Store.open(join(studyDir, 'study.sqlite'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await writeReport(store, {
    studyDir: option(args, 'out') ?? '',
    lang: (option(args, 'lang') ?? 'fr') as Lang,
    pdf: args.includes('--pdf'),
  });
  const used = process.cpuUsage(cpu);
  const figures: Figures = {
    wallMs: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    files: report.files.length,
  };
  store.close();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
