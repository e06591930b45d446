// muniseo rescore and report --compare across index versions, on fixture sites audited for real
// (fixture web on loopback, real crawl, extraction and checks; Lighthouse off).
//
// The earlier edition is the same audit with its index as version 1 computed it: version 1 had
// no visibility gate (the index came from the checks alone, whatever search engines could see)
// and did not score a site robots.txt closes to every robot (no index). Rescoring it must give,
// site by site, exactly what a fresh audit under the current definition gives. (Results written
// by muniseo 0.1 itself lack the visibility facts the gate reads: rescore refuses them, tested below.)
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/audit.js';
import { checkWeights } from '../../src/checks/catalogue.js';
import { catalogueVersion } from '../../src/checks/catalogue-versions.js';
import { rescoreStudy, staleChecks } from '../../src/cli/rescore.js';
import { defaultStudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { SiteResult } from '../../src/model/index.js';
import { computeIndex, indexVersion } from '../../src/scoring/index.js';
import { StudyStore } from '../../src/store/study-store.js';
import { runCli } from '../helpers/cli.js';
import { syntheticMeta, writeStudy } from '../report/synthetic-study.js';

const folders = ['saint-exemple-sur-loire', 'villebelle', 'hameau-de-fictionville', 'mont-fictif-preprod'];

let web: FixtureWeb;
let reports: string;
const fresh: SiteResult[] = [];

/** The result as index version 1 stored it. */
function asVersion1(result: SiteResult): SiteResult {
  const earlier: SiteResult = structuredClone(result);
  if (result.outcome !== 'ok') delete earlier.index;
  else earlier.index = { ...computeIndex(checkWeights, result.checks, result.lighthouse.pages), version: 1 };
  return earlier;
}

function store(study: string, results: SiteResult[]): void {
  const dir = join(reports, study);
  mkdirSync(dir, { recursive: true });
  writeStudy(dir, syntheticMeta(study, { fictional: false }), results).close();
}

beforeAll(async () => {
  web = await startFixtureWeb({ only: folders });
  const config = defaultStudyConfig();
  config.lighthouse.enabled = false;
  config.crawl.browserFallback = false;
  config.crawl.renderHome = false;
  config.crawl.allowPrivateNetwork = true;
  // One site at a time: the suite shares two cores.
  for (const folder of folders) {
    const url = web.resolveUrl(`fixture://${folder}/`);
    fresh.push(await auditSite({ id: folder, name: folder, kind: 'commune', url }, { config }));
  }
  reports = mkdtempSync(join(tmpdir(), 'muniseo-rescore-'));
  store('edition-2025', fresh.map(asVersion1));
  store('edition-2026', fresh);
}, 240_000);

afterAll(async () => {
  await web?.close();
  if (reports) rmSync(reports, { recursive: true, force: true });
});

describe('rescore', () => {
  it('gives a study stored under index version 1 the very results a fresh audit gives under the current version', () => {
    // Version 1 differs here: the site robots.txt closes had no index, and the others were not gated.
    expect(fresh.find((result) => result.institution.id === 'mont-fictif-preprod')?.index?.invisible).toBe('robots');
    const dir = join(reports, 'copy');
    cpSync(join(reports, 'edition-2025'), dir, { recursive: true });
    const earlier = StudyStore.open(join(dir, 'study.sqlite'));
    try {
      const outcome = rescoreStudy(earlier);
      // Only Mont-Fictif changes: it gets the closed site's index (score 0, level 0) it lacked; the
      // three others are visible to search engines, where the gate changes nothing.
      expect(outcome).toEqual({ sites: 4, fromVersions: [1], changedScore: 1, changedLevel: 1 });
      for (const result of fresh) expect(earlier.siteResult(result.institution.id)).toEqual(result);
      expect(earlier.indexVersions()).toEqual([indexVersion]);
      expect(earlier.readMeta()?.rescoredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    } finally {
      earlier.close();
    }
  });

  it('refuses when checks changed since the study, naming them: their stored verdicts need a new crawl', () => {
    const dir = join(reports, 'changed');
    mkdirSync(dir, { recursive: true });
    // A check this catalogue runs but the stored results lack, as if it were added after the audit.
    const withoutSingleH1 = fresh.map((result) => ({ ...result, checks: result.checks.filter((check) => check.id !== 'single-h1') }));
    const earlier = writeStudy(dir, syntheticMeta('changed'), withoutSingleH1);
    try {
      expect(staleChecks(earlier)).toEqual({ changed: [], added: ['single-h1'], removed: [], missingFacts: [] });
      // A next catalogue version that changed what two checks find, against a study of this one.
      const changes = [{ version: catalogueVersion + 1, checks: ['meta-description-present', 'html-lang'] }];
      expect(rescoreStudy(earlier, { changes, currentCatalogueVersion: catalogueVersion + 1 })).toEqual({
        changed: ['html-lang', 'meta-description-present'],
        added: ['single-h1'],
        removed: [],
        missingFacts: [],
      });
      // Nothing was rewritten.
      expect(earlier.siteResult('villebelle')).toEqual(withoutSingleH1[1]);
    } finally {
      earlier.close();
    }
  });
});

describe('rescore of results without the visibility facts', () => {
  it('refuses: the gate cannot be applied without what search engines may see', async () => {
    const results = fresh.map((result) => {
      const earlier = asVersion1(result);
      delete earlier.visibility;
      return earlier;
    });
    store('edition-0.1', results);
    const run = await runCli(['rescore', '--study', 'edition-0.1', '--reports', reports, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'cannot rescore "edition-0.1" from its stored results: what search engines may crawl and index (robots.txt for their crawlers, noindex) was not recorded, and the index depends on it since its version 2',
    );
    expect(run.stderr).toContain('A new crawl is needed: muniseo audit --sites FILE --study NEW-EDITION.');
  });
});

describe('the command line (built CLI)', () => {
  it('report --compare refuses editions of different index versions, saying why; rescore makes them comparable', async () => {
    const refused = await runCli(['report', '--study', 'edition-2026', '--compare', 'edition-2025', '--reports', reports, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `comparison refused: "edition-2026" is scored under index version ${indexVersion} and "edition-2025" under version 1; indexes of different definitions are not comparable`,
    );
    expect(refused.stderr).toContain('muniseo rescore --study edition-2025');

    const rescored = await runCli(['rescore', '--study', 'edition-2025', '--reports', reports]);
    expect(rescored.code, rescored.stderr).toBe(0);
    expect(rescored.stdout).toMatch(
      new RegExp(
        `^4 sites recalculés selon la définition de l’indice version ${indexVersion} \\(versions enregistrées : 1\\) ; score changé pour 1, niveau pour 1\\.\\n$`,
      ),
    );

    const compared = await runCli(['report', '--study', 'edition-2026', '--compare', 'edition-2025', '--reports', reports]);
    expect(compared.code, compared.stderr).toBe(0);
  }, 120_000);

  it('rescore exits 2 for a study that is not there, and explains itself in --help', async () => {
    const missing = await runCli(['rescore', '--study', 'nowhere', '--reports', reports]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no study "nowhere"');
    const help = await runCli(['rescore', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Recompute a stored study');
    expect(help.stdout).toContain('Exit codes: 0 rescored; 1 the checks changed');
  });
});
