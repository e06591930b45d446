#!/usr/bin/env node
// Benchmark of the study report (not a test): `npm run bench:report [-- --sites N] [-- --pdf]`.
// The benchmark itself is TypeScript (bench/report-run.ts, beside the test builders it reuses);
// Vite, which vitest already brings, loads it without a build step.
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./report-run.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'silent',
});
await module.main(process.argv.slice(2));
