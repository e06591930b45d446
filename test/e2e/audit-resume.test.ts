// A study killed with SIGKILL in the middle resumes: the remaining sites are audited, none that
// was finished is redone, nothing is stored twice. Ctrl-C stops cleanly and says how to resume.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../helpers/cli.js';

/** A small town site whose every answer takes `delayMs`: slow enough to be interrupted. */
async function slowSite(delayMs: number): Promise<Server> {
  const server = createServer((request, response) => {
    setTimeout(() => {
      if (request.url === '/robots.txt') return response.writeHead(404).end();
      if (request.url === '/sitemap.xml') return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="fr"><head><title>Page ${request.url}</title></head><body><h1>Commune</h1>` +
          `<a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a></body></html>`,
      );
    }, delayMs);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

function doneRows(dbPath: string): { id: string; finished_at: string }[] {
  if (!existsSync(dbPath)) return [];
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT id, finished_at FROM sites WHERE status = 'done' ORDER BY id").all() as { id: string; finished_at: string }[];
  } catch {
    return [];
  } finally {
    db.close();
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('an interrupted study', () => {
  let dir: string;
  let servers: Server[];
  let sitesCsv: string;
  const siteCount = 6;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-resume-'));
    servers = await Promise.all(Array.from({ length: siteCount }, () => slowSite(250)));
    sitesCsv = join(dir, 'sites.csv');
    const rows = servers.map(
      (server, index) => `commune-${index},Commune ${index},commune,http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    );
    writeFileSync(sitesCsv, `id,name,kind,url\n${rows.join('\n')}\n`);
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    rmSync(dir, { recursive: true, force: true });
  });

  it('killed with SIGKILL, resumes without redoing or duplicating a site', async () => {
    const reports = join(dir, 'reports');
    const dbPath = join(reports, 'killed', 'study.sqlite');
    const args = ['audit', '--sites', sitesCsv, '--study', 'killed', '--reports', reports, '--no-lighthouse', '--concurrency', '1'];
    const first = startCli(args);
    await waitFor(() => doneRows(dbPath).length >= 2, 60_000);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const before = doneRows(dbPath);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThan(siteCount);

    const again = await runCli(['audit', '--study', 'killed', '--reports', reports, '--resume', '--no-lighthouse']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`${before.length} of ${siteCount} sites already audited`));
    const after = doneRows(dbPath);
    expect(after.map((row) => row.id)).toEqual(Array.from({ length: siteCount }, (_, index) => `commune-${index}`));
    // Sites finished before the kill keep their original timestamps: they were not redone.
    for (const row of before) expect(after.find((other) => other.id === row.id)?.finished_at).toBe(row.finished_at);

    const db = new Database(dbPath, { readonly: true });
    const duplicates = db.prepare('SELECT site_id, url, COUNT(*) AS n FROM pages GROUP BY site_id, url HAVING n > 1').all();
    db.close();
    expect(duplicates).toEqual([]);
  });

  it('refuses to overwrite an existing study without --resume or --overwrite', async () => {
    const reports = join(dir, 'reports-twice');
    const args = ['audit', '--sites', sitesCsv, '--study', 'twice', '--reports', reports, '--no-lighthouse', '--max-pages', '2'];
    expect((await runCli(args)).code).toBe(0);
    const second = await runCli(args);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/--resume/);
  });

  it('Ctrl-C stops taking new sites and says how to resume', async () => {
    const reports = join(dir, 'reports-int');
    const dbPath = join(reports, 'interrupted', 'study.sqlite');
    const run = startCli([
      'audit',
      '--sites',
      sitesCsv,
      '--study',
      'interrupted',
      '--reports',
      reports,
      '--no-lighthouse',
      '--concurrency',
      '1',
    ]);
    await waitFor(() => doneRows(dbPath).length >= 1, 60_000);
    run.child.kill('SIGINT');
    const result = await run.done;
    // Not done, not a crash: exit 1 so that `audit && report` stops there.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--resume/);
    expect(doneRows(dbPath).length).toBeLessThan(siteCount);
  });
});
