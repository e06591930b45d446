import mixedContent from '../../../src/checks/page/mixed-content.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(mixedContent, {
  pass: ['<img src="https://cdn.test/logo.png" alt=""><script src="/app.js"></script>', '<a href="http://autre-site.test/">Lien</a>'],
  fail: [
    '<img src="http://cdn.fictionville.invalid/logo.png" alt="Logo">',
    '<link rel="stylesheet" href="http://cdn.test/style.css">',
    '<script src=" HTTP://cdn.test/a.js"></script>',
  ],
  na: [{ html: '<img src="http://cdn.test/logo.png" alt="">', url: 'http://www.saint-exemple.test/', name: 'page served over http' }],
});
