import viewport from '../../../src/checks/page/viewport.js';
import { checkCases } from '../../helpers/check-cases.js';

checkCases(viewport, {
  pass: [
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<META NAME="Viewport" CONTENT="width=device-width, shrink-to-fit=no">',
    { html: '<meta name="viewport" content="initial-scale=1">', name: 'initial-scale=1 without width (Lighthouse passes it)' },
    { html: '<meta name="viewport" content="initial-scale=1.0; width=device-width">', name: 'semicolons as separators' },
    {
      html: '<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">',
      name: 'Lighthouse’s own passing SEO fixture',
    },
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
      html: '<meta name="viewport" content="user-scalable=yes">',
      name: 'a viewport with neither width nor initial-scale',
      message: 'noWidthOrScale',
      values: { viewport: 'user-scalable=yes' },
    },
    {
      html: '<meta name="viewport" content="initial-scale=0">',
      name: 'an initial scale of 0 (Lighthouse: not mobile-optimised)',
      message: 'scaleBelowOne',
    },
    {
      html: '<meta name="viewport" content="width=device-width, initial-scale=0.5">',
      name: 'a desktop template squeezed to half its size',
      message: 'scaleBelowOne',
      values: { viewport: 'width=device-width, initial-scale=0.5' },
    },
    { html: '<meta name="viewport" content="">', name: 'an empty viewport', message: 'missing' },
  ],
});
