import metaDescriptionLength from '../../../src/checks/page/meta-description-length.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(metaDescriptionLength, {
  pass: [
    '<meta name="description" content="Adresse, téléphone et horaires de la mairie de Saint-Exemple, accueil du public et état civil.">',
    `<meta name="description" content="${'a'.repeat(50)}">`,
    `<meta name="description" content="${'à'.repeat(160)}">`,
  ],
  warn: ['<meta name="description" content="Site officiel de la commune">', `<meta name="description" content="${'a'.repeat(161)}">`],
  na: ['', '<meta name="description" content="">'],
});
