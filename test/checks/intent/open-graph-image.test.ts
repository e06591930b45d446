import openGraphImage from '../../../src/checks/intent/open-graph-image.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(openGraphImage, {
  pass: [
    '<meta property="og:image" content="https://www.saint-exemple.test/partage.png">',
    '<META PROPERTY="OG:IMAGE" CONTENT="/partage.png">',
  ],
  fail: [
    { name: 'no Open Graph at all', html: '', message: 'missing' },
    { name: 'og:image left blank', html: '<meta property="og:image" content=" ">', message: 'missing' },
    { name: 'og:title without og:image', html: '<meta property="og:title" content="Mairie">', message: 'missing' },
  ],
});
