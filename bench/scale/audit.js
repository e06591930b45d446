// One study, in this process, as `muniseo audit` runs it: single-process (`single`) or as the
// coordinator of a queue (`queue`, workers started by bench/scale.js). Reports its wall time,
// and, for the coordinator, its own CPU time and memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAudit } from '../../dist/cli/run-audit.js';
import { defaultStudyConfig } from '../../dist/config.js';
import { silentLogger } from '../../dist/logger.js';
// Loaded before measuring: the coordinator's cost per result, not BullMQ's start-up.
import { parseQueueUrl } from '../../dist/queue/index.js';
import '../../dist/queue/coordinator.js';

const { mode, origins, concurrency, queueUrl } = JSON.parse(process.argv[2]);
const institutions = origins.map((url, index) => ({ id: `commune-${index + 1}`, name: `Latenceville-${index + 1}`, kind: 'commune', url }));
const config = defaultStudyConfig();
config.lighthouse.enabled = false;
config.concurrency = concurrency;
const reportsDir = mkdtempSync(join(tmpdir(), 'muniseo-bench-scale-'));

const rssBefore = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const outcome = await runAudit({
  institutions,
  study: `scale-${mode}`,
  reportsDir,
  config,
  resume: false,
  overwrite: true,
  report: false,
  lang: 'fr',
  pdf: false,
  logger: silentLogger,
  queue: mode === 'queue' ? { address: parseQueueUrl(queueUrl), localWorkers: 0, allowPrivateNetwork: true } : undefined,
});
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
rmSync(reportsDir, { recursive: true, force: true });
process.send?.({
  sites: institutions.length,
  interrupted: outcome.interrupted,
  wallMs: Math.round(wallMs),
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  rssGrowthMb: Math.round((process.memoryUsage().rss - rssBefore) / 1024 / 1024),
});
