// A study killed with SIGKILL in the middle resumes: the remaining sites are audited, none that
// was finished is redone, nothing is stored twice. SIGINT and SIGTERM stop cleanly, exit 130 and
// 143 and say how to resume. One writer at a time: a second run of a study in use exits 2.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../helpers/cli.js';

// These studies test how a study stops and resumes, not rendering: with no Chromium to find, the
// crawl renders no home page (crawl.renderHome; a note says so), which saves a browser launch per
// site on a loaded machine. Every audit here runs with --no-lighthouse (or resumes such a study).
process.env['CHROME_PATH'] = join(tmpdir(), 'muniseo-no-chromium-for-resume-tests');

/** A small town site whose every answer takes `delayMs`, and waits for `gate` when given. */
async function slowSite(delayMs: number, gate?: Promise<void>): Promise<Server> {
  const server = createServer((request, response) => {
    const answer = () =>
      setTimeout(() => {
        if (request.url === '/robots.txt') return response.writeHead(404).end();
        if (request.url === '/sitemap.xml') return response.writeHead(404).end();
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          `<!doctype html><html lang="fr"><head><title>Page ${request.url}</title></head><body><h1>Commune</h1>` +
            `<a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a></body></html>`,
        );
      }, delayMs);
    if (gate) void gate.then(answer);
    else answer();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

function pagesStoredTwice(dbPath: string): unknown[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT site_id, url, COUNT(*) AS n FROM pages GROUP BY site_id, url HAVING n > 1').all();
  } finally {
    db.close();
  }
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
    const args = [
      'audit',
      '--allow-private-network',
      '--sites',
      sitesCsv,
      '--study',
      'killed',
      '--reports',
      reports,
      '--no-lighthouse',
      '--concurrency',
      '1',
    ];
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

    expect(pagesStoredTwice(dbPath)).toEqual([]);
  });

  it('refuses to overwrite an existing study without --resume or --overwrite', async () => {
    const reports = join(dir, 'reports-twice');
    const args = [
      'audit',
      '--allow-private-network',
      '--sites',
      sitesCsv,
      '--study',
      'twice',
      '--reports',
      reports,
      '--no-lighthouse',
      '--max-pages',
      '2',
    ];
    expect((await runCli(args)).code).toBe(0);
    const second = await runCli(args);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/--resume/);
  });

  it('Ctrl-C stops, exits 130 after saving, and says what is kept, what will be redone and how to resume', async () => {
    const reports = join(dir, 'reports-int');
    const dbPath = join(reports, 'interrupted', 'study.sqlite');
    const run = startCli([
      'audit',
      '--allow-private-network',
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
    // Not done, not failed: 130, so that `audit && report` stops there and a script can tell why.
    expect(result.code).toBe(130);
    const stored = doneRows(dbPath).length;
    expect(stored).toBeLessThan(siteCount);
    expect(result.stderr).toMatch(
      /SIGINT: stopping\. No new site starts; sites in progress are abandoned and stay pending, to be redone on --resume/,
    );
    expect(result.stderr).toContain(
      `muniseo: interrupted by SIGINT: ${stored} of ${siteCount} sites are stored and kept; the ${siteCount - stored} others, those that were in progress included, will be audited on --resume\n` +
        `Resume with: muniseo audit --study interrupted --reports ${reports} --resume\n`,
    );
    expect(result.stderr).not.toMatch(/finishing what is in flight/);
  });

  it('SIGTERM (docker stop, systemd) saves, exits 143, leaves no lock or WAL file, and --resume completes the study with no duplicate', async () => {
    const reports = join(dir, 'reports-term');
    const studyDir = join(reports, 'terminated');
    const dbPath = join(studyDir, 'study.sqlite');
    const run = startCli([
      'audit',
      '--allow-private-network',
      '--sites',
      sitesCsv,
      '--study',
      'terminated',
      '--reports',
      reports,
      '--no-lighthouse',
      '--concurrency',
      '1',
    ]);
    await waitFor(() => doneRows(dbPath).length >= 2, 60_000);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(result.stderr).toMatch(/muniseo: interrupted by SIGTERM: \d of 6 sites are stored and kept/);
    // Closed properly: no lock left, and the write-ahead log folded into study.sqlite (checked
    // before this test opens the file again).
    expect(existsSync(join(studyDir, 'study.lock'))).toBe(false);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const before = doneRows(dbPath);
    expect(before.length).toBeGreaterThanOrEqual(2);

    const resumed = await runCli(['audit', '--study', 'terminated', '--reports', reports, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const after = doneRows(dbPath);
    expect(after.map((row) => row.id)).toEqual(Array.from({ length: siteCount }, (_, index) => `commune-${index}`));
    for (const row of before) expect(after.find((other) => other.id === row.id)?.finished_at).toBe(row.finished_at);
    expect(pagesStoredTwice(dbPath)).toEqual([]);
  });

  it('--resume with other settings than the study was started with is refused, listing them', async () => {
    const reports = join(dir, 'reports-settings');
    const oneSite = join(dir, 'one-site.csv');
    writeFileSync(oneSite, readFileSync(sitesCsv, 'utf8').split('\n').slice(0, 2).join('\n'));
    const started = await runCli([
      'audit',
      '--allow-private-network',
      '--sites',
      oneSite,
      '--study',
      'twice',
      '--reports',
      reports,
      '--no-lighthouse',
      '--max-pages',
      '2',
    ]);
    expect(started.code, started.stderr).toBe(0);
    const changed = await runCli(['audit', '--study', 'twice', '--reports', reports, '--resume', '--max-pages', '50', '--max-depth', '1']);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain(
      'muniseo: study "twice" was started with other settings than those given to --resume:\n' +
        '  crawl.maxPages: 2 in the study, 50 asked\n' +
        '  crawl.maxDepth: 5 in the study, 1 asked\n' +
        'Resume without those options (the study keeps its own), or start again with --overwrite to apply them to every site.\n',
    );
    // The same settings again, or none: the study resumes (with nothing left to do).
    expect(
      (await runCli(['audit', '--study', 'twice', '--reports', reports, '--resume', '--max-pages', '2', '--no-lighthouse'])).code,
    ).toBe(0);
    expect((await runCli(['audit', '--study', 'twice', '--reports', reports, '--resume'])).code).toBe(0);
  }, 120_000);
});

describe('one writer per study', () => {
  let dir: string;
  let servers: Server[];
  let sitesCsv: string;
  let openGate: () => void;
  const siteCount = 3;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-lock-'));
    // Every answer waits for the gate: the first run cannot finish before the test lets it.
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    servers = await Promise.all(Array.from({ length: siteCount }, () => slowSite(20, gate)));
    sitesCsv = join(dir, 'sites.csv');
    const rows = servers.map(
      (server, index) => `commune-${index},Commune ${index},commune,http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    );
    writeFileSync(sitesCsv, `id,name,kind,url\n${rows.join('\n')}\n`);
  });
  afterAll(async () => {
    openGate();
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
    rmSync(dir, { recursive: true, force: true });
  });

  it('a second audit of a study in use exits 2 naming the first, and nothing is lost', async () => {
    const reports = join(dir, 'reports');
    const lockPath = join(reports, 'mayenne', 'study.lock');
    const dbPath = join(reports, 'mayenne', 'study.sqlite');
    const first = startCli([
      'audit',
      '--sites',
      sitesCsv,
      '--study',
      'mayenne',
      '--reports',
      reports,
      '--no-lighthouse',
      '--concurrency',
      '1',
      '--allow-private-network',
    ]);
    await waitFor(() => existsSync(lockPath) && existsSync(dbPath), 60_000);

    const resumed = await runCli(['audit', '--study', 'mayenne', '--reports', reports, '--resume', '--no-lighthouse']);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toMatch(
      new RegExp(
        `^muniseo: the study is in use by process ${first.child.pid} \\(muniseo audit --sites .* --study mayenne .*\\), since \\d{4}-\\d\\d-\\d\\dT`,
      ),
    );
    expect(resumed.stderr).toContain(`Wait for that run to end, or stop it (kill ${first.child.pid}).`);
    // --overwrite while the first run is active: refused before the database is touched.
    const overwritten = await runCli([
      'audit',
      '--allow-private-network',
      '--sites',
      sitesCsv,
      '--study',
      'mayenne',
      '--reports',
      reports,
      '--overwrite',
      '--no-lighthouse',
    ]);
    expect(overwritten.code).toBe(2);
    expect(existsSync(dbPath)).toBe(true);

    openGate();
    const finished = await first.done;
    expect(finished.code, finished.stderr).toBe(0);
    expect(doneRows(dbPath).map((row) => row.id)).toEqual(['commune-0', 'commune-1', 'commune-2']);
    expect(pagesStoredTwice(dbPath)).toEqual([]);
    expect(existsSync(lockPath)).toBe(false);
  });
});
