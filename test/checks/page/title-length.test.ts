import titleLength from '../../../src/checks/page/title-length.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titleLength, {
  pass: [
    '<title>Contacter la mairie – Saint-Exemple</title>',
    // exactly 15 and exactly 70 characters: the bounds are inclusive
    `<title>${'a'.repeat(15)}</title>`,
    `<title>${'é'.repeat(70)}</title>`,
  ],
  warn: ['<title>Mairie</title>', `<title>${'a'.repeat(14)}</title>`, `<title>${'a'.repeat(71)}</title>`],
  na: ['', '<title> </title>'],
});
