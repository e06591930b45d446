import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('command line conventions', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'muniseo-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['audit', 'report', 'export', 'sites', 'demo'])('%s --help describes the command and exits 0', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`muniseo ${command}`);
    expect(run.stdout).toMatch(/--help/);
  });

  it('a wrong flag prints usage on stderr and exits 2', async () => {
    const run = await runCli(['audit', '--no-such-flag', 'https://example.test/']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown argument/i);
    expect(run.stderr).toMatch(/--max-pages/);
    expect(run.stdout).toBe('');
  });

  it('no command at all is bad usage', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/give a command/);
  });

  it('an audit without sites is bad usage', async () => {
    const run = await runCli(['audit', '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/at least one URL/);
  });

  it('a missing Chromium says how to install one and exits 1', async () => {
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--reports', dir, '--study', 'nochrome'], {
      env: { CHROME_PATH: join(dir, 'no-chromium-here') },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/apt-get install -y chromium/);
    expect(run.stderr).toMatch(/CHROME_PATH/);
  });

  it('an invalid config file is bad usage, naming the field', async () => {
    const config = join(dir, 'bad.json');
    writeFileSync(config, JSON.stringify({ crawl: { maxPages: -3 } }));
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--config', config, '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/maxPages/);
  });

  it('a misspelt key in the config file is bad usage, naming the key and the closest valid one', async () => {
    const config = join(dir, 'typo.json');
    writeFileSync(config, JSON.stringify({ crawl: { maxPage: 5 } }));
    const run = await runCli(['audit', 'http://127.0.0.1:9/', '--config', config, '--reports', dir, '--no-lighthouse']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown key "crawl.maxPage" (did you mean "crawl.maxPages"?)');
  });

  it('export of an unknown study fails with a clear message', async () => {
    const run = await runCli(['export', '--study', 'nothing-here', '--format', 'json', '--reports', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no study "nothing-here"/);
  });
});
