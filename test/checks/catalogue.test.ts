import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import { dimensions, placeholdersOf } from '../../src/model/index.js';
import { publicSectorThemes } from '../../src/checks/types.js';

const folders = ['page', 'site', 'intent', 'public-sector'];
const testFileOf = (id: string) =>
  folders.map((folder) => fileURLToPath(new URL(`./${folder}/${id}.test.ts`, import.meta.url))).find((path) => existsSync(path));

describe('the check catalogue', () => {
  it('has unique, kebab-case ids', () => {
    const ids = catalogue.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every check a test file', () => {
    const untested = catalogue.filter((check) => !testFileOf(check.id)).map((check) => check.id);
    expect(untested).toEqual([]);
  });

  it('titles and explains every check in French and English', () => {
    for (const check of catalogue) {
      for (const text of [check.title.fr, check.title.en, check.rationale.fr, check.rationale.en])
        expect(text.trim().length, check.id).toBeGreaterThan(10);
      expect(check.title.fr, check.id).not.toBe(check.title.en);
    }
  });

  it('names the authority of every verdict', () => {
    for (const check of catalogue) {
      const sources = typeof check.source === 'string' ? [check.source] : check.source;
      expect(sources.length, check.id).toBeGreaterThan(0);
      for (const source of sources) expect(source, check.id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it('gives every message a French and an English text reading the same values', () => {
    for (const check of catalogue) {
      for (const [id, texts] of Object.entries(check.messages)) {
        const where = `${check.id}: ${id}`;
        expect(id, where).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(texts.fr.trim(), where).not.toBe('');
        expect(texts.en.trim(), where).not.toBe('');
        expect(placeholdersOf(texts.fr), where).toEqual(placeholdersOf(texts.en));
      }
    }
  });

  it('gives each public-sector fact a theme of the report, and no other check one', () => {
    for (const check of catalogue) {
      if (check.dimension === 'public-sector') expect(publicSectorThemes, check.id).toContain(check.theme);
      else expect(check.theme, check.id).toBeUndefined();
    }
  });

  it('weighs public-sector facts 0 and every scored check above 0', () => {
    for (const check of catalogue) {
      expect(dimensions).toContain(check.dimension);
      if (check.dimension === 'public-sector') expect(check.weight, check.id).toBe(0);
      else expect(check.weight, check.id).toBeGreaterThan(0);
    }
  });

  it('covers each scored dimension', () => {
    for (const dimension of dimensions)
      expect(
        catalogue.some((check) => check.dimension === dimension),
        dimension,
      ).toBe(true);
  });
});
