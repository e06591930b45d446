import titlePlaceName from '../../../src/checks/page/title-place-name.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titlePlaceName, {
  pass: [
    '<title>Horaires de la mairie – Saint-Exemple</title>',
    { html: '<title>Mairie de SAINT EXEMPLE</title>', name: 'case and hyphens ignored' },
    { html: '<title>Saint-Éxemple : état civil</title>', name: 'accents ignored' },
  ],
  warn: ['<title>Horaires de la mairie</title>', '<title>Saint-Étienne – horaires</title>'],
  na: [''],
});

checkCases(
  titlePlaceName,
  {
    pass: [{ html: '<title>Services – CC du Pays Imaginaire</title>', name: 'EPCI title with the place, not the legal name' }],
    warn: [{ html: '<title>Services de la communauté de communes</title>', name: 'EPCI title without the place' }],
  },
  { institution: { id: 'cc', name: 'Communauté de communes du Pays Imaginaire', kind: 'epci', url: 'https://cc.test/' } },
);
