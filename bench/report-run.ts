// The report of a synthetic study of N institutions (default 1,000), timed against a floor: the
// time to stream and parse every stored result, which any report must spend. Target from
// issue 7: under 30 s for 1,000 institutions on 2 cores. Prints figures; asserts nothing.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeReport } from '../src/report/index.js';
import { writeSyntheticStudy } from '../test/report/synthetic-study.js';

const targetSeconds = 30;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function main(args: string[]): Promise<void> {
  const count = Number(option(args, 'sites') ?? 1000);
  const pdf = args.includes('--pdf');
  const dir = mkdtempSync(join(tmpdir(), 'muniseo-bench-report-'));
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    out(`report benchmark: ${count} synthetic institutions, ${availableParallelism()} cores, Node ${process.version}`);
    let started = performance.now();
    const store = writeSyntheticStudy(dir, count, { name: 'bench' });
    out(
      `  setup: study.sqlite written in ${seconds(performance.now() - started)} (${megabytes(statSync(join(dir, 'study.sqlite')).size)})`,
    );

    started = performance.now();
    let parsed = 0;
    for (const result of store.siteResults()) parsed += result.checks.length > 0 ? 1 : 0;
    const floor = performance.now() - started;
    out(`  floor (stream and parse every result once): ${seconds(floor)} (${parsed} audited)`);

    for (const lang of ['fr', 'en'] as const) {
      started = performance.now();
      const report = await writeReport(store, { studyDir: join(dir, lang), lang });
      const elapsed = performance.now() - started;
      const verdict = elapsed / 1000 <= (targetSeconds * count) / 1000 ? 'within' : 'OVER';
      out(
        `  writeReport (${lang}): ${seconds(elapsed)} — ${(elapsed / count).toFixed(1)} ms per institution, ${report.files.length} files, ` +
          `${(elapsed / Math.max(floor, 1)).toFixed(1)}× the floor; target ${targetSeconds} s per 1,000: ${verdict}`,
      );
    }
    if (pdf) {
      started = performance.now();
      await writeReport(store, { studyDir: join(dir, 'pdf'), lang: 'fr', pdf: true });
      out(`  writeReport with report.pdf (fr): ${seconds(performance.now() - started)}`);
    }
    out(`  peak memory (max RSS): ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
