import openGraphImage from '../../../src/checks/intent/open-graph-image.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(openGraphImage, {
  pass: [
    '<meta property="og:image" content="https://www.saint-exemple.test/partage.png">',
    '<META PROPERTY="OG:IMAGE" CONTENT="/partage.png">',
  ],
  fail: ['', '<meta property="og:image" content=" ">', '<meta property="og:title" content="Mairie">'],
});
