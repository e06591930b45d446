import { describe, expect, it } from 'vitest';
import urlHygiene from '../../../src/checks/page/url-hygiene.js';
import { renderMessage } from '../../../src/model/index.js';
import { checkCases, factsOf, siteContext, testOrigin } from '../../helpers/check-cases.js';

const at = (path: string) => ({ html: '<title>x</title>', url: `${testOrigin}${path}`, name: path });
const longPath = `/actualites/${'tres-long-titre-'.repeat(7)}/`;

checkCases(urlHygiene, {
  pass: [at('/'), at('/demarches/etat-civil/'), at('/agenda/?mois=2026-11')],
  warn: [
    { ...at('/Demarches/Etat-Civil/'), message: 'capitalsInPath', values: { capitals: true, spaces: false, parameters: 0 } },
    { ...at('/documents/compte%20rendu.html'), message: 'spacesInPath', values: { spaces: true, parameters: 0 } },
    { ...at(longPath), message: 'tooLong', values: { length: testOrigin.length + longPath.length, max: 115, capitals: false } },
    { ...at('/recherche/?q=a&type=b&tri=c&page=2'), message: 'manyParameters', values: { parameters: 4 } },
  ],
  fail: [
    { ...at('/index.php?PHPSESSID=8f2a9c'), message: 'sessionId' },
    { ...at('/agenda;jsessionid=ABC123'), message: 'sessionId' },
    { ...at('/?sid=42'), message: 'sessionId' },
  ],
});

describe('url-hygiene names every problem of a URL', () => {
  const explain = (path: string, lang: 'fr' | 'en') => {
    const facts = factsOf(at(path));
    const finding = urlHygiene.run(facts, siteContext({ pages: [facts] }));
    return renderMessage(urlHygiene.messages, { id: finding.message ?? '', values: finding.values }, lang);
  };

  it('lists capitals, spaces and parameters after the first problem, in both languages', () => {
    const path = '/Documents/Compte%20Rendu.html?a=1&b=2&c=3&d=4';
    expect(explain(path, 'en')).toBe('capital letters in the path, spaces in the path, 4 query parameters');
    expect(explain(path, 'fr')).toBe('majuscules dans le chemin, espaces dans le chemin, 4 paramètres de requête');
  });

  it('says only what is wrong', () => {
    expect(explain('/documents/compte%20rendu.html', 'en')).toBe('spaces in the path');
  });
});
