import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strings, translate, type StringKey } from '../../src/report/strings.js';
import { templatesDir } from '../../src/report/templates.js';

const templateFiles = [
  ...readdirSync(templatesDir).filter((name) => name.endsWith('.hbs')),
  ...readdirSync(join(templatesDir, 'partials'))
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => join('partials', name)),
];
const source = (file: string) => readFileSync(join(templatesDir, file), 'utf8');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('report strings', () => {
  it('exist in French and English with the same placeholders', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.fr).sort());
    for (const key of Object.keys(strings.fr) as StringKey[]) {
      expect(placeholders(strings.en[key]), key).toEqual(placeholders(strings.fr[key]));
      expect(strings.en[key].trim(), key).not.toBe('');
    }
  });

  it('cover every string the templates ask for', () => {
    const asked = templateFiles.flatMap((file) => [...source(file).matchAll(/\(?t '(\w+)'/g)].map((match) => [file, match[1] as string]));
    expect(asked.length).toBeGreaterThan(50);
    for (const [file, key] of asked) expect(Object.keys(strings.fr), `${file} asks for ${key}`).toContain(key);
  });

  it('refuse to fill a placeholder they do not have a value for', () => {
    expect(translate('en', 'reportTitle', { name: 'Mayenne 2026' })).toBe('muniseo study: Mayenne 2026');
    expect(() => translate('en', 'reportTitle')).toThrow(/\{name\}/);
  });
});

describe('report templates', () => {
  it('write unescaped output in one place only: the SVG that Vega produced', () => {
    const raw = templateFiles.flatMap((file) =>
      [...source(file).matchAll(/\{\{\{\s*([^}]*?)\s*\}\}\}/g)].map((match) => `${file}: ${match[1]}`),
    );
    expect(raw).toEqual([`${join('partials', 'chart.hbs')}: svg`]);
  });

  it('carry a Content-Security-Policy that forbids scripts on every page', () => {
    const layout = source(join('partials', 'layout.hbs'));
    expect(layout).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">`,
    );
    for (const page of ['index.hbs', 'site.hbs', 'compare.hbs']) expect(source(page).startsWith('{{#> layout}}'), page).toBe(true);
  });
});
