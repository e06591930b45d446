// RFC 4180 CSV, strict enough to say which line is broken and why, lenient about what
// spreadsheets produce (BOM, CRLF, `;` as separator in French locales).
//
// Writing and reading are both muniseo's own. Writing is a loop over the fields: a national study's
// exports are millions of rows (checks.csv: a row per check and institution), and csv-stringify,
// which wrote them before, spent 5.5 µs a row on them, 13 s of a 36,000-institution report
// (bench/report, 1 Dec 2026); the test checks the rows against csv-stringify's. Reading keeps its own parser: csv-parse cannot resume after an
// unclosed quote (the rest of the file becomes one bad record, even with
// skip_records_with_error), and one stray quote in a 35,000-row registry must cost one line, not
// every line after it (test/institutions/csv.test.ts shows the difference).

export type CsvRecord = { line: number; fields: string[]; raw: string } | { line: number; error: string; raw: string };

/** The separator of a file, guessed from its first line: `;` when it has semicolons and no commas. */
export function detectDelimiter(firstLine: string): ',' | ';' {
  return firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
}

/**
 * Splits text into records, each with the line it starts on. A record that cannot be read
 * (an unclosed quote, text after a closing quote, a quote inside an unquoted field) comes back
 * with an error instead of fields; reading resumes on the next line.
 */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let position = 0;
  let line = 1;
  while (position < source.length) {
    const start = position;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let error: string | undefined;
    let ended = false;
    // Each iteration reads one field.
    while (!ended && error === undefined) {
      if (source[position] === '"') {
        position++;
        for (;;) {
          const char = source[position];
          if (char === undefined) {
            error = 'unclosed quote';
            break;
          }
          if (char === '"') {
            if (source[position + 1] === '"') {
              field += '"';
              position += 2;
              continue;
            }
            position++;
            break;
          }
          if (char === '\n') line++;
          field += char;
          position++;
        }
        if (error !== undefined) break;
        const after = source[position];
        if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
          error = `text after a closing quote in field ${fields.length + 1}`;
          break;
        }
      } else {
        for (;;) {
          const char = source[position];
          if (char === undefined || char === delimiter || char === '\n' || char === '\r') break;
          if (char === '"') {
            error = `quote inside unquoted field ${fields.length + 1}`;
            break;
          }
          field += char;
          position++;
        }
        if (error !== undefined) break;
      }
      fields.push(field);
      field = '';
      const char = source[position];
      if (char === delimiter) {
        position++;
      } else {
        if (char === '\r') position++;
        if (source[position] === '\n') position++;
        if (char !== undefined) line++;
        ended = true;
      }
    }
    if (error !== undefined) {
      // Resume on the next line: one bad quote costs one line, not the rest of the file.
      const lineEnd = source.indexOf('\n', start);
      records.push({ line: startLine, error, raw: source.slice(start, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '') });
      position = lineEnd === -1 ? source.length : lineEnd + 1;
      line = startLine + 1;
      continue;
    }
    const raw = source.slice(start, position).replace(/\r?\n$/, '');
    if (fields.length === 1 && fields[0]?.trim() === '') continue; // blank line
    records.push({ line: startLine, fields, raw });
  }
  return records;
}

/** Fields that must be quoted: the separator, a quote or a line break, or a space at either end. */
const needsQuotes = /[",\r\n]|^\s|\s$/;

/**
 * One CSV line (no line break at the end): fields quoted when they hold the separator, a quote or
 * a line break, and also when they start or end with a space, which spreadsheets would otherwise
 * trim; a quote inside a quoted field is doubled (RFC 4180).
 */
export function formatCsvRow(values: readonly string[]): string {
  let row = '';
  for (let position = 0; position < values.length; position += 1) {
    const value = values[position]!;
    if (position > 0) row += ',';
    row += needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  }
  return row;
}
