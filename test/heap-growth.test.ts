// The heap's growth bound (src/heap-growth.ts), as the command line sets it: a program that keeps
// some 100 MB alive while it promotes short-lived garbage, as a crawl does, peaks far lower with it.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const builtModule = new URL('../dist/heap-growth.js', import.meta.url).href;

// Keeps ~100 MB alive; each round's 2,000 objects live for 400 rounds, long enough to be promoted.
const workload = `
const [mode, moduleUrl] = process.argv.slice(1);
if (mode === 'bound') (await import(moduleUrl)).boundHeapGrowth();
const alive = [];
for (let i = 0; i < 30; i++) alive.push(Array.from({ length: 100_000 }, (_, j) => ({ j })));
const ring = new Array(400);
let peak = 0;
for (let round = 0; round < 6_000; round++) {
  ring[round % ring.length] = Array.from({ length: 2_000 }, (_, j) => ({ j, text: 'x' + j }));
  if (round % 20 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
process.stdout.write(String(Math.round(peak / 1024 / 1024)));
`;

async function peakHeapMb(mode: 'bound' | 'default'): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', workload, mode, builtModule]);
  return Number(stdout);
}

describe('the heap growth bound', () => {
  it('keeps the heap of a program that promotes garbage close to what it keeps alive', { timeout: 120_000 }, async () => {
    expect(fileURLToPath(builtModule)).toMatch(/dist\/heap-growth\.js$/);
    const unbounded = await peakHeapMb('default');
    const bounded = await peakHeapMb('bound');
    // What stays alive is about 100 MB; V8 alone lets the heap reach several times that.
    expect(unbounded).toBeGreaterThan(400);
    expect(bounded).toBeLessThan(300);
  });
});
