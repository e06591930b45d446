import urlHygiene from '../../../src/checks/page/url-hygiene.js';
import { checkCases, testOrigin } from '../../helpers/check-cases.js';

const at = (path: string) => ({ html: '<title>x</title>', url: `${testOrigin}${path}`, name: path });

checkCases(urlHygiene, {
  pass: [at('/'), at('/demarches/etat-civil/'), at('/agenda/?mois=2026-11')],
  warn: [
    at('/Demarches/Etat-Civil/'),
    at('/documents/compte%20rendu.html'),
    at(`/actualites/${'tres-long-titre-'.repeat(7)}/`),
    at('/recherche/?q=a&type=b&tri=c&page=2'),
  ],
  fail: [at('/index.php?PHPSESSID=8f2a9c'), at('/agenda;jsessionid=ABC123'), at('/?sid=42')],
});
