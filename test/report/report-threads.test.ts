// A national study's pages are written by several threads, and its data files by a thread of
// their own: the report must be the same, byte for byte, as when one thread writes it all, with
// every thread having written its share.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { writeSyntheticStudy } from './synthetic-study.js';

const count = 90;
const dir = mkdtempSync(join(tmpdir(), 'muniseo-report-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `folder`, by path relative to it. */
function contents(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

it(
  'writes the same report with three threads for the pages and one for the data files as with one thread for all, each page thread writing a third',
  { timeout: 240_000 },
  async () => {
    const store = writeSyntheticStudy(join(dir, 'study'), count, { name: 'Communes fictives 2026' });
    const one = await writeReport(store, { studyDir: join(dir, 'one'), lang: 'fr', pageThreads: 1, dataFilesThread: false });
    const three = await writeReport(store, { studyDir: join(dir, 'three'), lang: 'fr', pageThreads: 3, dataFilesThread: true });
    store.close();

    expect(one.pagesByThread).toEqual([count]);
    // Registry positions 0–89 modulo 3: 30 pages for each thread.
    expect(three.pagesByThread).toEqual([30, 30, 30]);
    expect([one.dataFilesThread, three.dataFilesThread]).toEqual([false, true]);
    expect(three.files.map((file) => relative(join(dir, 'three'), file))).toEqual(
      one.files.map((file) => relative(join(dir, 'one'), file)),
    );
    const expected = contents(join(dir, 'one'));
    const actual = contents(join(dir, 'three'));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...expected.keys()].filter((file) => file.startsWith('sites/'))).toHaveLength(count);
    expect([...expected.keys()].filter((file) => file.startsWith('data/') || file === 'results.json').sort()).toEqual([
      'data/checks.csv',
      'data/lighthouse.csv',
      'data/pages.csv',
      'data/sites.csv',
      'results.json',
    ]);
    expect(actual.get('data/sites.csv')?.split('\n').length).toBeGreaterThan(count);
    for (const [file, text] of expected) expect(actual.get(file), file).toBe(text);
  },
);

describe('a data file that cannot be written', () => {
  it.each([false, true])('fails the report with its reason, and lists the files begun (data files in a thread: %s)', async (inThread) => {
    const study = writeSyntheticStudy(join(dir, `unwritable-${inThread}`), 3);
    const out = join(dir, `unwritable-out-${inThread}`);
    // A folder where checks.csv should go: opening it for writing fails.
    mkdirSync(join(out, 'data', 'checks.csv'), { recursive: true });
    await expect(writeReport(study, { studyDir: out, lang: 'fr', dataFilesThread: inThread })).rejects.toThrow(/checks\.csv/);
    study.close();
    const listed = JSON.parse(readFileSync(join(out, 'report-files.json'), 'utf8')) as { files: string[] };
    expect(listed.files).toEqual(expect.arrayContaining(['data/sites.csv', 'data/checks.csv', 'results.json']));
  });
});
