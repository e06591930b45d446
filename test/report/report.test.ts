// The report of a synthetic study, read back from disk: pages, figures, methodology, exports.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteResult } from '../../src/model/index.js';
import { catalogue } from '../../src/checks/catalogue.js';
import { writeReport, type WrittenReport } from '../../src/report/index.js';
import { levelThresholds } from '../../src/scoring/index.js';
import type { StudyStore } from '../../src/store/study-store.js';
import { validateResults } from '../helpers/validate-results.js';
import { syntheticSiteResult, writeSyntheticStudy } from './synthetic-study.js';

const count = 50;
const results: SiteResult[] = Array.from({ length: count }, (_, i) => syntheticSiteResult(i));
let dir: string;
let store: StudyStore;
let report: WrittenReport;

const read = (...parts: string[]) => readFileSync(join(dir, ...parts), 'utf8');
const csvRows = (file: string) => read('data', file).trimEnd().split('\r\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-report-'));
  store = writeSyntheticStudy(dir, count, { name: 'Communes fictives 2026' });
  // A page left by an earlier report of an institution no longer in the study.
  mkdirSync(join(dir, 'sites'), { recursive: true });
  writeFileSync(join(dir, 'sites', 'ancienne-commune.html'), 'stale');
  writeFileSync(join(dir, 'report-files.json'), JSON.stringify({ files: ['sites/ancienne-commune.html'] }));
  report = await writeReport(store, { studyDir: dir, lang: 'fr' });
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the files of the report', () => {
  it('writes the index, one page per institution, the stylesheet and the exports, and no PDF unless asked', () => {
    expect(report.indexPath).toBe(join(dir, 'index.html'));
    expect(readdirSync(join(dir, 'sites')).sort()).toEqual(results.map((result) => `${result.institution.id}.html`).sort());
    for (const file of ['report.css', 'results.json', 'data/sites.csv', 'data/checks.csv', 'data/pages.csv', 'data/lighthouse.csv']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
      expect(report.files).toContain(join(dir, file));
    }
    expect(existsSync(join(dir, 'report.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'compare.html'))).toBe(false);
  });

  it('writes results.json in the documented schema', () => {
    const document = JSON.parse(read('results.json')) as { schemaVersion: number; sites: { id: string }[] };
    expect(validateResults(document)).toEqual([]);
    expect(document.schemaVersion).toBe(2);
    expect(document.sites.map((site) => site.id)).toEqual(results.map((result) => result.institution.id));
  });

  it('writes one CSV row per institution, check, page and Lighthouse page', () => {
    expect(csvRows('sites.csv')).toHaveLength(count + 1);
    expect(csvRows('checks.csv')).toHaveLength(1 + results.reduce((sum, result) => sum + result.checks.length, 0));
    expect(csvRows('pages.csv')).toHaveLength(1 + results.reduce((sum, result) => sum + result.pages.length, 0));
    expect(csvRows('lighthouse.csv')).toHaveLength(1 + results.reduce((sum, result) => sum + result.lighthouse.pages.length, 0));
    const header = csvRows('sites.csv')[0]?.split(',') ?? [];
    const unreachable = csvRows('sites.csv')[6]?.split(',') ?? [];
    // Site 5 is unreachable: an outcome with its reason, and no index rather than a zero.
    expect(unreachable[header.indexOf('outcome')]).toBe('unreachable');
    expect(unreachable[header.indexOf('index')]).toBe('');
    expect(csvRows('sites.csv')[1]?.split(',')[header.indexOf('index')]).toBe(String(results[0]?.index?.score));
  });
});

describe('the index page', () => {
  let $: cheerio.CheerioAPI;

  beforeAll(() => {
    $ = cheerio.load(read('index.html'));
  });

  it('says on every page that the data is fictional', () => {
    for (const file of ['index.html', ...readdirSync(join(dir, 'sites')).map((name) => join('sites', name))]) {
      expect(read(file), file).toContain(
        '<p class="fictional"><strong>Données fictives : les institutions, les sites et les résultats de cette étude sont inventés',
      );
    }
  });

  it('counts peer groups and says which are too small to compare', () => {
    const groups = new Map<string, { total: number; audited: number }>();
    for (const { institution, index } of results) {
      const key = `${institution.kind} × ${institution.stratum}`;
      const group = groups.get(key) ?? { total: 0, audited: 0 };
      group.total += 1;
      if (index) group.audited += 1;
      groups.set(key, group);
    }
    const rows = $('#groups table').first().find('tbody tr');
    expect(rows.length).toBe(groups.size);
    expect(rows.filter((_, row) => $(row).find('.too-small').length > 0).length).toBe(
      [...groups.values()].filter((group) => group.audited < 5).length,
    );
    const institutions = rows.map((_, row) => Number($(row).find('td').first().text())).get();
    expect(institutions.reduce((sum, value) => sum + value, 0)).toBe(count);
  });

  it('counts institutions not audited by outcome, with their reasons', () => {
    const failed = results.filter((result) => !result.index);
    expect($('#not-audited p').first().text()).toBe(
      `${failed.length} institutions sur ${count} n’ont pas pu être auditées. Elles n’ont pas d’indice (et non un indice nul) et sont exclues des parts ci-dessus.`,
    );
    const byOutcome = Object.fromEntries(
      $('#not-audited table')
        .first()
        .find('tbody tr')
        .map((_, row) => [[$(row).find('th').text(), Number($(row).find('td').text())]])
        .get() as [string, number][],
    );
    expect(byOutcome['injoignable']).toBe(failed.filter((result) => result.outcome === 'unreachable').length);
    expect(byOutcome['délai dépassé']).toBe(failed.filter((result) => result.outcome === 'timeout').length);
    expect($('#not-audited').text()).toContain('connection refused (ECONNREFUSED)');
  });

  it('ranks first a check that the most institutions fail', () => {
    const fails = new Map<string, number>();
    for (const result of results) {
      for (const check of result.checks)
        if (check.status === 'fail' && check.dimension !== 'public-sector') fails.set(check.id, (fails.get(check.id) ?? 0) + 1);
    }
    const most = Math.max(...fails.values());
    const titles = catalogue.filter((check) => fails.get(check.id) === most).map((check) => check.title.fr);
    expect(titles).toContain($('#checks table').last().find('tbody tr th').first().text());
  });

  it('lists every institution with a link to its page', () => {
    const links = $('#institutions tbody a')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect(links).toEqual(results.map((result) => `sites/${result.institution.id}.html`));
  });

  it('writes the methodology from the study: dates, versions, User-Agent, catalogue, index definition, sources', () => {
    const methodology = $('#methodology').text();
    expect(methodology).toContain('2 mars 2026 à 08:00 UTC');
    expect(methodology).toContain('12.2.3');
    expect(methodology).toContain('156.0.8078.108');
    expect(methodology).toContain('simulate (mobile, 4× CPU slowdown, slow 4G)');
    expect(methodology).toContain('Mozilla/5.0 (compatible; muniseo/');
    for (const check of catalogue) expect(methodology).toContain(check.rationale.fr);
    for (const threshold of levelThresholds) expect(methodology).toContain(threshold.reason.fr);
    expect(methodology).toContain('Licence Ouverte 2.0, attribution « Service-Public.gouv.fr / DILA »');
    expect(methodology).toContain('@etalab/decoupage-administratif');
    expect(
      $('#methodology h3')
        .map((_, heading) => $(heading).text())
        .get(),
    ).toContain('Limites');
  });

  it('removes pages of institutions that are no longer in the study', () => {
    expect(existsSync(join(dir, 'sites', 'ancienne-commune.html'))).toBe(false);
  });
});

describe('an institution page', () => {
  it('places the institution in its group and lists fixes by decreasing gain', () => {
    const audited = results.find((result) => result.index && result.index.score < 70) as SiteResult;
    const page = cheerio.load(read('sites', `${audited.institution.id}.html`));
    expect(page('h1').text()).toBe(audited.institution.name);
    expect(page('main').text()).toContain(`Indice de pratique SEO : ${audited.index?.score} sur 100`);
    const gains = page('.fixes > li')
      .map((_, item) => Number(/— \+(\d+(?:,\d+)?) points/.exec(page(item).find('p').first().text())?.[1]?.replace(',', '.')))
      .get();
    expect(gains.length).toBeGreaterThan(0);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(page('main').text()).toMatch(/au \d+e centile/);
  });

  it('shows Lighthouse page by page, with the spread when there were several runs', () => {
    // Site 10: three Lighthouse runs on the home page.
    const page = cheerio.load(read('sites', `${results[10]?.institution.id}.html`));
    const table = page('table.lighthouse');
    expect(table.find('tbody tr').length).toBe(results[10]?.lighthouse.pages.length);
    expect(table.find('thead').text()).toContain('Écart entre exécutions');
    // Why each page was chosen, as the Lighthouse lane wrote it.
    expect(table.find('tbody').text()).toContain('the home page');
  });
});

describe('the English report', () => {
  let english: string;

  beforeAll(async () => {
    english = mkdtempSync(join(tmpdir(), 'muniseo-report-en-'));
    await writeReport(store, { studyDir: english, lang: 'en' });
  });

  afterAll(() => rmSync(english, { recursive: true, force: true }));

  it('is written in English throughout', () => {
    const index = cheerio.load(readFileSync(join(english, 'index.html'), 'utf8'));
    expect(index('html').attr('lang')).toBe('en');
    expect(index('h1').text()).toBe('muniseo study: Communes fictives 2026');
    expect(index('#answer .answer').text()).toMatch(
      /^Of the \d+ institutions audited, \d+% \(95% CI \d+–\d+%\) apply deliberate or advanced SEO/,
    );
    expect(index('.fictional').first().text()).toContain('Fictional data');
    expect(index('main').text()).not.toMatch(/Sur les|institutions auditées|Méthodologie/);
    const site = cheerio.load(readFileSync(join(english, 'sites', '10000.html'), 'utf8'));
    expect(site('main').text()).toContain('SEO practice index:');
  });
});
