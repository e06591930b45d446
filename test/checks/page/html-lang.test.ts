import htmlLang from '../../../src/checks/page/html-lang.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(htmlLang, {
  pass: ['<html lang="fr"><title>x</title></html>', '<html lang="fr-FR"></html>', '<HTML LANG="br"></HTML>'],
  fail: [
    { html: '<html><title>x</title></html>', name: 'no lang attribute', message: 'missing' },
    { html: '<html lang=""></html>', name: 'lang left empty by the theme', message: 'missing' },
    { html: '<html lang="français"></html>', name: 'a language name instead of a tag', message: 'invalid', values: { lang: 'français' } },
    { html: '<html lang="fr_FR"></html>', name: 'a locale with an underscore', message: 'invalid', values: { lang: 'fr_FR' } },
  ],
});
