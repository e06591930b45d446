import { describe, expect, it } from 'vitest';
import { defaultStudyConfig } from '../../src/config.js';
import { methodology } from '../../src/report/methodology.js';
import { levelThresholds } from '../../src/scoring/index.js';
import { reportContext } from '../../src/report/report-context.js';
import { StudySummaryBuilder } from '../../src/report/study-summary.js';
import type { StudyMeta } from '../../src/store/study-store.js';
import { syntheticMeta } from './synthetic-study.js';

const facts = (list: { label: string; value: string }[]) => Object.fromEntries(list.map((fact) => [fact.label, fact.value]));

describe('the methodology, generated from the study', () => {
  it('reads the versions and throttling the Lighthouse lane recorded', () => {
    const written = methodology(reportContext('en', syntheticMeta('x'), new StudySummaryBuilder().finish()));
    expect(facts(written.lighthouse)).toMatchObject({
      'Lighthouse version': '12.2.3',
      'Chromium version': '156.0.8078.108',
      'Network and CPU throttling': 'mobile, simulate: RTT 150 ms, 1638 kbps, CPU ×4',
      'Form factor': 'mobile',
      'Runs per page (the median run is kept)': '1',
    });
  });

  it('states Lighthouse variability, its own guidance on concurrent runs, and the figures measured here', () => {
    const written = methodology(reportContext('en', syntheticMeta('x'), new StudySummaryBuilder().finish()));
    expect(written.lighthouseVariability).toContain('advises against concurrent audits on one machine');
    expect(written.lighthouseVariability).toContain('measures one at a time');
    expect(written.lighthouseVariability).toContain('opens only once the CPU is quiet');
    expect(written.lighthouseVariability).toContain('is measured again, alone from start to end');
    expect(written.lighthouseVariability).toMatch(/run twice on the same \d+ pages moved performance by up to [\d.]+ points/);
  });

  it('reads the crawl limits from the stored configuration', () => {
    const config = defaultStudyConfig();
    config.crawl.maxPages = 120;
    config.crawl.respectRobots = false;
    const written = methodology(reportContext('fr', syntheticMeta('x', { config }), new StudySummaryBuilder().finish()));
    expect(facts(written.crawl)).toMatchObject({
      'Pages par site, au plus': '120',
      'robots.txt respecté': 'non',
      'Taille lue par réponse, au plus': '5 Mo',
    });
    expect(written.limitations[0]).toContain('Au plus 120 pages par site');
  });

  it('says "unknown" rather than guess what a study did not record', () => {
    const meta: StudyMeta = {
      name: 'ancienne',
      startedAt: '2025-01-01T00:00:00.000Z',
      tool: { name: 'muniseo', version: '0.0.1' },
      config: {},
    };
    const written = methodology(reportContext('en', meta, new StudySummaryBuilder().finish()));
    expect(facts(written.crawl)['User-Agent']).toBe('unknown');
    expect(facts(written.lighthouse)['Lighthouse version']).toBe('unknown');
    expect(facts(written.study)['Finished']).toBe('—');
  });

  it('prints every level of the index with its threshold and reason', () => {
    const written = methodology(reportContext('en', syntheticMeta('x'), new StudySummaryBuilder().finish()));
    expect(written.levels.map((level) => level.name)).toEqual([
      '0 — No SEO',
      '1 — Basic hygiene',
      '2 — Deliberate SEO',
      '3 — Advanced SEO',
    ]);
    written.levels.forEach((level, index) => {
      const threshold = levelThresholds[index];
      expect(level.threshold).toBe(String(threshold?.min));
      expect(level.reason).toBe(threshold?.reason.en);
      for (const min of Object.values(threshold?.minDimensions ?? {})) expect(level.dimensions).toContain(`≥ ${min}`);
    });
  });
});
