import { describe, expect, it } from 'vitest';
import { placeholdersOf, renderMessage, renderTemplate } from '../../src/model/index.js';

describe('message templates', () => {
  it('writes numbers and lists the way each language does', () => {
    const template = '{count} pages : {urls}';
    const values = { count: 12345.5, urls: ['/a', '/b', '/c'] };
    expect(renderTemplate(template, values, 'fr')).toBe('12\u202f345,5 pages : /a, /b et /c');
    expect(renderTemplate(template, values, 'en')).toBe('12,345.5 pages : /a, /b and /c');
  });

  it('renders words muniseo chose in the reader’s language, alone or in a list', () => {
    const values = { kind: { fr: 'département', en: 'county council' }, missing: ['DPO', { fr: 'hébergeur', en: 'host' }] };
    expect(renderTemplate('{kind} : {missing}', values, 'fr')).toBe('département : DPO et hébergeur');
    expect(renderTemplate('{kind} : {missing}', values, 'en')).toBe('county council : DPO and host');
  });

  it('chooses the plural branch by each language’s rules (French 0 and 1 are singular)', () => {
    const fr = '{count, plural, one {# page sans titre} other {# pages sans titre}}';
    const en = '{count, plural, one {# page without a title} other {# pages without a title}}';
    expect([0, 1, 2].map((count) => renderTemplate(fr, { count }, 'fr'))).toEqual([
      '0 page sans titre',
      '1 page sans titre',
      '2 pages sans titre',
    ]);
    expect([0, 1, 2].map((count) => renderTemplate(en, { count }, 'en'))).toEqual([
      '0 pages without a title',
      '1 page without a title',
      '2 pages without a title',
    ]);
  });

  it('prefers an exact branch, and fills placeholders inside branches', () => {
    const template = '{count, plural, =0 {aucune page} other {# pages, dont {first}}}';
    expect(renderTemplate(template, { count: 0, first: '/a' }, 'fr')).toBe('aucune page');
    expect(renderTemplate(template, { count: 3, first: '/a' }, 'fr')).toBe('3 pages, dont /a');
  });

  it('renders a message from its catalogue, and an unknown id as the id', () => {
    const catalogue = { missing: { fr: 'absent de {where}', en: 'missing from {where}' } };
    expect(renderMessage(catalogue, { id: 'missing', values: { where: '<head>' } }, 'fr')).toBe('absent de <head>');
    expect(renderMessage(catalogue, { id: 'other' }, 'en')).toBe('other');
  });

  it('lists the values a template reads, inside plural branches too', () => {
    expect(placeholdersOf('{count, plural, one {# page de {site}} other {# pages}} et {reason}')).toEqual(['count', 'reason', 'site']);
  });

  it('refuses an unbalanced template', () => {
    expect(() => renderTemplate('{count', {}, 'fr')).toThrow(/unbalanced/);
  });
});
