import imageAlt from '../../../src/checks/page/image-alt.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(imageAlt, {
  pass: [
    '<img src="/mairie.jpg" alt="Façade de la mairie">',
    { html: '<img src="/deco.svg" alt="">', name: 'empty alt marks a decorative image' },
    '<IMG SRC="/a.png" ALT="Plan">',
  ],
  fail: [
    {
      html: '<img src="/eglise.svg" width="200">',
      name: 'the church picture has no alt',
      message: 'missingAlt',
      values: { missing: 1, total: 1, src: '/eglise.svg' },
    },
    {
      html: '<img src="/a.png" alt="Plan"><img src="/b.png">',
      name: 'one image of two without alt',
      message: 'missingAlt',
      values: { missing: 1, total: 2, src: '/b.png' },
    },
  ],
  na: [
    { html: '', name: 'a page without images', message: 'noImages' },
    { html: '<svg><image href="/a.png"/></svg>', name: 'an SVG image element is not an <img>', message: 'noImages' },
  ],
});
