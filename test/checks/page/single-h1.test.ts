import singleH1 from '../../../src/checks/page/single-h1.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(singleH1, {
  pass: ['<h1>Bienvenue à Saint-Exemple</h1><h2>Actualités</h2>', '<H1>Bienvenue</H1><h1> </h1>'],
  warn: [
    {
      html: '<h1>Mairie</h1><h1>Bienvenue</h1>',
      name: 'the logo and the page title are both h1',
      message: 'severalH1',
      values: { count: 2 },
    },
  ],
  fail: [
    { html: '', name: 'no headings at all', message: 'noH1' },
    { html: '<div class="titre">Bienvenue</div><h3>Le mot du maire</h3>', name: 'a title styled with a div', message: 'noH1' },
    { html: '<h1></h1>', name: 'an empty h1', message: 'noH1' },
  ],
});
