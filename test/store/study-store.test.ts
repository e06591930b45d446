import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyStore } from '../../src/store/study-store.js';
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
