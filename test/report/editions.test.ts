// Two editions of a study compared, institution by institution.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MaturityLevel, SiteResult } from '../../src/model/index.js';
import { writeReport } from '../../src/report/index.js';
import { maturityLabels } from '../../src/scoring/index.js';
import { syntheticMeta, syntheticSiteResult, writeStudy } from './synthetic-study.js';

/** An institution with a chosen index (or none: not audited). */
function edition(id: string, name: string, index?: { score: number; level: MaturityLevel }): SiteResult {
  const result = syntheticSiteResult(0);
  result.institution = { ...result.institution, id, name };
  if (!index) return { ...result, outcome: 'unreachable', reason: 'connection refused', index: undefined };
  return { ...result, index: { ...index, label: maturityLabels[index.level], dimensions: result.index?.dimensions ?? {} } };
}

let before: string;
let after: string;

beforeAll(async () => {
  before = mkdtempSync(join(tmpdir(), 'muniseo-edition-2025-'));
  after = mkdtempSync(join(tmpdir(), 'muniseo-edition-2026-'));
  writeStudy(before, syntheticMeta('Édition 2025', { startedAt: '2025-03-03T08:00:00.000Z' }), [
    edition('a', 'Amont', { score: 40, level: 0 }),
    edition('b', 'Bel-Air', { score: 70, level: 2 }),
    edition('d', 'Disparue', { score: 85, level: 3 }),
    edition('e', 'Éteinte', { score: 50, level: 1 }),
  ]).close();
  const store = writeStudy(after, syntheticMeta('Édition 2026'), [
    edition('a', 'Amont', { score: 60, level: 1 }),
    edition('b', 'Bel-Air', { score: 50, level: 1 }),
    edition('c', 'Nouvelle', { score: 65, level: 2 }),
    edition('e', 'Éteinte'),
  ]);
  await writeReport(store, { studyDir: after, lang: 'fr', compareWith: before });
  store.close();
});

afterAll(() => {
  rmSync(before, { recursive: true, force: true });
  rmSync(after, { recursive: true, force: true });
});

describe('editions compared', () => {
  const section = () => cheerio.load(readFileSync(join(after, 'index.html'), 'utf8'));

  it('matches institutions by id and counts those new and gone', () => {
    const $ = section();
    expect($('#comparison').text()).toContain('Comparaison avec l’étude « Édition 2025 » (3 mars 2025)');
    expect($('#comparison').text()).toContain(
      '3 institutions présentes dans les deux éditions (dont 2 auditées les deux fois) ; nouvelles : 1 ; disparues : 1.',
    );
    expect($('#comparison h3:contains("Nouvelles institutions") + ul').text()).toBe('Nouvelle');
    expect($('#comparison h3:contains("Institutions disparues") + ul').text()).toBe('Disparue');
  });

  it('lists the biggest movers each way with their change of index and level', () => {
    const $ = section();
    const row = (heading: string) =>
      $(`#comparison h3:contains("${heading}") + div tbody tr`)
        .map((_, tr) => [
          $(tr)
            .children()
            .map((__, cell) => $(cell).text())
            .get(),
        ])
        .get() as string[][];
    expect(row('Plus fortes progressions')).toEqual([['Amont', '40', '60', '+20', '0 — SEO absent → 1 — Hygiène de base']]);
    expect(row('Plus forts reculs')).toEqual([['Bel-Air', '70', '50', '−20', '2 — SEO délibéré → 1 — Hygiène de base']]);
  });

  it('gives the change of each level’s share with its interval', () => {
    // Before: 4 audited, one at each level. After: 3 audited (Éteinte unreachable): levels 1, 1, 2.
    const $ = section();
    const shares = Object.fromEntries(
      $('#comparison table')
        .first()
        .find('tbody tr')
        .map((_, tr) => [[$(tr).find('th').text(), $(tr).find('td').last().text()]])
        .get() as [string, string][],
    );
    // Level 1: 2/3 − 1/4 = +41.7 points; level 3: 0 − 1/4 = −25 points.
    expect(shares['1 — Hygiène de base']).toMatch(/^\+42 pts \(IC 95\s% : −\d+ à \+\d+\)$/u);
    expect(shares['3 — SEO avancé']).toMatch(/^−25 pts \(IC 95\s% : −\d+ à \+\d+\)$/u);
  });

  it('writes the full table of matched institutions on compare.html', () => {
    const $ = cheerio.load(readFileSync(join(after, 'compare.html'), 'utf8'));
    expect($('h1').text()).toBe('Comparaison des éditions : Édition 2026 et Édition 2025');
    expect(
      $('tbody tr th')
        .map((_, cell) => $(cell).text())
        .get(),
    ).toEqual(['Amont', 'Bel-Air', 'Éteinte']);
    expect(
      $('tbody tr')
        .last()
        .children()
        .map((_, cell) => $(cell).text())
        .get(),
    ).toEqual(['Éteinte', '50', '—', '—', '1 — Hygiène de base → non auditée']);
  });

  it('refuses a folder without a study', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'muniseo-no-study-'));
    const studyDir = mkdtempSync(join(tmpdir(), 'muniseo-study-'));
    const store = writeStudy(studyDir, syntheticMeta('x'), [edition('a', 'Amont', { score: 1, level: 0 })]);
    await expect(writeReport(store, { studyDir: join(empty, 'out'), lang: 'fr', compareWith: empty })).rejects.toThrow(
      /no study to compare with/,
    );
    store.close();
    rmSync(empty, { recursive: true, force: true });
    rmSync(studyDir, { recursive: true, force: true });
  });
});
