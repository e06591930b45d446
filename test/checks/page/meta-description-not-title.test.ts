import metaDescriptionNotTitle from '../../../src/checks/page/meta-description-not-title.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(metaDescriptionNotTitle, {
  pass: [
    '<title>Mairie de Saint-Exemple</title><meta name="description" content="Horaires, adresse et démarches de la mairie de Saint-Exemple.">',
  ],
  fail: [
    {
      html: '<title>Mairie de Saint-Exemple</title><meta name="description" content="Mairie de Saint-Exemple">',
      name: 'the CMS copies the title into the description',
      message: 'repeatsTitle',
    },
    {
      html: '<title>Mairie de Saint-Exemple</title><meta name="description" content="  mairie de saint exemple ">',
      name: 'same text up to case, hyphens and spaces',
      message: 'repeatsTitle',
    },
  ],
  na: [
    { html: '<title>Mairie</title>', name: 'no description', message: 'titleOrDescriptionMissing' },
    { html: '<meta name="description" content="Horaires">', name: 'no title', message: 'titleOrDescriptionMissing' },
  ],
});
