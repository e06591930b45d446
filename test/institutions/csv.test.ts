import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { detectDelimiter, formatCsvRow, parseCsv } from '../../src/institutions/csv.js';
import { seededRandom } from '../../src/report/seeded-random.js';

const fieldsOf = (text: string, delimiter = ',') =>
  parseCsv(text, delimiter).map((record) => ('fields' in record ? record.fields : record.error));

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(fieldsOf('a,"b, c","say ""hi""","two\nlines"\n')).toEqual([['a', 'b, c', 'say "hi"', 'two\nlines']]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const records = parseCsv('h1,h2\n"multi\nline",x\nlast,y\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('accepts CRLF, a BOM, empty trailing fields and skips blank lines', () => {
    expect(fieldsOf('\ufeffa,b\r\n\r\nc,\r\n   \n')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('reports a quote inside an unquoted field, and resumes on the next line', () => {
    const records = parseCsv('a,b\nBourg "X",y\nc,d\n');
    expect(records[1]).toEqual({ line: 2, error: 'quote inside unquoted field 1', raw: 'Bourg "X",y' });
    expect(records[2]).toMatchObject({ line: 3, fields: ['c', 'd'] });
  });

  it('reports text after a closing quote', () => {
    expect(parseCsv('"ab"c,d\n')[0]).toMatchObject({ line: 1, error: 'text after a closing quote in field 1' });
  });

  it('reports an unclosed quote without swallowing the rest of the file', () => {
    const records = parseCsv('a,b\n"never closed,x\nc,d\n');
    expect(records[1]).toMatchObject({ line: 2, error: 'unclosed quote' });
    expect(records[2]).toMatchObject({ line: 3, fields: ['c', 'd'] });
  });

  it('reads semicolon-separated files', () => {
    expect(detectDelimiter('nom;url;insee')).toBe(';');
    expect(detectDelimiter('name,url')).toBe(',');
    expect(fieldsOf('a;"b;c"\n', ';')).toEqual([['a', 'b;c']]);
  });
});

describe('formatCsvRow', () => {
  it('quotes only what needs quoting, and parses back to the same fields', () => {
    const values = ['plain', 'with, comma', 'with "quote"', 'two\nlines', ' padded ', ''];
    const row = formatCsvRow(values);
    expect(row).toBe('plain,"with, comma","with ""quote""","two\nlines"," padded ",');
    expect(fieldsOf(`${row}\n`)).toEqual([values]);
  });

  it('writes what csv-stringify wrote before it (quoting spaces at either end) on hostile fields', () => {
    const random = seededRandom('formatCsvRow');
    const alphabet = ['a', 'é', ',', ';', '"', '\n', '\r', ' ', '\t', '\u00a0', '=', '💶', 'x'];
    const field = () => Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let row = 0; row < 2000; row += 1) {
      const values = Array.from({ length: 1 + Math.floor(random() * 5) }, field);
      expect(formatCsvRow(values)).toBe(stringify([values], { eof: false, quoted_match: /^\s|\s$/ }));
      expect(fieldsOf(`${formatCsvRow(values)}\n`)).toEqual(values.join('').trim() === '' && values.length === 1 ? [] : [values]);
    }
  });
});

describe('why the sites CSV keeps its own reader', () => {
  it('csv-parse loses every record after an unclosed quote, even when told to skip bad records', () => {
    const text = 'a,b\n"never closed,x\nc,d\n';
    const skipped: string[] = [];
    const records = parse(text, { skip_records_with_error: true, on_skip: (error) => void skipped.push(error?.code ?? '') }) as string[][];
    expect(records).toEqual([['a', 'b']]);
    expect(skipped).toEqual(['CSV_QUOTE_NOT_CLOSED']);
    // muniseo's reader reports line 2 and keeps line 3.
    expect(fieldsOf(text)).toEqual([['a', 'b'], 'unclosed quote', ['c', 'd']]);
  });
});
