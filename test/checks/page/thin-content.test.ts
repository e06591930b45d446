import thinContent from '../../../src/checks/page/thin-content.js';
import { checkCases } from '../../helpers/check-cases.js';

const words = (count: number) => Array.from({ length: count }, (_, index) => `mot${index}`).join(' ');
const chrome = `<header><nav>${words(80)}</nav></header><footer>${words(80)}</footer>`;

checkCases(thinContent, {
  pass: [`<body><main><p>${words(50)}</p></main></body>`, `<body>${chrome}<article>${words(120)}</article></body>`],
  fail: [
    { html: '<body><p>Bienvenue.</p><p>Site en construction.</p></body>', name: '« Site en construction »', message: 'thin' },
    {
      html: `<body>${chrome}<main><p>${words(49)}</p></main></body>`,
      name: 'long menu and footer, 49 words of main content',
      message: 'thin',
      values: { words: 49, min: 50 },
    },
    {
      html: `<body>${chrome}<p>Horaires.</p></body>`,
      name: 'no <main>: header, nav and footer are not content',
      message: 'thin',
      values: { words: 1 },
    },
  ],
});
