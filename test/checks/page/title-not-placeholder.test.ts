import titleNotPlaceholder from '../../../src/checks/page/title-not-placeholder.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titleNotPlaceholder, {
  pass: [
    '<title>Accueil – Saint-Exemple</title>',
    '<title>Horaires de la mairie de Saint-Exemple</title>',
    '<title>Mairie de Saint-Exemple</title>',
  ],
  fail: [
    '<title>Accueil</title>',
    '<title>MAIRIE</title>',
    '<title>Sans titre</title>',
    '<title>Untitled document</title>',
    '<title>Page d’accueil</title>',
    '<title>Nouvelle page</title>',
  ],
  na: [''],
});
