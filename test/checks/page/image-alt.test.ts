import imageAlt from '../../../src/checks/page/image-alt.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(imageAlt, {
  pass: [
    '<img src="/mairie.jpg" alt="Façade de la mairie">',
    { html: '<img src="/deco.svg" alt="">', name: 'empty alt marks a decorative image' },
    '<IMG SRC="/a.png" ALT="Plan">',
  ],
  fail: ['<img src="/eglise.svg" width="200">', '<img src="/a.png" alt="Plan"><img src="/b.png">'],
  na: ['', '<svg><image href="/a.png"/></svg>'],
});
