import metaDescriptionPresent from '../../../src/checks/page/meta-description-present.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(metaDescriptionPresent, {
  pass: ['<meta name="Description" content="Site officiel de la mairie">', '<META NAME="DESCRIPTION" CONTENT="Horaires">'],
  fail: [
    { html: '', message: 'missing' },
    { html: '<meta name="description" content="   ">', message: 'missing' },
    { html: '<meta property="og:description" content="Site officiel">', message: 'missing' },
  ],
});
