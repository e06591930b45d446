// The report's key practices before the index, the headline's uncertainty (clusters, design
// effect, sensitivity range), the institutions without a website, and « Par CMS et prestataire »,
// read back from the index page of a synthetic study of 40 institutions.
//
// Worked by hand from the generator (test/report/synthetic-study.ts), for i = 0…39:
// - not audited: 5, 28 (i % 23 = 5), 7, 38 (i % 31 = 7), 11 (i % 37 = 11), 13 (i % 41 = 13): 34 audited;
// - Agence Numérique de l’Ouest (i % 10 ∈ {0, 1}): 0, 1, 10, 20, 21, 30, 31 audited: 7 sites, one cluster;
//   Campagnol (i % 10 = 2): 4; Studio Communes (i % 10 = 3): 3, 23, 33: 3; e-monsite (i % 10 = 4): 4;
//   no vendor nor platform (i % 10 ≥ 5): 20 sites less 5, 7, 28, 38: 16, each its own cluster;
//   clusters: 4 + 16 = 20, just enough for a clustered interval;
// - CMS: WordPress (i % 10 ∈ {0, 1, 5, 6}): 7 + 6, 15, 16, 25, 26, 35, 36 = 14; Drupal 3; SPIP 17, 27, 37: 3;
//   Joomla 8, 18: 2; i % 10 = 9 (9, 19, 29, 39) has nothing recognised: 30 of 34 attributed;
// - the registry also lists 3 communes and 1 EPCI without a website: 44 institutions, 34 audited = 77 %.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import type { Dimension, SiteResult } from '../../src/model/index.js';
import { writeReport } from '../../src/report/index.js';
import { keyPractices } from '../../src/report/key-practices.js';
import { reportContext } from '../../src/report/report-context.js';
import { StudySummaryBuilder, type StudySummary } from '../../src/report/study-summary.js';
import { uncertaintySection } from '../../src/report/uncertainty-sections.js';
import type { StudyStore } from '../../src/store/study-store.js';
import { syntheticMeta, syntheticSiteResult, writeSyntheticStudy } from './synthetic-study.js';

const count = 40;
const results: SiteResult[] = Array.from({ length: count }, (_, i) => syntheticSiteResult(i));
const audited = results.filter((result) => result.index);
const title = (id: string) => catalogue.find((check) => check.id === id)!.title.fr;

let dir: string;
let store: StudyStore;
let fr: cheerio.CheerioAPI;
let en: cheerio.CheerioAPI;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-uncertainty-'));
  store = writeSyntheticStudy(dir, count, { name: 'Communes fictives' });
  store.recordRegistryImport({
    file: 'registre.csv',
    importedAt: '2026-03-01T08:00:00.000Z',
    read: 44,
    kept: 40,
    merged: 0,
    skipped: { 'no website': 4 },
    problems: [],
    moreProblems: 0,
    noWebsite: [
      { kind: 'commune', stratum: '0-499', count: 2 },
      { kind: 'commune', stratum: '500-1999', count: 1 },
      { kind: 'epci', count: 1 },
    ],
  });
  await writeReport(store, { studyDir: dir, lang: 'en' });
  en = cheerio.load(readFileSync(join(dir, 'index.html'), 'utf8'));
  await writeReport(store, { studyDir: dir, lang: 'fr' });
  fr = cheerio.load(readFileSync(join(dir, 'index.html'), 'utf8'));
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

// Spaces as a reader sees them: French puts a no-break space before %, and it is not what is tested here.
const plain = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (page: cheerio.CheerioAPI, selector: string) => plain(page(selector).text());

describe('key practices before the index', () => {
  it('comes before the answer, one row per dimension with the share of audited institutions passing all its key practices', () => {
    const sections = fr('main section')
      .map((_, section) => fr(section).attr('id'))
      .get();
    expect(sections.indexOf('key-practices')).toBeLessThan(sections.indexOf('answer'));
    const rows = fr('#key-practices tbody tr');
    const dimensions = [...keyPractices()].filter(([, ids]) => ids.length > 0);
    expect(rows).toHaveLength(dimensions.length);
    dimensions.forEach(([dimension, ids], position) => {
      // Counted here from the results: a site passes when every key practice that applies passes.
      let passing = 0;
      let applicable = 0;
      for (const result of audited) {
        const statuses = ids.map((id) => result.checks.find((check) => check.id === id)?.status).filter((s) => s && s !== 'na');
        if (statuses.length === 0) continue;
        applicable += 1;
        if (statuses.every((status) => status === 'pass')) passing += 1;
      }
      const cells = rows.eq(position).find('td');
      expect(plain(cells.eq(0).text()), dimension as Dimension).toMatch(new RegExp(`^${Math.round((100 * passing) / applicable)} % \\(IC`));
      expect(cells.eq(1).text()).toBe(String(applicable));
      expect(cells.eq(2).text()).toContain(title(ids[0]!));
    });
  });
});

describe('the headline’s uncertainty and coverage', () => {
  it('counts the institutions without a website beside the audited ones', () => {
    expect(text(fr, '#answer .coverage')).toBe(
      'Le registre compte aussi 3 communes sans site, 1 intercommunalité sans site : comptées, non auditées. Les 34 institutions auditées représentent 77 % des 44 institutions du registre.',
    );
    expect(text(en, '#answer .coverage')).toContain('3 communes without a website, 1 intercommunality without a website');
  });

  it('gives the Wilson interval, the clusters (vendor, platform or the site alone), the design effect and, with 20 clusters, the clustered interval', () => {
    const sentence = text(fr, '#answer .clustered');
    expect(sentence).toMatch(/^Intervalle de Wilson : \d+–\d+/);
    expect(sentence).toContain(' 20 grappes, effet de plan ');
    expect(sentence).toMatch(/intervalle tenant compte des grappes : \d+–\d+/);
    expect(text(en, '#answer .clustered')).toContain(' 20 clusters, design effect ');
  });

  it('states the sensitivity range of 1,000 seeded draws, the same in both reports, and in the headline only when wider than ±5 points', () => {
    const sentence = text(fr, '#answer .sensitivity');
    expect(sentence).toMatch(/\(1 000 tirages, graine « muniseo »\), la part au niveau 2 ou plus va de \d+ % à \d+ %/);
    const [low, high] = [...sentence.matchAll(/(\d+) % à (\d+) %/g)][0]!.slice(1).map(Number);
    const enRange = [...text(en, '#answer .sensitivity').matchAll(/from (\d+)% to (\d+)%/g)][0]!.slice(1).map(Number);
    expect(enRange).toEqual([low, high]);
    const deliberate = audited.filter((result) => result.index!.level >= 2).length / audited.length;
    const wide = deliberate * 100 - low! > 5.5 || high! - deliberate * 100 > 5.5;
    const narrow = deliberate * 100 - low! < 4.5 && high! - deliberate * 100 < 4.5;
    if (wide) expect(text(fr, '#answer .answer-range')).toContain(`elle va de ${low} % à ${high} %`);
    if (narrow) expect(fr('#answer .answer-range')).toHaveLength(0);
  });
});

describe('« Par CMS et prestataire »', () => {
  it('shows each CMS and vendor with at least 5 audited sites, and names those too small', () => {
    expect(text(fr, '#vendors')).toContain('CMS, prestataire ou plateforme reconnus pour 30 des 34 institutions auditées.');
    const cms = fr('#vendors table').eq(0).find('tbody tr');
    expect(cms).toHaveLength(1);
    expect(cms.eq(0).find('th').text()).toBe('WordPress');
    expect(cms.eq(0).find('td').eq(0).text()).toBe('14');
    expect(text(fr, '#vendors')).toContain(
      'Trop petits pour être présentés (moins de 5 sites audités) : Drupal (3), SPIP (3), Joomla (2).',
    );
    const vendors = fr('#vendors table').eq(1).find('tbody tr');
    expect(vendors).toHaveLength(1);
    expect(vendors.eq(0).find('th').text()).toBe('Agence Numérique de l’Ouest');
    expect(vendors.eq(0).find('td').eq(0).text()).toBe('7');
    // The agency's template fails single-h1 on every one of its sites: one line says it.
    expect(plain(vendors.eq(0).find('td').last().text())).toContain(`${title('single-h1')} (100 %)`);
    expect(text(fr, '#vendors')).toContain(
      'Trop petits pour être présentés (moins de 5 sites audités) : Campagnol (plateforme) (4), e-monsite (plateforme) (4), Studio Communes (3).',
    );
    expect(text(en, '#vendors')).toContain(
      'Too small to show (fewer than 5 audited sites): Campagnol (platform) (4), e-monsite (platform) (4)',
    );
  });
});

describe('the headline when the definition’s choices move the share', () => {
  // The analysis itself is tested in sensitivity.test.ts; here, what the answer says of its range.
  const analysisOf = (low: number, high: number, wide: boolean) => ({
    analyse: () => ({ draws: 1000, seed: 'muniseo', all: { audited: 34, share: 0.32, low, high, wide }, groups: new Map() }),
  });
  const contextWith = (sensitivity: ReturnType<typeof analysisOf>) => {
    const builder = new StudySummaryBuilder();
    for (const result of results) builder.add(result);
    const summary = { ...builder.finish(), sensitivity } as unknown as StudySummary;
    return reportContext('fr', syntheticMeta('x'), summary);
  };

  it('says so in the headline when the range reaches beyond ±5 points', () => {
    const section = uncertaintySection(contextWith(analysisOf(0.24, 0.35, true)), []);
    expect(plain(section.headlineNote ?? '')).toBe(
      'Cette part dépend des poids et des seuils choisis : selon 1 000 tirages qui les font varier, elle va de 24 % à 35 % (5e–95e centile).',
    );
  });

  it('keeps the headline for the answer when the range stays within ±5 points', () => {
    const section = uncertaintySection(contextWith(analysisOf(0.29, 0.34, false)), []);
    expect(section.headlineNote).toBeUndefined();
    expect(plain(section.sensitivity)).toContain('va de 29 % à 34 %');
    expect(section.coverage).toBe('Le registre de l’étude ne signale aucune institution sans site.');
  });
});
