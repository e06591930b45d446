// A study of 1,000 institutions renders completely (its speed is measured by bench/report, not here).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { writeSyntheticStudy } from './synthetic-study.js';

const count = 1000;
const dir = mkdtempSync(join(tmpdir(), 'muniseo-report-1000-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('renders a synthetic study of 1,000 institutions: every page, every row', { timeout: 240_000 }, async () => {
  const store = writeSyntheticStudy(dir, count, { name: 'Mille communes fictives' });
  const report = await writeReport(store, { studyDir: dir, lang: 'fr' });
  store.close();
  expect(readdirSync(join(dir, 'sites')).filter((name) => name.endsWith('.html'))).toHaveLength(count);
  expect(report.files.filter((file) => file.includes(`${join(dir, 'sites')}`))).toHaveLength(count);
  expect(
    readFileSync(join(dir, 'data', 'sites.csv'), 'utf8')
      .trimEnd()
      .split('\r\n'),
  ).toHaveLength(count + 1);
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const section = index.slice(
    index.indexOf('<section id="institutions">'),
    index.indexOf('</section>', index.indexOf('<section id="institutions">')),
  );
  expect(section.match(/<tr><th scope="row"><a href="sites\//g)).toHaveLength(count);
  expect((JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { sites: unknown[] }).sites).toHaveLength(count);
});
