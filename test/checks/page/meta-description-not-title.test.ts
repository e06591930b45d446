import metaDescriptionNotTitle from '../../../src/checks/page/meta-description-not-title.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(metaDescriptionNotTitle, {
  pass: [
    '<title>Mairie de Saint-Exemple</title><meta name="description" content="Horaires, adresse et démarches de la mairie de Saint-Exemple.">',
  ],
  fail: [
    '<title>Mairie de Saint-Exemple</title><meta name="description" content="Mairie de Saint-Exemple">',
    {
      html: '<title>Mairie de Saint-Exemple</title><meta name="description" content="  mairie de saint exemple ">',
      name: 'same text up to case, hyphens and spaces',
    },
  ],
  na: ['<title>Mairie</title>', '<meta name="description" content="Horaires">'],
});
