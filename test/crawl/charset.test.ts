import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/crawl/charset.js';
import { crawlSite } from '../../src/crawl/site-crawl.js';
import { startFixtureWeb, type FixtureWeb } from '../../src/fixtures/server.js';
import type { SiteCrawl } from '../../src/model/index.js';
import { bytes80to9fAsBrowsersRead } from '../helpers/windows-1252.js';
import { extractingParser, testConfig, type ExtractingParser } from './helpers.js';

const text = 'Fête de l’été à Écully';
const latin1 = (html: string) => Buffer.from(html.replace('’', "'"), 'latin1');

describe('decodeHtml', () => {
  it('trusts a byte-order mark first, even against the header', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${text}</p>`, 'utf8')]);
    expect(decodeHtml(bytes, 'text/html; charset=iso-8859-1')).toEqual({
      text: `<p>${text}</p>`,
      charset: { name: 'utf-8', source: 'bom' },
    });
  });

  it('then the Content-Type charset, over a contradicting <meta>', () => {
    const decoded = decodeHtml(latin1(`<meta charset="utf-8"><p>${text}</p>`), 'text/html; charset=ISO-8859-1');
    expect(decoded.charset).toEqual({ name: 'windows-1252', source: 'header' });
    expect(decoded.text).toContain("Fête de l'été à Écully");
  });

  it('then <meta charset>, then <meta http-equiv="Content-Type">', () => {
    expect(decodeHtml(latin1(`<meta charset='latin1'><p>${text}</p>`), 'text/html').charset).toEqual({
      name: 'windows-1252',
      source: 'meta',
    });
    expect(
      decodeHtml(latin1(`<meta http-equiv="content-type" content="text/html; charset=iso-8859-15"><p>${text}</p>`), undefined).charset,
    ).toEqual({
      name: 'iso-8859-15',
      source: 'http-equiv',
    });
  });

  it('ignores a <meta> declaring UTF-16 in ASCII bytes, as browsers do', () => {
    expect(decodeHtml(Buffer.from(`<meta charset="utf-16"><p>${text}</p>`, 'utf8'), 'text/html').charset).toEqual({
      name: 'utf-8',
      source: 'meta',
    });
  });

  it('ignores an unknown charset name and goes on sniffing', () => {
    expect(decodeHtml(Buffer.from(`<p>${text}</p>`, 'utf8'), 'text/html; charset=klingon').charset).toEqual({
      name: 'utf-8',
      source: 'default',
    });
  });

  it('reads undeclared bytes as UTF-8 when they are valid UTF-8, else as windows-1252', () => {
    expect(decodeHtml(Buffer.from(`<p>${text}</p>`, 'utf8'), 'text/html')).toEqual({
      text: `<p>${text}</p>`,
      charset: { name: 'utf-8', source: 'default' },
    });
    expect(decodeHtml(latin1(`<p>${text}</p>`), 'text/html')).toEqual({
      text: "<p>Fête de l'été à Écully</p>",
      charset: { name: 'windows-1252', source: 'default' },
    });
  });
});

describe('charsets of a real site', () => {
  let web: FixtureWeb;
  let crawl: SiteCrawl;
  let parser: ExtractingParser;
  beforeAll(async () => {
    web = await startFixtureWeb({ only: ['test-charsets', 'vieux-bourg'] });
    parser = extractingParser();
    crawl = await crawlSite(web.origin('test-charsets'), testConfig(), { parse: parser.parse });
  });
  afterAll(() => web.close());

  it('decodes the same French title correctly however the page declares its charset', () => {
    const found = crawl.pages
      .filter((page) => page.requestedUrl !== `${web.origin('test-charsets')}/` && !page.requestedUrl.includes('/octets-'))
      .map((page) => [new URL(page.finalUrl).pathname, page.charset?.source, page.charset?.name, parser.facts.get(page.finalUrl)?.title]);
    const title = "Fête de l'été à Écully-lès-Bois";
    expect(found).toEqual([
      ['/entete/', 'header', 'windows-1252', title],
      ['/bom/', 'bom', 'utf-8', title],
      ['/meta/', 'meta', 'windows-1252', title],
      ['/http-equiv/', 'http-equiv', 'windows-1252', title],
      ['/sans-declaration/', 'default', 'windows-1252', title],
      ['/sans-declaration-utf8/', 'default', 'utf-8', title],
      ['/conflit/', 'header', 'utf-8', title],
    ]);
  });

  it('reads every byte 0x80–0x9F as browsers do, whether the page says windows-1252, ISO-8859-1 or nothing', () => {
    const pages = crawl.pages.filter((page) => page.requestedUrl.includes('/octets-'));
    expect(pages.map((page) => [new URL(page.finalUrl).pathname, page.charset])).toEqual([
      ['/octets-cp1252/', { name: 'windows-1252', source: 'header' }],
      ['/octets-latin1/', { name: 'windows-1252', source: 'header' }],
      ['/octets-sans-declaration/', { name: 'windows-1252', source: 'default' }],
    ]);
    for (const page of pages) {
      const body = parser.parsed.find((parsed) => parsed.finalUrl === page.finalUrl)?.body;
      expect(body).toContain(`<p>${bytes80to9fAsBrowsersRead}</p>`);
      expect(parser.facts.get(page.finalUrl)?.title).toBe('Octets 0x80 à 0x9F');
    }
  });

  it('reads Vieux-Bourg, an ISO-8859-1 site declared by http-equiv only, with its accents', async () => {
    const vieuxBourg = extractingParser();
    const result = await crawlSite(web.origin('vieux-bourg'), testConfig(), { parse: vieuxBourg.parse });
    const home = vieuxBourg.facts.get(`${web.origin('vieux-bourg')}/`);
    expect(result.pages[0]?.charset).toEqual({ name: 'windows-1252', source: 'http-equiv' });
    expect(home?.title).toContain('Vieux-Bourg-lès-Songes');
    expect(home?.title).not.toContain('\uFFFD');
  });
});
