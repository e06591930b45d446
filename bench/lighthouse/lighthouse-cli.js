// The baseline users start from: the `lighthouse` command line (the version muniseo pins), a fresh
// Chromium per page, one page at a time, the four categories, mobile, every audit.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromeFlags, findChrome } from '../../dist/browser/chrome.js';
import { lighthouseCategories } from '../../dist/lighthouse/index.js';

const run = promisify(execFile);
const lighthouseCli = fileURLToPath(new URL('../../node_modules/.bin/lighthouse', import.meta.url));

/** Audits each URL in turn; returns the wall time and, per URL, the category scores or an error code. */
export async function viaLighthouseCli(urls, log) {
  const started = performance.now();
  const scores = [];
  const outputDir = mkdtempSync(join(tmpdir(), 'muniseo-bench-lh-'));
  try {
    for (const [index, url] of urls.entries()) {
      const output = join(outputDir, `${index}.json`);
      await run(
        lighthouseCli,
        [
          url,
          `--chrome-flags=${chromeFlags.join(' ')}`,
          `--only-categories=${lighthouseCategories.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          '--quiet',
        ],
        // TMPDIR: the folder of the singleton socket that Chrome, killed by its launcher, leaves behind
        // goes with the output folder rather than stay in /tmp.
        { env: { ...process.env, CHROME_PATH: findChrome(), TMPDIR: outputDir }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
      ).catch((error) => log(`lighthouse CLI on ${url}: ${error.message.split('\n')[0]}`));
      try {
        const lhr = JSON.parse(readFileSync(output, 'utf8'));
        scores.push(
          lhr.runtimeError
            ? { error: lhr.runtimeError.code }
            : Object.fromEntries(lighthouseCategories.map((category) => [category, lhr.categories[category]?.score ?? null])),
        );
      } catch {
        scores.push({ error: 'NO_REPORT' });
      }
    }
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
  return { seconds: (performance.now() - started) / 1000, scores };
}
