// The study file: one SQLite database per study, the single writer of results.
// Each finished site is written in one transaction, replacing any earlier row for the same id,
// so a resumed or repeated study never stores a duplicate, and a write that fails (a full disk)
// leaves the site pending, as if it had never finished.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Institution, SiteResult } from '../model/index.js';
import { migrate } from './schema.js';
import { parseAgreement, parseRegistryImports, parseStoredInstitution, parseStoredMeta, parseStoredSiteResult } from './stored-rows.js';

export interface StudyMeta {
  name: string;
  startedAt: string;
  finishedAt?: string;
  tool: { name: string; version: string };
  config: unknown;
  /** Shape version of `config` (see src/stored-config.ts); absent in studies written by muniseo 0.1. */
  configVersion?: number;
  /** Lighthouse and Chromium versions, throttling: filled in when the lane starts. */
  environment?: Record<string, unknown>;
  /** The demo's data describes fictional institutions; reports say so on every page. */
  fictional?: boolean;
  /**
   * Version of the check catalogue the sites were audited with (src/checks/catalogue-versions.ts);
   * absent in studies written before it was recorded, which `rescore` reads as version 1.
   */
  catalogueVersion?: number;
  /** When `muniseo rescore` last recomputed the study's index under the then current definition. */
  rescoredAt?: string;
}

/** What `audit --sites` read from a registry file: kept with the study, so no skipped row goes untold. */
export interface RegistryImport {
  /** The file, as given on the command line. */
  file: string;
  importedAt: string;
  read: number;
  kept: number;
  merged: number;
  /** Rows left out, counted by reason. */
  skipped: Record<string, number>;
  /** Each problem with its line, up to `maxStoredProblems`. */
  problems: { line: number; reason: string }[];
  /** Problems beyond those stored, counted only. */
  moreProblems: number;
  /**
   * Institutions of the registry that have no website (counted under the `no website` skip), by
   * kind and stratum: the report shows them beside those audited. Absent when there were none.
   */
  noWebsite?: NoWebsiteCount[];
}

/** Institutions of one kind and stratum that the registry lists without a website. */
export interface NoWebsiteCount {
  kind: string;
  stratum?: string;
  count: number;
}

/**
 * Agreement figures of the study's validation (`muniseo agreement`), kept so that the report's
 * methodology prints them. Counts rather than shares, so that the report computes the intervals.
 */
export interface StoredAgreement {
  recordedAt: string;
  /** The label files, as given on the command line. */
  files: string[];
  /** Weights of the kappas: linear, a disagreement of |i − j| / 3 between levels, or quadratic, its square. */
  weights: 'linear' | 'quadratic';
  /** Sites every labeller rated that the study audited. */
  sites: number;
  /** Each pair of labellers: weighted kappa and exact agreement over the sites both rated. */
  labellers: { first: string; second: string; sites: number; kappa: number | null; exact: number }[];
  /** muniseo's levels against the labellers' consensus. */
  muniseo: { sites: number; kappa: number | null; exact: number };
  /** Level 2 or above: muniseo's positives that the consensus confirms, and the consensus's positives muniseo finds. */
  deliberate: { truePositives: number; falsePositives: number; falseNegatives: number };
  /** How the consensus was reached: labellers agreeing, a third labeller settling, or the lower level. */
  settled: { agreed: number; byThird: number; lowerLevel: number };
}

/** Problems of one registry import kept in the study; a 50,000-row file of errors must not bloat it. */
export const maxStoredProblems = 1000;

/** A result or the study file could not be written (a full disk, a read-only folder). */
export class StudyStorageError extends Error {
  constructor(
    message: string,
    /** SQLITE_FULL, SQLITE_READONLY, ENOSPC… */
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface StudyStoreOptions {
  /**
   * Largest size of the file, in SQLite pages (PRAGMA max_page_count): writing past it fails as
   * on a full disk. Tests use it to fill the disk on purpose. @default no limit
   */
  maxFilePages?: number;
}

export type SiteStatus = 'pending' | 'done';

export class StudyStore {
  private readonly db: Database.Database;

  private constructor(
    readonly path: string,
    options: StudyStoreOptions,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
    if (options.maxFilePages !== undefined) this.db.pragma(`max_page_count = ${Math.floor(options.maxFilePages)}`);
  }

  static open(path: string, options: StudyStoreOptions = {}): StudyStore {
    return new StudyStore(path, options);
  }

  close(): void {
    this.db.close();
  }

  readMeta(): StudyMeta | undefined {
    const row = this.db.prepare('SELECT value FROM study WHERE key = ?').get('meta') as { value: string } | undefined;
    return row ? parseStoredMeta(row.value, this.path) : undefined;
  }

  writeMeta(meta: StudyMeta): void {
    this.db
      .prepare('INSERT INTO study (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run('meta', JSON.stringify(meta));
  }

  /** Keeps the account of a registry read for this study; each import is added to the earlier ones. */
  recordRegistryImport(registryImport: RegistryImport): void {
    const imports = [...this.registryImports(), registryImport];
    this.db
      .prepare('INSERT INTO study (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run('registry-imports', JSON.stringify(imports));
  }

  /** The registry files read for this study, oldest first. */
  registryImports(): RegistryImport[] {
    const row = this.db.prepare('SELECT value FROM study WHERE key = ?').get('registry-imports') as { value: string } | undefined;
    return row ? parseRegistryImports(row.value, this.path) : [];
  }

  /** Keeps the agreement figures of the study's validation, replacing earlier ones. */
  recordAgreement(agreement: StoredAgreement): void {
    this.db
      .prepare('INSERT INTO study (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run('agreement', JSON.stringify(agreement));
  }

  /** The agreement figures of the study's validation, when `muniseo agreement` recorded some. */
  agreement(): StoredAgreement | undefined {
    const row = this.db.prepare('SELECT value FROM study WHERE key = ?').get('agreement') as { value: string } | undefined;
    return row ? parseAgreement(row.value, this.path) : undefined;
  }

  /**
   * Rewrites the index of a stored site (`muniseo rescore`): the result's JSON and the score and
   * level columns, in one statement. Nothing else of the site changes.
   */
  replaceSiteIndex(id: string, index: SiteResult['index']): void {
    const row = this.db.prepare("SELECT result FROM sites WHERE id = ? AND status = 'done'").get(id) as { result: string } | undefined;
    if (!row) throw new Error(`no stored result for "${id}" in ${this.path}`);
    const result = parseStoredSiteResult(row.result, this.path, id);
    const updated: SiteResult = { ...result };
    if (index) updated.index = index;
    else delete updated.index;
    this.db
      .prepare('UPDATE sites SET result = ?, score = ?, level = ? WHERE id = ?')
      .run(JSON.stringify(updated), index?.score ?? null, index?.level ?? null, id);
  }

  /** The index versions the study's stored results were scored under (1 when a result does not say). */
  indexVersions(): number[] {
    const rows = this.db
      .prepare(
        "SELECT DISTINCT COALESCE(json_extract(result, '$.index.version'), 1) AS version FROM sites WHERE status = 'done' AND json_extract(result, '$.index') IS NOT NULL ORDER BY version",
      )
      .all() as { version: number }[];
    return rows.map((row) => row.version);
  }

  /** Runs `write` in one transaction: all of it is stored, or none. */
  transaction(write: () => void): void {
    this.db.transaction(write)();
  }

  /** Adds institutions as pending; those already known keep their status and results. */
  registerInstitutions(institutions: Institution[]): void {
    const insert = this.db.prepare(
      `INSERT INTO sites (id, position, institution, status) VALUES (?, ?, ?, 'pending')
       ON CONFLICT(id) DO UPDATE SET institution = CASE WHEN sites.status = 'pending' THEN excluded.institution ELSE sites.institution END`,
    );
    const next = (this.db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM sites').get() as { next: number }).next;
    this.db.transaction(() => {
      institutions.forEach((institution, index) => insert.run(institution.id, next + index, JSON.stringify(institution)));
    })();
  }

  pendingInstitutions(): Institution[] {
    return (
      this.db.prepare("SELECT id, institution FROM sites WHERE status = 'pending' ORDER BY position").all() as {
        id: string;
        institution: string;
      }[]
    ).map((row) => parseStoredInstitution(row.institution, this.path, row.id));
  }

  counts(): { total: number; done: number; pending: number } {
    const row = this.db.prepare("SELECT COUNT(*) AS total, SUM(status = 'done') AS done FROM sites").get() as {
      total: number;
      done: number | null;
    };
    return { total: row.total, done: row.done ?? 0, pending: row.total - (row.done ?? 0) };
  }

  /**
   * Writes one site's result and its rows, atomically. When the disk is full (or the file
   * read-only), nothing of the site is written, it stays pending, and StudyStorageError says so.
   */
  saveSiteResult(result: SiteResult): void {
    try {
      this.writeSiteResult(result);
    } catch (error) {
      const failure = storageFailure(error);
      if (!failure) throw error;
      throw new StudyStorageError(
        `cannot store the result of "${result.institution.id}" in ${this.path}: ${failure.meaning} (${failure.code})`,
        failure.code,
      );
    }
  }

  private writeSiteResult(result: SiteResult): void {
    const id = result.institution.id;
    this.db.transaction(() => {
      for (const table of ['checks', 'pages', 'lighthouse']) this.db.prepare(`DELETE FROM ${table} WHERE site_id = ?`).run(id);
      this.db
        .prepare(
          `INSERT INTO sites (id, position, institution, status, outcome, reason, score, level, started_at, finished_at, result)
           VALUES (@id, (SELECT COALESCE(MAX(position), -1) + 1 FROM sites), @institution, 'done', @outcome, @reason, @score, @level, @startedAt, @finishedAt, @result)
           ON CONFLICT(id) DO UPDATE SET institution = excluded.institution, status = 'done', outcome = excluded.outcome,
             reason = excluded.reason, score = excluded.score, level = excluded.level,
             started_at = excluded.started_at, finished_at = excluded.finished_at, result = excluded.result`,
        )
        .run({
          id,
          institution: JSON.stringify(result.institution),
          outcome: result.outcome,
          reason: result.reason ?? null,
          score: result.index?.score ?? null,
          level: result.index?.level ?? null,
          startedAt: result.startedAt,
          finishedAt: result.finishedAt,
          result: JSON.stringify(result),
        });
      const check = this.db.prepare(
        `INSERT INTO checks (site_id, check_id, scope, dimension, status, value, pages_affected, pages_checked, examples)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const row of result.checks) {
        check.run(
          id,
          row.id,
          row.scope,
          row.dimension,
          row.status,
          row.value === undefined ? null : String(row.value),
          row.pagesAffected,
          row.pagesChecked,
          JSON.stringify(row.examples),
        );
      }
      const page = this.db.prepare(
        `INSERT OR IGNORE INTO pages (site_id, url, final_url, status, depth, discovered_by, content_type, size, title, word_count, indexable, rendered_with, error)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const row of result.pages) {
        page.run(
          id,
          row.url,
          row.finalUrl,
          row.status,
          row.depth,
          row.discoveredBy,
          row.contentType,
          row.size,
          row.title ?? null,
          row.wordCount ?? null,
          row.indexable === undefined ? null : Number(row.indexable),
          row.renderedWith,
          row.error ?? null,
        );
      }
      const lighthouse = this.db.prepare(
        `INSERT OR REPLACE INTO lighthouse (site_id, url, form_factor, page_type, performance, accessibility, best_practices, seo, error_code, result)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const row of result.lighthouse.pages) {
        lighthouse.run(
          id,
          row.url,
          row.formFactor,
          row.pageType,
          row.scores.performance,
          row.scores.accessibility,
          row.scores['best-practices'],
          row.scores.seo,
          row.error?.code ?? null,
          JSON.stringify(row),
        );
      }
    })();
  }

  /**
   * Finished sites in registry order, streamed: memory does not grow with the study. With a
   * `shard`, only the sites whose registry position falls to it (position modulo `count` equal
   * to `index`): readers of the same study in several threads share its sites without a list.
   */
  *siteResults(shard?: { index: number; count: number }): Generator<SiteResult> {
    const rows = (
      shard
        ? this.db
            .prepare("SELECT id, result FROM sites WHERE status = 'done' AND position % ? = ? ORDER BY position")
            .iterate(shard.count, shard.index)
        : this.db.prepare("SELECT id, result FROM sites WHERE status = 'done' ORDER BY position").iterate()
    ) as IterableIterator<{ id: string; result: string }>;
    for (const row of rows) yield parseStoredSiteResult(row.result, this.path, row.id);
  }

  siteResult(id: string): SiteResult | undefined {
    const row = this.db.prepare("SELECT result FROM sites WHERE id = ? AND status = 'done'").get(id) as { result: string } | undefined;
    return row ? parseStoredSiteResult(row.result, this.path, id) : undefined;
  }
}

/** SQLite's and the system's codes for a write the disk or the file refused, with what they mean. */
const storageFailures: Record<string, string> = {
  SQLITE_FULL: 'the disk is full',
  ENOSPC: 'the disk is full',
  SQLITE_READONLY: 'the study file is read-only',
  EROFS: 'the file system is read-only',
  SQLITE_IOERR: 'the disk reported an input/output error',
};

/** The code and meaning of a storage failure (SQLITE_IOERR_WRITE means what SQLITE_IOERR means), or undefined. */
function storageFailure(error: unknown): { code: string; meaning: string } | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  const meaning = storageFailures[code] ?? storageFailures[code.split('_').slice(0, 2).join('_')];
  return meaning ? { code, meaning } : undefined;
}
