import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultStudyConfig } from '../../src/config.js';
import { readStoredConfig, StoredConfigError, storedConfigVersion } from '../../src/stored-config.js';
import { StoredDataError } from '../../src/store/stored-rows.js';
import { StudyStorageError, StudyStore, type StudyMeta } from '../../src/store/study-store.js';
import { siteResult } from '../helpers/site-result.js';

describe('StudyStore', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-store-'));
    path = join(dir, 'study.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('registers institutions as pending, in registry order', () => {
    const store = StudyStore.open(path);
    store.registerInstitutions([siteResult('b').institution, siteResult('a').institution]);
    expect(store.pendingInstitutions().map((institution) => institution.id)).toEqual(['b', 'a']);
    expect(store.counts()).toEqual({ total: 2, done: 0, pending: 2 });
    store.close();
  });

  it('writes a finished site at once and leaves the others pending', () => {
    const store = StudyStore.open(path);
    store.registerInstitutions(['a', 'b', 'c'].map((id) => siteResult(id).institution));
    store.saveSiteResult(siteResult('b'));
    store.close();
    // A new connection, as after a crash: what was saved is there.
    const reopened = StudyStore.open(path);
    expect(reopened.pendingInstitutions().map((institution) => institution.id)).toEqual(['a', 'c']);
    expect(reopened.siteResult('b')?.index?.score).toBe(50);
    reopened.close();
  });

  it('stores no duplicate when a site is saved twice', () => {
    const store = StudyStore.open(path);
    store.registerInstitutions([siteResult('a').institution]);
    store.saveSiteResult(siteResult('a'));
    store.saveSiteResult(siteResult('a', { outcome: 'timeout', reason: 'slow' }));
    store.registerInstitutions([siteResult('a').institution]);
    store.close();
    const db = new Database(path, { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('sites')).toBe(1);
    expect(count('checks')).toBe(2);
    expect(count('pages')).toBe(2);
    expect(db.prepare("SELECT outcome, status FROM sites WHERE id = 'a'").get()).toEqual({ outcome: 'timeout', status: 'done' });
    db.close();
  });

  it('keeps a registered site done when the registry is imported again', () => {
    const store = StudyStore.open(path);
    store.registerInstitutions([siteResult('a').institution]);
    store.saveSiteResult(siteResult('a'));
    store.registerInstitutions([siteResult('a').institution, siteResult('d').institution]);
    expect(store.counts()).toEqual({ total: 2, done: 1, pending: 1 });
    expect([...store.siteResults()].map((result) => result.institution.id)).toEqual(['a']);
    store.close();
  });

  it('shares the finished sites between readers by registry position, each share in registry order', () => {
    const store = StudyStore.open(path);
    // Positions 0–6; c and f stay pending.
    store.registerInstitutions(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => siteResult(id).institution));
    for (const id of ['g', 'a', 'b', 'd', 'e']) store.saveSiteResult(siteResult(id));
    const ids = (shard?: { index: number; count: number }) => [...store.siteResults(shard)].map((result) => result.institution.id);
    expect(ids()).toEqual(['a', 'b', 'd', 'e', 'g']);
    // Position modulo 3: a (0), d (3), g (6) | b (1), e (4) | none of c (2), f (5) is done.
    expect(ids({ index: 0, count: 3 })).toEqual(['a', 'd', 'g']);
    expect(ids({ index: 1, count: 3 })).toEqual(['b', 'e']);
    expect(ids({ index: 2, count: 3 })).toEqual([]);
    store.close();
  });

  it('keeps the account of each registry read for the study, skipped rows included', () => {
    const store = StudyStore.open(path);
    const first = {
      file: 'mayenne.csv',
      importedAt: '2026-11-26T08:00:00.000Z',
      read: 5,
      kept: 3,
      merged: 1,
      skipped: { 'unknown INSEE code': 1 },
      problems: [{ line: 4, reason: 'unknown INSEE code 99999' }],
      moreProblems: 0,
    };
    store.recordRegistryImport(first);
    store.recordRegistryImport({ ...first, file: 'ajouts.csv', read: 1, kept: 1, merged: 0, skipped: {}, problems: [] });
    store.close();
    const reopened = StudyStore.open(path);
    expect(reopened.registryImports().map((entry) => [entry.file, entry.read, entry.skipped])).toEqual([
      ['mayenne.csv', 5, { 'unknown INSEE code': 1 }],
      ['ajouts.csv', 1, {}],
    ]);
    expect(reopened.registryImports()[0]?.problems).toEqual([{ line: 4, reason: 'unknown INSEE code 99999' }]);
    reopened.close();
  });

  it('writes nothing of a site when the disk fills during its write, and says which site', () => {
    const store = StudyStore.open(path);
    store.registerInstitutions([siteResult('a').institution, siteResult('b').institution]);
    store.saveSiteResult(siteResult('a'));
    store.close();
    const full = StudyStore.open(path, { maxFilePages: statSync(path).size / 4096 });
    const big = siteResult('b', { reason: 'x'.repeat(20_000) });
    expect(() => full.saveSiteResult(big)).toThrow(StudyStorageError);
    expect(() => full.saveSiteResult(big)).toThrow(/cannot store the result of "b" in .*: the disk is full \(SQLITE_FULL\)/);
    expect(full.counts()).toEqual({ total: 2, done: 1, pending: 1 });
    expect(full.siteResult('b')).toBeUndefined();
    full.close();
  });

  it('round-trips the study metadata', () => {
    const store = StudyStore.open(path);
    const meta = {
      name: 'mayenne',
      startedAt: '2026-11-26T08:00:00.000Z',
      tool: { name: 'muniseo', version: '0.1.0' },
      config: { concurrency: 4 },
      fictional: true,
    };
    store.writeMeta(meta);
    store.writeMeta({ ...meta, finishedAt: '2026-11-26T09:00:00.000Z' });
    expect(store.readMeta()).toEqual({ ...meta, finishedAt: '2026-11-26T09:00:00.000Z' });
    store.close();
  });

  it('refuses a study file written by a newer schema', () => {
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => StudyStore.open(path)).toThrow(/newer muniseo/);
  });
});

describe('rows read back from disk', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-store-rows-'));
    path = join(dir, 'study.sqlite');
    const store = StudyStore.open(path);
    store.registerInstitutions(['a', 'b'].map((id) => siteResult(id).institution));
    store.saveSiteResult(siteResult('a'));
    store.saveSiteResult(siteResult('b'));
    store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tamper = (sql: string, ...params: unknown[]) => {
    const db = new Database(path);
    db.prepare(sql).run(...params);
    db.close();
  };

  it('are checked against the model: a row that does not match names the study and the institution', () => {
    const broken = { ...siteResult('b'), outcome: 'exploded' };
    tamper('UPDATE sites SET result = ? WHERE id = ?', JSON.stringify(broken), 'b');
    const store = StudyStore.open(path);
    try {
      expect(store.siteResult('a')?.institution.id).toBe('a');
      expect(() => [...store.siteResults()]).toThrow(StoredDataError);
      expect(() => store.siteResult('b')).toThrow(`${path}: the stored result of "b" does not match muniseo's model (outcome:`);
    } finally {
      store.close();
    }
  });

  it('say so when a row is not even JSON', () => {
    tamper('UPDATE sites SET result = ? WHERE id = ?', '{"institution": ', 'a');
    const store = StudyStore.open(path);
    try {
      expect(() => store.siteResult('a')).toThrow(/the stored result of "a" does not match muniseo's model \(not JSON/);
    } finally {
      store.close();
    }
  });
});

describe('the configuration stored with a study', () => {
  const meta = (config: unknown, configVersion?: number): StudyMeta => ({
    name: 'old',
    startedAt: '2026-01-01T00:00:00.000Z',
    tool: { name: 'muniseo', version: '0.1.0' },
    config,
    ...(configVersion ? { configVersion } : {}),
  });

  it('is read from a study written by muniseo 0.1 (no version), fields added since taking their defaults', () => {
    const config = readStoredConfig(meta({ crawl: { maxPages: 7 }, lighthouse: { enabled: false }, concurrency: 3 }), 'old/study.sqlite');
    expect(config.crawl.maxPages).toBe(7);
    expect(config.lighthouse.enabled).toBe(false);
    expect(config.crawl.maxDepth).toBe(defaultStudyConfig().crawl.maxDepth);
  });

  it('tolerates keys the current version no longer knows (read leniently, unlike a config file)', () => {
    expect(readStoredConfig(meta({ crawl: { maxPages: 7, retiredOption: true } }), 'old/study.sqlite').crawl.maxPages).toBe(7);
  });

  it('is refused, never silently replaced by new flags, when it cannot be read', () => {
    expect(() => readStoredConfig(meta({ crawl: { maxPages: -1 } }), 'old/study.sqlite')).toThrow(StoredConfigError);
    expect(() => readStoredConfig(meta({ crawl: { maxPages: -1 } }), 'old/study.sqlite')).toThrow(/crawl\.maxPages.*resume is refused/);
    expect(() => readStoredConfig(meta({}, storedConfigVersion + 1), 'new/study.sqlite')).toThrow(/newer muniseo/);
  });
});
