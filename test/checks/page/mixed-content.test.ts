import mixedContent from '../../../src/checks/page/mixed-content.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(mixedContent, {
  pass: ['<img src="https://cdn.test/logo.png" alt=""><script src="/app.js"></script>', '<a href="http://autre-site.test/">Lien</a>'],
  fail: [
    {
      html: '<img src="http://cdn.fictionville.invalid/logo.png" alt="Logo">',
      name: 'logo still served over http',
      message: 'httpResources',
      values: { count: 1, example: 'http://cdn.fictionville.invalid/logo.png' },
    },
    {
      html: '<link rel="stylesheet" href="http://cdn.test/style.css">',
      name: 'stylesheet from an http CDN',
      message: 'httpResources',
      values: { example: 'http://cdn.test/style.css' },
    },
    { html: '<script src=" HTTP://cdn.test/a.js"></script>', name: 'upper-case scheme with a stray space', message: 'httpResources' },
    {
      html: '<img src="http://cdn.test/a.png" alt=""><img src="http://cdn.test/b.png" alt="">',
      name: 'two images over http',
      message: 'httpResources',
      values: { count: 2 },
    },
  ],
  na: [
    {
      html: '<img src="http://cdn.test/logo.png" alt="">',
      url: 'http://www.saint-exemple.test/',
      name: 'page served over http',
      message: 'servedOverHttp',
    },
  ],
});
