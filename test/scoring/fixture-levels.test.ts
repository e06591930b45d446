// The fixture sites, audited for real (fixture web on loopback, real crawl, extraction, checks and
// index), land on the maturity levels fixtures/sites/README.md says they were built for.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/audit.js';
import type { Institution, InstitutionKind, SiteResult } from '../../src/model/index.js';
import { defaultStudyConfig, type StudyConfig } from '../../src/config.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';

const readme = readFileSync(fileURLToPath(new URL('../../fixtures/sites/README.md', import.meta.url)), 'utf8');
const registry = readFileSync(fileURLToPath(new URL('../../fixtures/institutions/demo.csv', import.meta.url)), 'utf8');

/** `| \`folder\` | … | 2 |` rows: the level a site was built for, or null when it cannot be audited. */
function intendedLevels(): Map<string, number | null> {
  const levels = new Map<string, number | null>();
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const folder = /^`([\w-]+)`$/.exec(cells[1] ?? '')?.[1];
    const maturity = cells[3];
    if (!folder || maturity === undefined) continue;
    const level = /^([0-3])\b/.exec(maturity)?.[1];
    levels.set(folder, level === undefined ? null : Number(level));
  }
  return levels;
}

/** The demo registry's institutions, keyed by fixture folder (the registry is plain comma-separated). */
function institutions(web: FixtureWeb): Map<string, Institution> {
  const [header, ...rows] = registry.trim().split('\n');
  const columns = header!.split(',');
  const byFolder = new Map<string, Institution>();
  for (const row of rows) {
    const record = Object.fromEntries(row.split(',').map((value, index) => [columns[index], value]));
    const folder = /^fixture:\/\/([\w-]+)\//.exec(record['url'] ?? '')?.[1];
    if (!folder) continue;
    byFolder.set(folder, {
      id: record['id']!,
      name: record['name']!,
      kind: record['kind'] as InstitutionKind,
      url: web.resolveUrl(record['url']!),
    });
  }
  return byFolder;
}

const levels = intendedLevels();
const results = new Map<string, SiteResult>();
let rawAppli: SiteResult;
let web: FixtureWeb;

function studyConfig(browserFallback: boolean): StudyConfig {
  const config = defaultStudyConfig();
  config.lighthouse.enabled = false;
  config.crawl.browserFallback = browserFallback;
  // The fixture web lives on 127.0.0.1.
  config.crawl.allowPrivateNetwork = true;
  // Besides Appli-sur-Mer, which the browser fallback renders whole, no fixture town builds links with
  // a script: a home page render per site would add a browser launch each and change no level (the
  // demo renders them; test/crawl/javascript-only.test.ts tests the render).
  config.crawl.renderHome = false;
  return config;
}

beforeAll(async () => {
  web = await startFixtureWeb({ only: [...levels.keys()] });
  const registered = institutions(web);
  // Sites one at a time: the suite runs on two cores beside other tests.
  for (const folder of levels.keys()) {
    const institution = registered.get(folder);
    if (institution) results.set(folder, await auditSite(institution, { config: studyConfig(true) }));
  }
  rawAppli = await auditSite(registered.get('appli-sur-mer')!, { config: studyConfig(false) });
}, 240_000);

afterAll(async () => {
  await web?.close();
});

describe('fixture sites and their intended maturity levels', () => {
  it('reads a level for every fixture site in the README', () => {
    expect(levels.size).toBeGreaterThanOrEqual(10);
    expect(levels.get('saint-exemple-sur-loire')).toBe(3);
    expect(levels.get('val-inexistant')).toBeNull();
  });

  it.each([...levels])('%s lands on level %s', (folder, level) => {
    const result = results.get(folder);
    expect(result, `${folder} is not in the demo registry`).toBeDefined();
    if (level === null) {
      expect(result!.outcome).not.toBe('ok');
      expect(result!.index).toBeUndefined();
      return;
    }
    // A site robots.txt closes to every robot is audited as invisible, from its robots.txt alone.
    expect(['ok', 'invisible']).toContain(result!.outcome);
    const failing = result!.checks.filter((check) => check.status === 'fail').map((check) => check.id);
    expect(result!.index?.level, `index ${JSON.stringify(result!.index)}; failing: ${failing.join(', ')}`).toBe(level);
  });

  it('reads the JavaScript-only site as level 0 without rendering and 1 once rendered', () => {
    expect(rawAppli.index?.level).toBe(0);
    expect(results.get('appli-sur-mer')?.crawl.renderedWith).toBe('browser');
    expect(results.get('appli-sur-mer')?.index?.level).toBe(1);
  });

  it('tells a staging copy closed to search engines (invisible, level 0) from a dead host (not audited)', () => {
    expect(results.get('mont-fictif-preprod')?.outcome).toBe('invisible');
    expect(results.get('mont-fictif-preprod')?.index).toMatchObject({ level: 0, score: 0, invisible: 'robots' });
    expect(results.get('val-inexistant')?.outcome).toBe('unreachable');
  });

  it('keeps a default WordPress site at basic hygiene for lack of intent, not of hygiene', () => {
    const index = results.get('villebelle')!.index!;
    expect(index.dimensions['on-page']).toBeGreaterThanOrEqual(60);
    expect(index.dimensions['intent']).toBe(0);
  });

  it('computes performance without Lighthouse and says so', () => {
    const index = results.get('saint-exemple-sur-loire')!.index!;
    expect(index.lighthouse).toBe('absent');
    expect(index.notes?.[0]?.en).toMatch(/without Lighthouse/);
    expect(index.dimensions['performance']).not.toBeNull();
  });
});
