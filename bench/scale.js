#!/usr/bin/env node
// Benchmark of studies over the queue (a measurement, not a test). Run `npm run build` first, then
// `node bench/scale.js [--sites 200] [--pages 12] [--delay 150] [--concurrency 8] [--workers 1,2,4]`.
//
// One latency-bound web (bench/scale/server.js, its own process): `sites` generated municipal
// sites, each on its own loopback address, every answer `delay` ms late, crawled politely (2
// requests at once per host). The same study, Lighthouse off, is audited
//   - by 1, 2 and 4 `muniseo worker` processes of `concurrency` sites each, behind a coordinator
//     (bench/scale/audit.js, in its own process: its CPU and memory are its own), and
//   - by one process with the same total concurrency (the baseline: `muniseo audit` as today).
// Prints, side by side: sites per minute, the speed-up over 1 worker, the queue's overhead against
// the single process of equal concurrency, and the coordinator's CPU and memory per 1,000 results.
// Needs redis-server (Debian: apt-get install redis-server); starts its own on a free port.
import { fork, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '200' },
    pages: { type: 'string', default: '12' },
    delay: { type: 'string', default: '150' },
    concurrency: { type: 'string', default: '8' },
    workers: { type: 'string', default: '1,2,4' },
  },
});
const sites = Number(values.sites);
const concurrency = Number(values.concurrency);
const workerCounts = values.workers.split(',').map(Number);
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const log = (message) => process.stderr.write(`${message}\n`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startRedis() {
  const port = await freePort();
  const child = spawn(
    process.env.REDIS_SERVER ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  child.once('error', (error) => {
    log(`cannot start redis-server: ${error.message} (Debian: apt-get install redis-server)`);
    process.exit(1);
  });
  // Commands wait in ioredis's offline queue until the server listens.
  const client = new Redis(port, '127.0.0.1', { retryStrategy: () => 100, maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  await client.ping();
  // However the benchmark ends, its Redis ends with it.
  process.once('exit', () => child.kill('SIGKILL'));
  return { url: `redis://127.0.0.1:${port}/0`, client, stop: () => (client.disconnect(), child.kill('SIGTERM')) };
}

function child(script, args) {
  return new Promise((resolve, reject) => {
    const running = fork(here(script), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result;
    running.on('message', (message) => (result = message));
    running.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${script} exited with ${code}`))));
  });
}

async function startWorkers(count, redis) {
  const workers = Array.from({ length: count }, () =>
    spawn(
      process.execPath,
      [
        here('../bin/muniseo.js'),
        'worker',
        '--queue',
        redis.url,
        '--concurrency',
        String(concurrency),
        '--allow-private-network',
        '--quiet',
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    ),
  );
  const killAll = () => workers.forEach((worker) => worker.exitCode === null && worker.kill('SIGKILL'));
  process.once('exit', killAll);
  // Ready when each has published its record (after its ~1 s CPU benchmark).
  while ((await redis.client.keys('muniseo:workers:*')).length < count) await new Promise((resolve) => setTimeout(resolve, 200));
  return async () => {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve) => {
            worker.once('exit', resolve);
            worker.kill('SIGTERM');
          }),
      ),
    );
    process.off('exit', killAll);
    await redis.client.flushall();
  };
}

const server = fork(here('./scale/server.js'), [String(sites), values.pages, values.delay], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const { origins } = await new Promise((resolve) => server.once('message', resolve));
const redis = await startRedis();
log(`${sites} sites × ${values.pages} pages, each answer ${values.delay} ms late; ${availableParallelism()} cores; load ${load()}`);

const rows = [];
try {
  for (const count of workerCounts) {
    const total = count * concurrency;
    log(`single process, ${total} sites at once…`);
    const single = await child('./scale/audit.js', [JSON.stringify({ mode: 'single', origins, concurrency: total })]);
    const loadSingle = load();
    log(`${count} worker(s) × ${concurrency} sites at once…`);
    const stopWorkers = await startWorkers(count, redis);
    const queued = await child('./scale/audit.js', [JSON.stringify({ mode: 'queue', origins, concurrency, queueUrl: redis.url })]);
    await stopWorkers();
    rows.push({ count, total, single, queued, loadSingle, loadQueued: load() });
  }
} finally {
  redis.stop();
  server.send('stop');
}

const perMinute = (result) => (result.sites / (result.wallMs / 60_000)).toFixed(1);
const oneWorker = rows.find((row) => row.count === 1)?.queued.wallMs;
const table = [
  [
    'workers',
    'sites at once',
    'queue s',
    'queue sites/min',
    'speed-up vs 1 worker',
    'single process s',
    'single sites/min',
    'queue overhead',
    'coordinator CPU ms/1000',
    'coordinator peak RSS MB',
    'RSS growth MB/1000',
    'load (single | queue)',
  ],
  ...rows.map(({ count, total, single, queued, loadSingle, loadQueued }) => [
    String(count),
    String(total),
    (queued.wallMs / 1000).toFixed(1),
    perMinute(queued),
    oneWorker ? `×${(oneWorker / queued.wallMs).toFixed(2)}` : '—',
    (single.wallMs / 1000).toFixed(1),
    perMinute(single),
    `${(((queued.wallMs - single.wallMs) / single.wallMs) * 100).toFixed(1)} %`,
    String(Math.round((queued.cpuMs / queued.sites) * 1000)),
    String(queued.peakRssMb),
    String(Math.round((queued.rssGrowthMb / queued.sites) * 1000)),
    `${loadSingle.split(' ')[0]} | ${loadQueued.split(' ')[0]}`,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
console.log(
  `scale benchmark: ${sites} latency-bound sites (${values.pages} pages, ${values.delay} ms per answer), Lighthouse off; baseline = one process with the same total concurrency`,
);
for (const row of table)
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
console.log(`load average after: ${load()} (${availableParallelism()} cores)`);
