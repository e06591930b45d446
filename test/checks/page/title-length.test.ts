import titleLength from '../../../src/checks/page/title-length.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titleLength, {
  pass: [
    '<title>Contacter la mairie – Saint-Exemple</title>',
    // exactly 15 and exactly 70 characters: the bounds are inclusive
    `<title>${'a'.repeat(15)}</title>`,
    `<title>${'é'.repeat(70)}</title>`,
  ],
  warn: [
    {
      html: '<title>Mairie</title>',
      name: '« Mairie » alone',
      message: 'tooShort',
      values: { length: 6, min: 15, title: 'Mairie' },
    },
    { html: `<title>${'a'.repeat(14)}</title>`, name: 'one character short', message: 'tooShort', values: { length: 14 } },
    {
      html: `<title>${'a'.repeat(71)}</title>`,
      name: 'one character too long',
      message: 'tooLong',
      values: { length: 71, max: 70 },
    },
  ],
  na: [
    { html: '', name: 'no title', message: 'noTitle' },
    { html: '<title> </title>', name: 'a blank title', message: 'noTitle' },
  ],
});
