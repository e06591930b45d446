import metaDescriptionLength from '../../../src/checks/page/meta-description-length.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(metaDescriptionLength, {
  pass: [
    '<meta name="description" content="Adresse, téléphone et horaires de la mairie de Saint-Exemple, accueil du public et état civil.">',
    `<meta name="description" content="${'a'.repeat(50)}">`,
    `<meta name="description" content="${'à'.repeat(160)}">`,
  ],
  warn: [
    {
      html: '<meta name="description" content="Site officiel de la commune">',
      name: 'the CMS default « Site officiel de la commune »',
      message: 'tooShort',
      values: { length: 27, min: 50 },
    },
    {
      html: `<meta name="description" content="${'a'.repeat(161)}">`,
      name: 'one character over the limit',
      message: 'tooLong',
      values: { length: 161, max: 160 },
    },
  ],
  na: [
    { html: '', name: 'no description', message: 'noDescription' },
    { html: '<meta name="description" content="">', name: 'empty description', message: 'noDescription' },
  ],
});
