// A site's page says how far Lighthouse performance moved between runs, when pages ran more than once.
import { describe, expect, it } from 'vitest';
import { reportContext } from '../../src/report/report-context.js';
import { sitePage } from '../../src/report/site-page.js';
import { StudySummaryBuilder } from '../../src/report/study-summary.js';
import { syntheticMeta, syntheticSiteResult } from './synthetic-study.js';

describe('performance variability on a site page', () => {
  it('gives the median and largest spread between runs, and the page that moved most', async () => {
    const result = syntheticSiteResult(0);
    result.lighthouse.performanceVariability = {
      runsPerPage: 3,
      pagesMeasured: 3,
      largestSpread: 0.12,
      largestSpreadUrl: 'https://mairie.example/agenda/',
      medianSpread: 0.04,
    };
    const builder = new StudySummaryBuilder();
    const site = builder.add(result);
    const page = await sitePage(reportContext('fr', syntheticMeta('x'), builder.finish()), result, site);
    expect(page.performanceVariability).toBe(
      'Variabilité : sur 3 pages exécutées 3 fois, la performance a bougé de 4 points en médiane entre exécutions d’une même page, et jusqu’à 12 points (https://mairie.example/agenda/).',
    );
  });

  it('says nothing with one run per page', async () => {
    const result = syntheticSiteResult(1);
    delete result.lighthouse.performanceVariability;
    const builder = new StudySummaryBuilder();
    const site = builder.add(result);
    const page = await sitePage(reportContext('en', syntheticMeta('x'), builder.finish()), result, site);
    expect(page.performanceVariability).toBeUndefined();
  });
});
