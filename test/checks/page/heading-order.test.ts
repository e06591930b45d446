import headingOrder from '../../../src/checks/page/heading-order.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(headingOrder, {
  pass: [
    '<h1>Accueil</h1><h2>Actualités</h2><h3>Travaux</h3><h2>Agenda</h2>',
    { html: '<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h2>E</h2>', name: 'going back up several levels is fine' },
    { html: '<h3>Le mot du maire</h3><h3>Informations</h3>', name: 'a page starting at h3 without skipping afterwards' },
  ],
  fail: [
    {
      html: '<h1>Bienvenue</h1><h3>Dernières actualités</h3>',
      name: 'news block styled as h3 straight under the h1',
      message: 'skippedLevel',
      values: { level: 3, previous: 1, heading: 'Dernières actualités' },
    },
    {
      html: '<h1>A</h1><h2>B</h2><h4>C</h4>',
      name: 'h4 under an h2',
      message: 'skippedLevel',
      values: { level: 4, previous: 2, heading: 'C' },
    },
  ],
  na: [
    { html: '', name: 'no headings', message: 'noHeadings' },
    { html: '<h2> </h2>', name: 'an empty heading only', message: 'noHeadings' },
  ],
});
