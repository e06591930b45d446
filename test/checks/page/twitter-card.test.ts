import twitterCard from '../../../src/checks/page/twitter-card.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(twitterCard, {
  pass: ['<meta name="twitter:card" content="summary_large_image">', '<meta property="twitter:card" content="Summary">'],
  warn: [
    {
      html: '<meta name="twitter:card" content="large">',
      name: 'a card type X does not know',
      message: 'unknownType',
      values: { card: 'large' },
    },
  ],
  fail: [
    { html: '', name: 'no Twitter tags', message: 'missing' },
    { html: '<meta name="twitter:title" content="Mairie">', name: 'a title without a card', message: 'missing' },
    { html: '<meta name="twitter:card" content=" ">', name: 'a blank card', message: 'missing' },
  ],
});
