import titlePlaceName from '../../../src/checks/page/title-place-name.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titlePlaceName, {
  pass: [
    '<title>Horaires de la mairie – Saint-Exemple</title>',
    { html: '<title>Mairie de SAINT EXEMPLE</title>', name: 'case and hyphens ignored' },
    { html: '<title>Saint-Éxemple : état civil</title>', name: 'accents ignored' },
  ],
  warn: [
    {
      html: '<title>Horaires de la mairie</title>',
      name: 'opening hours without the town',
      message: 'placeMissing',
      values: { title: 'Horaires de la mairie', institution: 'Saint-Exemple' },
    },
    { html: '<title>Saint-Étienne – horaires</title>', name: 'another town’s name', message: 'placeMissing' },
  ],
  na: [{ html: '', name: 'no title', message: 'noTitle' }],
});

checkCases(
  titlePlaceName,
  {
    pass: [{ html: '<title>Services – CC du Pays Imaginaire</title>', name: 'EPCI title with the place, not the legal name' }],
    warn: [
      {
        html: '<title>Services de la communauté de communes</title>',
        name: 'EPCI title without the place',
        message: 'placeMissing',
        values: { institution: 'Communauté de communes du Pays Imaginaire' },
      },
    ],
  },
  { institution: { id: 'cc', name: 'Communauté de communes du Pays Imaginaire', kind: 'epci', url: 'https://cc.test/' } },
);

checkCases(
  titlePlaceName,
  { na: [{ html: '<title>Horaires de la mairie</title>', name: 'an institution listed without a name', message: 'noInstitutionName' }] },
  { institution: { id: 'sans-nom', name: '', kind: 'commune', url: 'https://sans-nom.test/' } },
);
