// The report writes only inside its study folder and removes only files an earlier report wrote.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { OutsideStudyError } from '../../src/store/study-folder.js';
import { writeSyntheticStudy } from './synthetic-study.js';

describe('the files a report removes', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'muniseo-report-files-'));
    dir = join(root, 'reports', 'mayenne-2026');
    mkdirSync(dir, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('removes the page of an institution that left the study, which an earlier report wrote', async () => {
    const before = writeSyntheticStudy(join(root, 'before'), 3);
    await writeReport(before, { studyDir: dir, lang: 'fr' });
    before.close();
    expect(existsSync(join(dir, 'sites', '10002.html'))).toBe(true);

    const after = writeSyntheticStudy(join(root, 'after'), 2);
    await writeReport(after, { studyDir: dir, lang: 'fr' });
    after.close();
    expect(existsSync(join(dir, 'sites', '10002.html'))).toBe(false);
    expect(existsSync(join(dir, 'sites', '10001.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'report-files.json'), 'utf8')).files).toContain('sites/10001.html');
  });

  it('keeps every file it did not write, in the study folder and outside', async () => {
    mkdirSync(join(dir, 'sites'), { recursive: true });
    writeFileSync(join(dir, 'sites', 'notes-de-l-equipe.html'), 'à garder');
    writeFileSync(join(root, 'reports', 'index.html'), 'the parent folder’s own page');
    // A list edited by hand (or by a hostile hand) naming files outside the study folder.
    writeFileSync(join(dir, 'report-files.json'), JSON.stringify({ files: ['../index.html', '/etc/hostname', 'study.sqlite'] }));
    const store = writeSyntheticStudy(dir, 2);
    await writeReport(store, { studyDir: dir, lang: 'fr' });
    store.close();
    expect(readFileSync(join(dir, 'sites', 'notes-de-l-equipe.html'), 'utf8')).toBe('à garder');
    expect(readFileSync(join(root, 'reports', 'index.html'), 'utf8')).toBe('the parent folder’s own page');
    expect(existsSync(join(dir, 'study.sqlite'))).toBe(true);
  });

  it('refuses to write through a symbolic link that leads out of the study folder', async () => {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(dir, 'sites'));
    const store = writeSyntheticStudy(dir, 2);
    await expect(writeReport(store, { studyDir: dir, lang: 'fr' })).rejects.toBeInstanceOf(OutsideStudyError);
    store.close();
    expect(existsSync(join(elsewhere, '10000.html'))).toBe(false);
  });
});
