import viewport from '../../../src/checks/page/viewport.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(viewport, {
  pass: [
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<META NAME="Viewport" CONTENT="width=device-width, shrink-to-fit=no">',
  ],
  warn: [
    {
      html: '<meta name="viewport" content="width=device-width, user-scalable=no">',
      name: 'zoom switched off',
      message: 'zoomBlocked',
      values: { viewport: 'width=device-width, user-scalable=no' },
    },
    {
      html: '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">',
      name: 'zoom capped at 1',
      message: 'zoomBlocked',
    },
  ],
  fail: [
    { html: '', name: 'a desktop-only page', message: 'missing' },
    {
      html: '<meta name="viewport" content="initial-scale=1">',
      name: 'a viewport without width',
      message: 'noWidth',
      values: { viewport: 'initial-scale=1' },
    },
    { html: '<meta name="viewport" content="">', name: 'an empty viewport', message: 'missing' },
  ],
});
