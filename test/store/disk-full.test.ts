// A full disk while a result is written (injected in the store: the file may not grow) stops the
// study with a clear error, writes nothing of that site, and leaves the study resumable.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStudyConfig, type StudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { silentLogger } from '../../src/logger.js';
import type { Institution } from '../../src/model/index.js';
import { StudyStorageError, StudyStore } from '../../src/store/study-store.js';
import { runStudy } from '../../src/study.js';

const sites = ['test-links', 'test-charsets', 'test-sitemaps'];
let web: FixtureWeb;
let dir: string;

beforeAll(async () => {
  web = await startFixtureWeb({ only: sites });
  dir = mkdtempSync(join(tmpdir(), 'muniseo-disk-full-'));
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

function config(): StudyConfig {
  const config = defaultStudyConfig();
  config.lighthouse.enabled = false;
  config.crawl.browserFallback = false;
  config.crawl.renderHome = false;
  config.crawl.maxPages = 20;
  config.crawl.allowPrivateNetwork = true;
  config.concurrency = 1;
  return config;
}

/** A site whose result cannot fit in the space left: its registry row alone takes a dozen pages. */
const institution = (name: string, note = ''): Institution => ({
  id: name,
  name,
  kind: 'other',
  url: web.origin(name),
  ...(note ? { extra: { note } } : {}),
});

describe('a full disk while a result is written', () => {
  it('stops the study, keeps what was stored, writes nothing of the site, and the study resumes', async () => {
    const path = join(dir, 'study.sqlite');
    const first = StudyStore.open(path);
    await runStudy({ institutions: [institution('test-links')], store: first, config: config(), logger: silentLogger });
    first.registerInstitutions([institution('test-charsets', 'x'.repeat(50_000)), institution('test-sitemaps')]);
    first.close();

    // The file may not grow by a single page (SQLite pages of 4,096 bytes): a disk just full.
    const full = StudyStore.open(path, { maxFilePages: statSync(path).size / 4096 });
    const failure = await runStudy({ institutions: [], store: full, config: config(), logger: silentLogger }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StudyStorageError);
    expect((failure as StudyStorageError).code).toBe('SQLITE_FULL');
    expect((failure as StudyStorageError).message).toMatch(
      /^cannot store the result of "test-charsets" in .*: the disk is full \(SQLITE_FULL\)$/,
    );
    // The study stopped there: the next site was not started.
    expect(full.counts()).toEqual({ total: 3, done: 1, pending: 2 });
    full.close();

    const db = new Database(path, { readonly: true });
    // Nothing of the site whose write failed: its transaction was rolled back whole.
    expect(db.prepare("SELECT status, result FROM sites WHERE id = 'test-charsets'").get()).toEqual({ status: 'pending', result: null });
    for (const table of ['pages', 'checks', 'lighthouse']) {
      expect(db.prepare(`SELECT COUNT(*) FROM ${table} WHERE site_id = 'test-charsets'`).pluck().get(), table).toBe(0);
    }
    db.close();

    const resumed = StudyStore.open(path);
    const progress = await runStudy({ institutions: [], store: resumed, config: config(), logger: silentLogger });
    expect(progress).toMatchObject({ audited: 2, skipped: 1, pending: 0, interrupted: false });
    expect([...resumed.siteResults()].map((result) => result.institution.id)).toEqual(sites);
    resumed.close();
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT COUNT(*) FROM sites').pluck().get()).toBe(3);
    expect(after.prepare('SELECT site_id, url, COUNT(*) AS n FROM pages GROUP BY site_id, url HAVING n > 1').all()).toEqual([]);
    after.close();
  });
});
