import twitterCard from '../../../src/checks/page/twitter-card.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(twitterCard, {
  pass: ['<meta name="twitter:card" content="summary_large_image">', '<meta property="twitter:card" content="Summary">'],
  warn: ['<meta name="twitter:card" content="large">'],
  fail: ['', '<meta name="twitter:title" content="Mairie">', '<meta name="twitter:card" content=" ">'],
});
