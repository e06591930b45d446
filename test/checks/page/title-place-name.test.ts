import titlePlaceName from '../../../src/checks/page/title-place-name.js';
import type { Institution } from '../../../src/model/index.js';
import { checkCases } from '../../helpers/check-cases.js';

const commune = (name: string): { institution: Institution } => ({
  institution: { id: name, name, kind: 'commune', url: 'https://www.ville.test/' },
});

checkCases(titlePlaceName, {
  pass: [
    '<title>Horaires de la mairie – Saint-Exemple</title>',
    { html: '<title>Mairie de SAINT EXEMPLE</title>', name: 'case and hyphens ignored' },
    { html: '<title>Saint-Éxemple : état civil</title>', name: 'accents ignored' },
    { html: '<title>État civil | Mairie de St-Exemple</title>', name: '« St » for « Saint »' },
    { html: '<title>État civil - St. Exemple</title>', name: '« St. » with a full stop' },
  ],
  warn: [
    {
      html: '<title>Horaires de la mairie</title>',
      name: 'opening hours without the town',
      message: 'placeMissing',
      values: { title: 'Horaires de la mairie', institution: 'Saint-Exemple' },
    },
    { html: '<title>Saint-Étienne – horaires</title>', name: 'another town’s name', message: 'placeMissing' },
    {
      html: '<title>Saint-Exemplaire – horaires</title>',
      name: 'a longer name that starts the same is another place',
      message: 'placeMissing',
    },
  ],
  na: [{ html: '', name: 'no title', message: 'noTitle' }],
});

checkCases(
  titlePlaceName,
  {
    pass: [
      { html: '<title>Démarches – Mairie du Havre</title>', name: '« du Havre »: the article contracted' },
      { html: '<title>Le Havre : vie pratique</title>', name: '« Le Havre » as written' },
      { html: '<title>Plages | Ville du HAVRE</title>', name: 'upper case' },
    ],
    warn: [{ html: '<title>Port de commerce</title>', name: 'no place at all', message: 'placeMissing' }],
  },
  commune('Le Havre'),
);

checkCases(
  titlePlaceName,
  {
    pass: [
      { html: '<title>Conseil municipal - Ville des Sables-d’Olonne</title>', name: '« des Sables-d’Olonne » with a curly apostrophe' },
      { html: '<title>Les Sables d Olonne – agenda</title>', name: 'hyphens and apostrophe dropped' },
    ],
  },
  commune("Les Sables-d'Olonne"),
);

checkCases(
  titlePlaceName,
  {
    pass: [
      { html: '<title>St-Étienne – Déchets</title>', name: '« St-Étienne » for Saint-Étienne' },
      { html: '<title>Mairie de Saint Etienne</title>', name: 'no accent, no hyphen' },
    ],
    warn: [{ html: '<title>Sainte-Étiennette – Déchets</title>', name: '« Sainte » is not « Saint »', message: 'placeMissing' }],
  },
  commune('Saint-Étienne'),
);

checkCases(
  titlePlaceName,
  { pass: [{ html: '<title>Accueil - Mairie de Rochelle-sur-Mer</title>', name: '« Havre (Le) » style names, reordered' }] },
  commune('Rochelle-sur-Mer (La)'),
);

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

checkCases(
  titlePlaceName,
  {
    na: [
      {
        html: '<title>Horaires de la mairie</title>',
        name: 'a bare URL audited: the name is only the host',
        message: 'nameUnknown',
        values: { name: 'www.ville-exemple.fr' },
      },
    ],
  },
  { institution: { id: 'ville-exemple-fr', name: 'www.ville-exemple.fr', kind: 'other', url: 'https://www.ville-exemple.fr/' } },
);
