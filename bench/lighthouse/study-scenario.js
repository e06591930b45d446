// A study as a user runs it: `muniseo audit` end to end (crawl, checks, Lighthouse, store, report) on
// fixture sites served on loopback, default page sampling (home + 2) and Lighthouse settings, in a
// process of its own; then the pages it audited, read back through `muniseo export`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const muniseo = fileURLToPath(new URL('../../bin/muniseo.js', import.meta.url));

function node(args, log, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [muniseo, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(stderr);
      else {
        log(stderr.slice(-2000));
        reject(new Error(`muniseo ${args[0]} exited with ${code}`));
      }
    });
  });
}

/** sites: [{ id, name, url, heavy }]; env: added to muniseo's. Returns the wall time, the lane's settings line and every Lighthouse page. */
export async function runStudy(sites, log, env = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'muniseo-bench-study-'));
  try {
    const csv = join(folder, 'sites.csv');
    writeFileSync(csv, ['id,name,kind,url', ...sites.map((site) => `${site.id},${site.name},commune,${site.url}`)].join('\n') + '\n');
    const started = performance.now();
    const stderr = await node(
      ['audit', '--allow-private-network', '--sites', csv, '--study', 'bench', '--reports', join(folder, 'reports')],
      log,
      env,
    );
    const seconds = (performance.now() - started) / 1000;
    const exported = join(folder, 'results.json');
    await node(['export', '--study', 'bench', '--reports', join(folder, 'reports'), '--format', 'json', '--out', exported], log);
    const results = JSON.parse(readFileSync(exported, 'utf8'));
    const pages = results.sites.flatMap((site) =>
      site.lighthouse.pages.map((page) => ({
        site: site.id,
        heavy: sites.find((entry) => entry.id === site.id)?.heavy ?? false,
        url: page.url,
        pageType: page.pageType,
        scores: page.error ? { error: page.error.code } : page.scores,
      })),
    );
    const laneLine = stderr.split('\n').find((line) => /Lighthouse [\d.]+ on Chromium/.test(line)) ?? '';
    // Isolation settled: runs measured again alone (worker.ts logs each, with its reason).
    const measuredAgain = stderr.split('\n').filter((line) => line.includes('measuring it again'));
    return {
      seconds,
      pages,
      laneLine: laneLine.trim(),
      measuredAgain,
      outcomes: results.sites.map((site) => `${site.id}: ${site.outcome}`),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
