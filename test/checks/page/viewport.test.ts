import viewport from '../../../src/checks/page/viewport.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(viewport, {
  pass: [
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<META NAME="Viewport" CONTENT="width=device-width, shrink-to-fit=no">',
  ],
  warn: [
    '<meta name="viewport" content="width=device-width, user-scalable=no">',
    '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">',
  ],
  fail: ['', '<meta name="viewport" content="initial-scale=1">', '<meta name="viewport" content="">'],
});
