#!/usr/bin/env node
// Benchmark of the study report (not a test): `npm run bench:report [-- --sites 1000,10000,36000] [-- --pdf]`.
// The benchmark itself is TypeScript (bench/report-run.ts, beside the test builders it reuses);
// Vite, which vitest already brings, loads it without a build step. Each language's report runs
// in a child process (this file with --child), which loads the writeReport of the checkout given.
import process from 'node:process';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path, from = root) => (await runnerImport(path, { root: from, configFile: false, logLevel: 'silent' })).module;

const args = process.argv.slice(2);
const childIndex = args.indexOf('--child');
if (childIndex >= 0) {
  const checkout = args[childIndex + 1];
  // As the command line does before writing a report, in checkouts that have the bound.
  const heapGrowth = await load(join(checkout, 'src/heap-growth.ts'), checkout).catch(() => undefined);
  // The report's own bound where the checkout has one (src/heap-growth.ts).
  heapGrowth?.boundHeapGrowth(heapGrowth.reportHeapGrowingPercent);
  const { writeReport } = await load(join(checkout, 'src/report/index.ts'), checkout);
  const { StudyStore } = await load(join(checkout, 'src/store/study-store.ts'), checkout);
  const { measureOne } = await load(fileURLToPath(new URL('./report-run.ts', import.meta.url)));
  await measureOne(args, writeReport, StudyStore);
} else {
  const { main } = await load(fileURLToPath(new URL('./report-run.ts', import.meta.url)));
  await main(args);
}
