import titlePresent from '../../../src/checks/page/title-present.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(titlePresent, {
  pass: ['<title>Mairie de Saint-Exemple</title>', '<TITLE> Accueil </TITLE>'],
  fail: [
    { html: '', name: 'no title', message: 'missing' },
    { html: '<title>   </title>', name: 'a blank title', message: 'missing' },
    { html: '<head></head><body><svg><title>Icône</title></svg></body>', name: 'an SVG title is not the page title', message: 'missing' },
  ],
});
