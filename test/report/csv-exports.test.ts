import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell, exportColumns, type ExportFile, sitesCsvRow } from '../../src/report/csv-exports.js';
import { siteResult } from '../helpers/site-result.js';

describe('a CSV cell', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('Mairie de Saint-Exemple')).toBe('Mairie de Saint-Exemple');
    expect(csvCell('Accueil, mairie')).toBe('"Accueil, mairie"');
    expect(csvCell('Le « Pays » "Imaginaire"')).toBe('"Le « Pays » ""Imaginaire"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
  });

  it('writes numbers, booleans and missing values plainly', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('keeps crawled text from running as a spreadsheet formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 2 61 91 00 00')).toBe("'+33 2 61 91 00 00");
    expect(csvCell('-10 %')).toBe("'-10 %");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("http://x.example","y")')).toBe(`"'=HYPERLINK(""http://x.example"",""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('sites.csv', () => {
  const cells = (row: unknown[]) => Object.fromEntries(exportColumns['sites.csv'].map((name, index) => [name, row[index]]));

  it('carries the CMS, its version, the SEO plugins, the theme, the vendor and the cluster', () => {
    const row = sitesCsvRow(
      siteResult('a', {
        attribution: {
          cms: { id: 'wordpress', version: '6.6.2' },
          seoPlugins: ['rank-math', 'yoast'],
          theme: 'mairie-pro',
          vendor: { name: 'Agence Fictive', evidence: 'credit-text' },
        },
      }),
      'commune × 500-1999',
    );
    expect(cells(row)).toMatchObject({
      cms: 'wordpress',
      cms_version: '6.6.2',
      seo_plugins: 'rank-math yoast',
      theme: 'mairie-pro',
      platform: undefined,
      vendor: 'Agence Fictive',
      vendor_evidence: 'credit-text',
      cluster: 'vendor:Agence Fictive',
    });
  });

  it('puts a site with no vendor in a cluster of its own, or its platform’s', () => {
    expect(cells(sitesCsvRow(siteResult('b', { attribution: { seoPlugins: [] } }), 'g'))['cluster']).toBe('site:b');
    expect(cells(sitesCsvRow(siteResult('c', { attribution: { seoPlugins: [], platform: 'wix' } }), 'g'))['cluster']).toBe('platform:wix');
    expect(cells(sitesCsvRow(siteResult('d'), 'g'))).toMatchObject({ cms: undefined, cluster: undefined });
  });
});

describe('docs/report-exports.md', () => {
  const doc = readFileSync(new URL('../../docs/report-exports.md', import.meta.url), 'utf8');

  /** The column names of one file's table in the document, in order. */
  function documentedColumns(file: ExportFile): string[] {
    const start = doc.indexOf(`## \`${file}\``);
    expect(start, `section for ${file}`).toBeGreaterThan(-1);
    const next = doc.indexOf('\n## ', start + 1);
    const section = doc.slice(start, next === -1 ? undefined : next);
    return [...section.matchAll(/^\|\s*`([a-z0-9_]+)`\s*\|/gm)].map((match) => match[1] as string);
  }

  for (const file of Object.keys(exportColumns) as ExportFile[]) {
    it(`documents every column of ${file}, in order`, () => {
      expect(documentedColumns(file)).toEqual([...exportColumns[file]]);
    });
  }
});
