import htmlLang from '../../../src/checks/page/html-lang.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(htmlLang, {
  pass: ['<html lang="fr"><title>x</title></html>', '<html lang="fr-FR"></html>', '<HTML LANG="br"></HTML>'],
  fail: ['<html><title>x</title></html>', '<html lang=""></html>', '<html lang="français"></html>', '<html lang="fr_FR"></html>'],
});
