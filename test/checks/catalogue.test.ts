import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/checks/catalogue.js';
import { dimensions } from '../../src/model/index.js';

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
