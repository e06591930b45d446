import { describe, expect, it } from 'vitest';
import { SiteFileNames, safeFileName } from '../../src/report/site-file-names.js';

describe('file names of institution pages', () => {
  it('keeps INSEE codes, SIRENs and host slugs as they are', () => {
    expect(safeFileName('49007')).toBe('49007');
    expect(safeFileName('999000003')).toBe('999000003');
    expect(safeFileName('www.saint-exemple.fr')).toBe('www.saint-exemple.fr');
  });

  it('cannot leave the sites folder or carry markup', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileName('a/b\\c')).toBe('a_b_c');
    expect(safeFileName('<script>"\'')).toBe('script_');
    expect(safeFileName('...')).toBe('site_');
  });

  it('folds case and accents, and avoids names Windows reserves', () => {
    expect(safeFileName('Ville-Élue')).toBe('ville-elue');
    expect(safeFileName('CON')).toBe('site_con');
    expect(safeFileName('x'.repeat(300))).toHaveLength(80);
  });

  it('gives distinct ids distinct names, in registry order, the same id the same name', () => {
    const names = new SiteFileNames();
    expect(names.assign('Villebelle')).toBe('villebelle');
    expect(names.assign('villebelle')).toBe('villebelle-2');
    expect(names.assign('VILLEBELLE')).toBe('villebelle-3');
    expect(names.assign('Villebelle')).toBe('villebelle');
    expect(names.get('villebelle')).toBe('villebelle-2');
  });
});
