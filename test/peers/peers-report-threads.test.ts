// `--peers` with the institution pages shared between threads: every page, whichever thread wrote
// it, places its site among the peers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPeersFile } from '../../src/peers/index.js';
import { writeReport } from '../../src/report/index.js';
import { siteResult } from '../helpers/site-result.js';
import { syntheticMeta, writeStudy } from '../report/synthetic-study.js';

const sites = ['a', 'b', 'c', 'd'].map((id, position) =>
  siteResult(id, {
    index: {
      score: 40 + 10 * position,
      level: 1,
      label: { fr: 'x', en: 'x' },
      dimensions: { 'on-page': 100, indexability: 0 },
      version: 2,
    },
  }),
);
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'muniseo-peers-threads-'));
  const store = writeStudy(dir, syntheticMeta('Threads'), sites);
  try {
    await writeReport(store, { studyDir: dir, lang: 'en', pageThreads: 2, peers: buildPeersFile('Mayenne 2026', sites, new Date()) });
  } finally {
    store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('peers in the page threads', () => {
  it('every institution page holds its percentile among the peers', () => {
    // Scores 40, 50, 60, 70 among the same four: (0 + ½) / 4, (1 + ½) / 4, … = 12.5, 37.5, 62.5, 87.5 %.
    const percentiles = sites.map((site) => {
      const $ = cheerio.load(readFileSync(join(dir, 'sites', `${site.institution.id}.html`), 'utf8'));
      expect($('#peers-heading').text()).toBe('Among the peers of the study “Mayenne 2026”');
      return $('table.peers tbody tr').first().find('td').eq(1).text();
    });
    expect(percentiles).toEqual(['12.5', '37.5', '62.5', '87.5']);
  });
});
