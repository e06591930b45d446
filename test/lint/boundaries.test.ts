// The lint runs inside `npm test`, so CI enforces the pipeline's boundaries (eslint.config.js).
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

const errorsIn = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath: `${root}/${filePath}` })).flatMap((result) =>
    result.messages.filter((message) => message.severity === 2),
  );

describe('the lint', () => {
  it('finds no error in src/', async () => {
    const results = await eslint.lintFiles(['src']);
    const errors = results.flatMap((result) =>
      result.messages.filter((message) => message.severity === 2).map((message) => `${result.filePath}:${message.line} ${message.message}`),
    );
    expect(errors).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
  });

  it('names the boundary when a check imports the crawl', async () => {
    const errors = await errorsIn(
      "import * as crawl from '../../crawl/index.js';\nexport const stage = crawl;\n",
      'src/checks/page/any-check.ts',
    );
    expect(errors.map((error) => error.message)).toEqual([expect.stringContaining('checks must not import crawl/')]);
    expect(errors[0]?.message).toContain('boundary checks → model');
  });

  it.each([
    ['src/checks/site/any-check.ts', "import { readFileSync } from 'node:fs';", 'checks does no I/O'],
    ['src/scoring/any.ts', "import { catalogue } from '../checks/catalogue.js';", 'scoring must not import checks/'],
    ['src/store/any.ts', "import { writeReport } from '../report/index.js';", 'store must not import report/'],
    ['src/report/any.ts', "import type { SiteResult } from '../audit.js';", 'report must not import the orchestrator'],
    ['src/report/any.ts', "import { startLighthouseLane } from '../lighthouse/index.js';", 'report must not import lighthouse/'],
    ['src/extract/any.ts', "import { catalogue } from '../checks/catalogue.js';", 'extract must not import checks/'],
    ['src/crawl/any.ts', "import { startLighthouseLane } from '../lighthouse/index.js';", 'crawl must not import lighthouse/'],
    ['src/assertions/any.ts', "import { StudyStore } from '../store/study-store.js';", 'assertions must not import store/'],
    ['src/assertions/any.ts', "import { readFileSync } from 'node:fs';", 'assertions does no I/O'],
    ['src/peers/any.ts', "import { writeReport } from '../report/index.js';", 'peers must not import report/'],
    ['src/peers/any.ts', "import Database from 'better-sqlite3';", 'peers does no I/O'],
    ['src/model/any.ts', "import { crawlSite } from '../crawl/index.js';", 'model must not import crawl/'],
    ['src/queue/any.ts', "import { runChecks } from '../checks/run.js';", 'queue must not import checks/'],
  ])('refuses in %s: %s', async (file, line, message) => {
    const errors = await errorsIn(`${line}\nexport const used = 1;\n`, file);
    expect(errors.map((error) => error.message).join('\n')).toContain(message);
  });

  it('lets a check import the model and its own helpers', async () => {
    const code =
      "import { isIndexable } from '../../model/index.js';\nimport { pass } from '../define.js';\nexport const used = [isIndexable, pass];\n";
    expect(await errorsIn(code, 'src/checks/page/any-check.ts')).toEqual([]);
  });
});
