// The built command line (bin/muniseo.js), as a user runs it: exit codes and streams.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const fixture = (name: string) => new URL(`../../fixtures/institutions/${name}`, import.meta.url).pathname;

describe('muniseo sites import (built CLI)', () => {
  it('exits 0 with the sites CSV on stdout and the summary on stderr', async () => {
    const run = await runCli(['sites', 'import', '--from', 'annuaire', fixture('annuaire-bulk.json')]);
    expect(run.code, run.stderr).toBe(0);
    // The mairie of Angers gives no website: written last with the URL none (counted, never audited).
    expect(run.stdout).toBe(
      `${readFileSync(fixture('annuaire.expected.csv'), 'utf8')}49007,Angers,commune,none,49007,214900078,159022,100000+,49,52,244900015\n`,
    );
    expect(run.stderr).toContain(`${fixture('annuaire-bulk.json')}:347: unknown INSEE code 99999`);
    expect(run.stderr).toContain('read 15, kept 4, merged 1, skipped 10, problems 4');
    expect(run.stderr).toContain('  without a website: 1 (commune × 100000+ 1): counted, not audited');
  });

  it('exits 2 with a clear message when the file is not in the format named', async () => {
    const run = await runCli(['sites', 'import', '--from', 'csv', fixture('annuaire-api.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('this is JSON, not CSV (an Annuaire export is read with --from annuaire)');
    expect(run.stdout).toBe('');
  });
});
