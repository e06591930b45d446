import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { defaultFixtureSitesDir, startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import { extractingParser, testConfig } from './helpers.js';

const sizeOf = (name: string) => statSync(`${defaultFixtureSitesDir}/test-documents/documents/${name}`).size;

describe('non-HTML resources', () => {
  let web: FixtureWeb;
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-documents'] });
  });
  afterAll(() => web.close());

  it('counts PDF and office documents with their type and size, and never parses them', async () => {
    const parser = extractingParser();
    const crawl = await crawlSite(web.origin('test-documents'), testConfig(), { parse: parser.parse });
    expect(crawl.stats).toMatchObject({ htmlPages: 1, documents: 4 });
    expect(crawl.stats.documentTypes).toEqual({
      'application/pdf': { count: 1, bytes: sizeOf('deliberation-2026-03.pdf') },
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { count: 1, bytes: sizeOf('formulaire-inscription.docx') },
      'application/vnd.oasis.opendocument.text': { count: 1, bytes: sizeOf('compte-rendu.odt') },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { count: 1, bytes: sizeOf('tarifs-cantine.xlsx') },
    });
    expect(parser.parsed.map((page) => new URL(page.finalUrl).pathname)).toEqual(['/']);
    expect(crawl.pages.every((page) => page.body === undefined)).toBe(true);
  });
});
