// Schema and migrations of study.sqlite. `user_version` says which migrations ran.
import type Database from 'better-sqlite3';

const migrations: string[] = [
  `CREATE TABLE study (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE sites (
     id TEXT PRIMARY KEY,
     position INTEGER NOT NULL,
     institution TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('pending', 'done')),
     outcome TEXT,
     reason TEXT,
     score REAL,
     level INTEGER,
     started_at TEXT,
     finished_at TEXT,
     result TEXT
   );
   CREATE INDEX sites_status ON sites (status, position);
   CREATE TABLE checks (
     site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
     check_id TEXT NOT NULL,
     scope TEXT NOT NULL,
     dimension TEXT NOT NULL,
     status TEXT NOT NULL,
     value TEXT,
     pages_affected INTEGER NOT NULL,
     pages_checked INTEGER NOT NULL,
     examples TEXT NOT NULL,
     PRIMARY KEY (site_id, check_id)
   );
   CREATE TABLE pages (
     site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
     url TEXT NOT NULL,
     final_url TEXT NOT NULL,
     status INTEGER NOT NULL,
     depth INTEGER NOT NULL,
     discovered_by TEXT NOT NULL,
     content_type TEXT NOT NULL,
     size INTEGER NOT NULL,
     title TEXT,
     word_count INTEGER,
     indexable INTEGER,
     rendered_with TEXT NOT NULL,
     error TEXT,
     PRIMARY KEY (site_id, url)
   );
   CREATE TABLE lighthouse (
     site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
     url TEXT NOT NULL,
     form_factor TEXT NOT NULL,
     page_type TEXT NOT NULL,
     performance REAL,
     accessibility REAL,
     best_practices REAL,
     seo REAL,
     error_code TEXT,
     result TEXT NOT NULL,
     PRIMARY KEY (site_id, url, form_factor)
   );`,
];

export const schemaVersion = migrations.length;

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`study file was written by a newer muniseo (schema ${current}, this one knows ${migrations.length})`);
  }
  for (let version = current; version < migrations.length; version += 1) {
    db.transaction(() => {
      db.exec(migrations[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
